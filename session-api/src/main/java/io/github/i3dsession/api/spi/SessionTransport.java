package io.github.i3dsession.api.spi;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The service-provider interface an HTTP library implements to carry the Session API: send one request, return
 * its response. Everything protocol-specific (JSON, session cookies, the API key, status mapping, validation,
 * retries, deadlines, redaction) lives in the core, so an adapter over an imperative HTTP client is one small
 * class; see {@code docs/writing-an-adapter.md} and prove it with the {@code session-testkit} contract kit.
 *
 * <p>Contract:
 * <ul>
 *   <li>Implementations are thread-safe: one transport serves many {@code SessionClient}s and threads.</li>
 *   <li>Send exactly {@link TransportRequest#headers()} and {@link TransportRequest#body()}. Keep no cookies
 *       and add none (session state belongs to each {@code SessionClient}, even over a shared HTTP client),
 *       never follow redirects, never retry: return every response, whatever its status.</li>
 *   <li>Honour {@link TransportRequest#timeout()} for the wait for the response; honour
 *       {@link TransportRequest#connectTimeout()} where the library allows it per request.</li>
 *   <li>Throw {@link IOException} (a timeout included, such as the library's own
 *       timeout exception when it extends {@code IOException}) for every failure in which no HTTP response arrived; never throw library-specific
 *       unchecked exceptions. On {@link InterruptedException} restore the interrupt flag and throw
 *       {@link java.io.InterruptedIOException}.</li>
 *   <li>Honour {@link TransportRequest#abortSignal()}: while an exchange is in flight, register with
 *       {@link AbortSignal#onAbort(Runnable)} how to abort it (close its connection, cancel the library's
 *       exchange), so that once the signal fires a blocked {@code send} ends within moments with an
 *       {@link IOException}, whatever the server sends or withholds. The core fires it when the call's deadline
 *       passes (a server can keep a socket read alive for ever by dripping bytes), when the client is closed,
 *       and when the thread of a blocking call is interrupted; without it such calls end only at the
 *       library's own timeouts, which the contract kit fails.</li>
 *   <li>{@link #close()} releases what the transport created itself and never closes an HTTP client the
 *       application handed in.</li>
 * </ul>
 */
public interface SessionTransport extends AutoCloseable {

    /**
     * Sends a request and returns its response once the status and headers have arrived.
     *
     * @param request the request, safe to replay
     * @return the response, which the caller closes
     * @throws IOException on a network error, a timeout, or an interrupted wait
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /**
     * Sends a request without blocking the calling thread. Adapters over libraries with a native asynchronous
     * API override this; the default runs {@link #send(TransportRequest)} on a shared, bounded pool of daemon
     * threads (at most {@code max(8, 4 × available processors)} sends block at once; more wait in line, within their
     * calls' deadlines).
     * Cancelling the returned future must abort the request where the library allows it.
     *
     * <p>The future completes with the response, or exceptionally with the {@link IOException} that
     * {@link #send(TransportRequest)} would have thrown.
     *
     * @param request the request, safe to replay
     * @return a future of the response, which the caller closes
     */
    default CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return BlockingAsync.run(this, request);
    }

    /**
     * Returns the short name of this transport, which the client puts in its {@code User-Agent} header and in
     * observations ({@code CallInfo.transport()}), such as {@code "jdk"}. Adapters override it with the name of
     * their provider.
     *
     * @return the name: printable ASCII without spaces, parentheses or semicolons; by default the class's simple
     *     name, lower-cased, without a {@code Transport} suffix
     */
    default String name() {
        String simple = getClass().getSimpleName();
        String base = simple.endsWith("Transport") && simple.length() > "Transport".length()
                ? simple.substring(0, simple.length() - "Transport".length())
                : simple;
        return base.isEmpty() ? "custom" : base.toLowerCase(Locale.ROOT);
    }

    /**
     * Releases the resources this transport created. Idempotent; never throws. Calls in flight must not be left
     * blocked: they end (with an {@link IOException} or an exceptionally completed future) at once or at the
     * latest at their own timeouts.
     */
    @Override
    void close();
}
