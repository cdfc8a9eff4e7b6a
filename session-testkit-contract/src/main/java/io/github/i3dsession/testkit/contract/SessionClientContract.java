package io.github.i3dsession.testkit.contract;

import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.LogCapture;
import io.github.i3dsession.testkit.RecordingSlf4jProvider;

/**
 * The contract every {@link io.github.i3dsession.api.spi.SessionTransport} must pass: extend it in a JUnit 5 test,
 * return a new transport from {@link #createTransport()}, and every test of the kit runs against your adapter,
 * through both the blocking client and its async view, each test with its own {@link FakeSessionServer}.
 *
 * <pre>{@code
 * class MyTransportContractTest extends SessionClientContract {
 *     @Override
 *     protected SessionTransport createTransport() {
 *         return MyTransport.create();
 *     }
 * }
 * }</pre>
 *
 * <p>The test module must make {@link RecordingSlf4jProvider} its SLF4J provider (see {@link LogCapture}).
 *
 * <p>It covers every endpoint; every documented status and its exception; Error-document parsing; session cookies
 * (Path, Expires, Max-Age, dropped on logout) and their isolation between two clients sharing one transport; the
 * {@code PRIVATE-TOKEN} header present when an API key is set and absent otherwise; validation with no request
 * sent; unknown properties; one-element arrays; malformed, wrongly typed and non-JSON bodies; redirects never
 * followed; stalled, dripping, truncated and oversized responses; 5xx storms and Retry-After; login and OTP never
 * re-sent; no secret in a TRACE log line or an exception message; no thread or connection left after close; and a
 * bounded load of 20 000 calls from 32 threads. The transport is created once per test, shared by all clients of that test, and closed after it.
 */
public abstract class SessionClientContract extends DeadlineContract {

    /** Creates the contract; subclasses need a no-argument constructor, as JUnit requires. */
    protected SessionClientContract() {}
}
