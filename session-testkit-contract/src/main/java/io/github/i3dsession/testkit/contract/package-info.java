/**
 * The contract every {@link io.github.i3dsession.api.spi.SessionTransport} adapter must pass: extend {@link
 * io.github.i3dsession.testkit.contract.SessionClientContract} in a JUnit 5 test and return your transport from
 * {@code createTransport()}. Each test runs against its own {@link io.github.i3dsession.testkit.FakeSessionServer}.
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
 * <p>This module needs JUnit Jupiter (with its params module) and AssertJ; code that only needs the fake server
 * depends on {@code session-testkit} alone, which brings no test framework. Every public type here is part of the
 * kit's API; package-private types are not.
 */
package io.github.i3dsession.testkit.contract;
