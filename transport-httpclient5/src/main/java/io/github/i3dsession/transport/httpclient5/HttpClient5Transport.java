package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;

/**
 * A {@link SessionTransport} over the classic (blocking) Apache HttpClient 5: each request is sent on the calling
 * thread and its response body streams from the connection.
 *
 * <p>{@link #create()} builds a pooled client that this transport owns and closes; {@link #create(CloseableHttpClient)}
 * or {@link Builder#httpClient(CloseableHttpClient)} reuses the application's client, with its pool, proxy and
 * TLS settings, which the transport then never closes.
 *
 * <pre>{@code
 * // A client of its own, closed with the transport:
 * try (HttpClient5Transport transport = HttpClient5Transport.builder()
 *         .connectTimeout(Duration.ofSeconds(5))
 *         .maxConnections(16)
 *         .build()) {
 *     // hand it to SessionClient.builder().transport(transport) ...
 * }
 *
 * // The application's own client, which stays the application's to close:
 * CloseableHttpClient shared = HttpClients.custom().disableAutomaticRetries().build();
 * SessionTransport transport = HttpClient5Transport.create(shared);
 * }</pre>
 *
 * <p>Whatever the client, every request runs with its own configuration and context: the response timeout,
 * connection-request timeout and connect timeout of the {@link TransportRequest}, no redirects, no
 * authentication, no content compression, and a fresh empty cookie store with cookies ignored, so that a
 * client with cookie management on neither adds nor keeps a cookie. A client's automatic retries cannot be
 * turned off per request: build a shared client with {@code disableAutomaticRetries()}.
 *
 * <p>Instances are thread-safe.
 */
public final class HttpClient5Transport implements SessionTransport {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_MAX_TOTAL = 64;
    static final int DEFAULT_MAX_PER_ROUTE = 32;
    private static final TimeValue STALE_CHECK_AFTER = TimeValue.ofSeconds(2);

    private final CloseableHttpClient httpClient;
    private final boolean ownsClient;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpClient5Transport(CloseableHttpClient httpClient, boolean ownsClient) {
        this.httpClient = httpClient;
        this.ownsClient = ownsClient;
    }

    /**
     * Creates a transport with a pooled client of its own (at most 64 connections, 32 per route; connect
     * timeout 10 seconds; pooled connections idle for over 2 seconds checked before reuse; no automatic
     * retries, redirects, cookies, content compression or default {@code User-Agent}), which {@link #close()}
     * closes. It starts no threads.
     *
     * @return a new transport
     */
    public static HttpClient5Transport create() {
        return builder().build();
    }

    /**
     * Creates a transport over the application's client. The transport never closes it, and it must outlive
     * the transport. Its automatic retries, if any, still apply; see the class documentation.
     *
     * @param httpClient the client to send with
     * @return a new transport
     * @throws NullPointerException if {@code httpClient} is null
     */
    public static HttpClient5Transport create(CloseableHttpClient httpClient) {
        return builder().httpClient(httpClient).build();
    }

    /**
     * Returns a builder for a transport.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request on the calling thread and returns once the status line and headers have arrived; the
     * body streams from the connection while the caller reads it.
     *
     * <p>Blocking socket reads do not notice {@link Thread#interrupt()}; a thread interrupted before the call,
     * or while waiting for a pooled connection, gets an {@link InterruptedIOException} with its interrupt flag
     * still set.
     *
     * @param request the request, safe to replay
     * @return the response, which the caller must close
     * @throws NullPointerException if {@code request} is null
     * @throws InterruptedIOException if the calling thread is interrupted
     * @throws IOException on a connection failure, a timeout (a {@link java.net.SocketTimeoutException}), a
     *     protocol error, any other failure of the client in which no response arrived, or after
     *     {@link #close()}
     */
    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IOException("HttpClient5Transport is closed: cannot send " + describe(request));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted before sending " + describe(request));
        }
        HttpUriRequestBase httpRequest = RequestMapping.toHttpRequest(request);
        ClassicHttpResponse response = null;
        try {
            response = httpClient.executeOpen(null, httpRequest, RequestMapping.isolatedContext());
            return HttpClient5Response.open(response, httpRequest);
        } catch (IOException e) {
            HttpClient5Response.abort(httpRequest, response);
            throw interruptedOrSame(e, request);
        } catch (RuntimeException e) {
            // For example "Connection pool shut down" when the application closed its client: the SPI allows
            // only IOException for a request that got no response.
            HttpClient5Response.abort(httpRequest, response);
            throw new IOException("cannot send " + describe(request) + ": " + e, e);
        }
    }

    /**
     * Closes the client if this transport created it, dropping its pooled connections; a client the
     * application handed in is left open. Idempotent; never throws.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsClient) {
            httpClient.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public String toString() {
        return "HttpClient5Transport{client=" + (ownsClient ? "own" : "application's")
                + (closed.get() ? ", closed" : "") + "}";
    }

    private static IOException interruptedOrSame(IOException e, TransportRequest request) {
        // A socket on a virtual thread is closed by an interrupt and fails with a plain SocketException.
        if (!(e instanceof InterruptedIOException) && Thread.currentThread().isInterrupted()) {
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while sending "
                    + describe(request));
            interrupted.initCause(e);
            return interrupted;
        }
        return e;
    }

    private static String describe(TransportRequest request) {
        return request.method() + " " + request.uri();
    }

    /**
     * Builds an {@link HttpClient5Transport}. Either hand in the application's client, or let the transport
     * create one with {@link #connectTimeout(Duration)} and {@link #maxConnections(int)}; not both. Not
     * thread-safe.
     */
    public static final class Builder {
        private CloseableHttpClient httpClient;
        private Duration connectTimeout;
        private Integer maxConnections;

        private Builder() {
        }

        /**
         * Sends with the application's client instead of creating one. The transport never closes it.
         *
         * @param httpClient the client to send with
         * @return this builder
         * @throws NullPointerException if {@code httpClient} is null
         */
        public Builder httpClient(CloseableHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Sets the connect timeout of the client the transport creates (default 10 seconds). Each request's
         * own {@link TransportRequest#connectTimeout()} takes precedence over it.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         * @throws NullPointerException if {@code connectTimeout} is null
         * @throws IllegalArgumentException if {@code connectTimeout} is zero or negative
         */
        public Builder connectTimeout(Duration connectTimeout) {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            if (connectTimeout.isZero() || connectTimeout.isNegative()) {
                throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
            }
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Sets the size of the connection pool of the client the transport creates, both in total and per
         * route (default 64 in total, 32 per route).
         *
         * @param maxConnections at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxConnections} is less than 1
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * Builds the transport, creating its client unless one was handed in.
         *
         * @return a new transport
         * @throws IllegalStateException if {@link #connectTimeout(Duration)} or {@link #maxConnections(int)} was
         *     set together with {@link #httpClient(CloseableHttpClient)}
         */
        public HttpClient5Transport build() {
            if (httpClient != null) {
                if (connectTimeout != null || maxConnections != null) {
                    throw new IllegalStateException("connectTimeout and maxConnections configure only the client "
                            + "the transport creates; set them on the httpClient handed in instead");
                }
                return new HttpClient5Transport(httpClient, false);
            }
            return new HttpClient5Transport(newClient(), true);
        }

        private CloseableHttpClient newClient() {
            Duration connect = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
            PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(maxConnections == null ? DEFAULT_MAX_TOTAL : maxConnections)
                    .setMaxConnPerRoute(maxConnections == null ? DEFAULT_MAX_PER_ROUTE : maxConnections)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(RequestMapping.timeout(connect))
                            // Without automatic retries a connection the server closed while pooled would fail
                            // the next request, even a login the core must not re-send: check it before reuse.
                            .setValidateAfterInactivity(STALE_CHECK_AFTER)
                            .build())
                    .build();
            // Retries, deadlines, cookies and the User-Agent belong to the core: the client only carries bytes.
            return HttpClients.custom()
                    .setConnectionManager(pool)
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .disableContentCompression()
                    .disableDefaultUserAgent()
                    .build();
        }
    }
}
