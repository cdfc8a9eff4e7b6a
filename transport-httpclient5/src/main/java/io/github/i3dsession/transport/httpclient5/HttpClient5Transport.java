package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.io.CloseMode;

/**
 * A {@link SessionTransport} over Apache HttpClient 5: {@link #send} runs on the calling thread over the classic
 * (blocking) client and streams the response body from the connection; {@link #sendAsync} is non-blocking and
 * buffers the body, up to {@link TransportRequest#maxResponseBytes()}, before completing.
 *
 * <p>{@link #create()} builds what the transport needs and owns it: a pooled classic client at once (it starts
 * no threads), and on the first {@code sendAsync} an async client with one I/O thread (HttpCore names it
 * {@code requester-dispatch-1}) and daemon threads ({@code i3d-session-hc5-async-N}) that complete the futures.
 * {@link #close()} ends all of them. The application can hand in its own clients instead, with their pool,
 * proxy and TLS settings, which the transport then never closes: {@link #create(CloseableHttpClient)} or
 * {@link Builder#httpClient} for the classic client, {@link Builder#httpAsyncClient} for a started
 * {@link CloseableHttpAsyncClient}. With only a classic client of the application's, {@code sendAsync} runs
 * the blocking {@code send} on a shared pool of daemon threads (the SPI's default) rather than create an async
 * client of its own.
 *
 * <pre>{@code
 * // Clients of its own, closed with the transport:
 * try (HttpClient5Transport transport = HttpClient5Transport.builder()
 *         .connectTimeout(Duration.ofSeconds(5))
 *         .maxConnections(16)
 *         .build()) {
 *     // hand it to SessionClient.builder().transport(transport) ...
 * }
 *
 * // The application's own clients, which stay the application's to close:
 * CloseableHttpClient shared = HttpClients.custom().disableAutomaticRetries().build();
 * CloseableHttpAsyncClient sharedAsync = HttpAsyncClients.custom().disableAutomaticRetries().build();
 * sharedAsync.start();
 * SessionTransport transport = HttpClient5Transport.builder()
 *         .httpClient(shared)
 *         .httpAsyncClient(sharedAsync)
 *         .build();
 * }</pre>
 *
 * <p>Whatever the client, requests go out as given and responses come back as received: no redirects, no
 * authentication, no content compression, no protocol upgrade, no cookies. Over an HttpClient each request
 * gets a configuration of its own and a fresh, empty cookie store with cookies ignored, so that a client with
 * cookie management on neither adds nor keeps a cookie. Each request waits at most its
 * {@link TransportRequest#timeout()} for its response to make progress and its
 * {@link TransportRequest#connectTimeout()} for a connection. An application's client still adds what it was
 * built to add (its default {@code User-Agent}, say) and still retries if it was built to: its automatic
 * retries cannot be turned off per request, so build it with {@code disableAutomaticRetries()}.
 *
 * <p>Logging: the clients the transport creates never log header values or wire bytes, whatever the logging
 * configuration, so the session cookie, the API key and the login password cannot reach the logs through them.
 * An application's client logs as the application configured it: HttpClient logs every header and body byte
 * when {@code org.apache.hc.client5.http.headers} or {@code org.apache.hc.client5.http.wire} is at DEBUG. The
 * transport hides the values of the request headers it sends from {@code toString()}, but the response headers
 * ({@code Set-Cookie}) and the wire log are out of its reach.
 *
 * <p>Instances are thread-safe.
 */
public final class HttpClient5Transport implements SessionTransport {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_MAX_TOTAL = 64;
    static final int DEFAULT_MAX_PER_ROUTE = 32;
    private static final Duration CALLBACKS_GRACE = Duration.ofSeconds(1);
    private static final AtomicInteger CALLBACK_THREADS = new AtomicInteger();

    private final CloseableHttpClient httpClient;
    private final boolean ownsClient;
    /** The application's async client, or null. */
    private final CloseableHttpAsyncClient applicationAsyncClient;
    /** Whether {@code sendAsync} may create an async client of its own; false once the application chose. */
    private final boolean createsAsyncClient;

    private final int maxTotal;
    private final int maxPerRoute;
    /** The proxy and TLS of the clients this transport creates; null over an application's classic client. */
    private final OwnNetwork network;

    private final Object lock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The blocking exchanges waiting for their response, cancelled by close(). */
    private final Set<HttpUriRequestBase> inFlight = ConcurrentHashMap.newKeySet();

    private OwnAsyncClient ownAsyncClient;
    private ExecutorService callbackExecutor;

    private HttpClient5Transport(
            Builder builder, CloseableHttpClient httpClient, boolean ownsClient, OwnNetwork network) {
        this.httpClient = httpClient;
        this.ownsClient = ownsClient;
        this.applicationAsyncClient = builder.httpAsyncClient;
        this.createsAsyncClient = builder.httpAsyncClient == null && builder.httpClient == null;
        this.maxTotal = builder.maxTotal();
        this.maxPerRoute = builder.maxPerRoute();
        this.network = network;
    }

    /**
     * Creates a transport with clients of its own (at most 64 connections, 32 per route; connect timeout 10
     * seconds; no automatic retries, redirects, cookies, content compression or {@code User-Agent}; classic
     * connections idle for over 2 seconds checked before reuse), which {@link #close()} closes. It starts no
     * threads until the first {@link #sendAsync}. Like HttpClient's {@code useSystemProperties()}, the clients
     * follow the JVM's proxy settings ({@code https.proxyHost}, {@code http.nonProxyHosts}..., through the
     * default {@link java.net.ProxySelector}) and TLS settings ({@code javax.net.ssl.trustStore},
     * {@code javax.net.ssl.keyStore}, {@code https.protocols}...), read when the transport is created. A request
     * that goes through a proxy is sent by the classic client, {@code sendAsync} running it on a shared pool of
     * daemon threads, since the async client cannot tunnel.
     *
     * @return a new transport
     */
    public static HttpClient5Transport create() {
        return builder().build();
    }

    /**
     * Creates a transport over the application's classic client. The transport never closes it, and it must
     * outlive the transport. Its automatic retries, if any, still apply; see the class documentation.
     * {@link #sendAsync} runs {@link #send} on a shared pool of daemon threads.
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
     * still set. The request's {@link TransportRequest#abortSignal()}, which the core fires at the call deadline,
     * on an interrupt and when the client is closed, and {@link #close()} cancel the request, closing its
     * connection, until the status line and headers have arrived.
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
            throw closedException(request);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted before sending " + AsyncResult.describe(request));
        }
        HttpUriRequestBase httpRequest = RequestMapping.toHttpRequest(request, ownsClient && network.authenticates());
        ClassicHttpResponse response = null;
        // Socket timeouts restart with every byte: only cancelling the request, which closes its connection, ends
        // a wait that a server drips out, or one whose thread was interrupted.
        inFlight.add(httpRequest);
        try (AbortSignal.Registration abort = request.abortSignal().onAbort(httpRequest::cancel)) {
            if (closed.get()) {
                httpRequest.cancel();
            }
            response = httpClient.executeOpen(null, httpRequest, RequestMapping.isolatedContext());
            return HttpClient5Response.open(response, httpRequest);
        } catch (IOException e) {
            HttpClient5Response.abort(httpRequest, response);
            throw interruptedOrSame(e, request);
        } catch (RuntimeException e) {
            // For example "Connection pool shut down" when the application closed its client: the SPI allows
            // only IOException for a request that got no response.
            HttpClient5Response.abort(httpRequest, response);
            throw new IOException("cannot send " + AsyncResult.describe(request) + ": " + e, e);
        } finally {
            inFlight.remove(httpRequest);
        }
    }

    /**
     * Sends the request without blocking. The future completes once the whole body has arrived, with a response
     * whose body is already in memory, on one of the transport's daemon callback threads
     * ({@code i3d-session-hc5-async-N}), never on an I/O thread: a dependent stage may block, even on another
     * request of this transport.
     *
     * <p>With the transport's own async client (created and started on the first call) or the application's
     * {@link Builder#httpAsyncClient}, the request never occupies a thread while it waits. With only the
     * application's classic client, this is the SPI's default: {@link #send} on a shared pool of daemon threads.
     *
     * <p>The future fails with the {@link IOException} of the failure: a {@link java.net.ConnectException}, a
     * {@link java.net.SocketTimeoutException} once {@link TransportRequest#timeout()} passes without the
     * response progressing (or {@link TransportRequest#connectTimeout()} without a connection), an
     * {@link io.github.i3dsession.api.spi.ResponseTooLargeException} as soon as the body would exceed
     * {@link TransportRequest#maxResponseBytes()} (at once when {@code Content-Length} says so), an
     * {@link java.io.InterruptedIOException} when every pooled connection stays busy past the connect timeout,
     * or an {@code IOException} after {@link #close()}.
     *
     * <p>Cancelling the future closes the connection of the transport's own client at once. An application's
     * async client is asked to cancel its exchange; HttpClient 5.6 can miss that for an exchange that opened a
     * new connection, which then ends at its response timeout.
     *
     * @param request the request, safe to replay
     * @return a future of the response, which the caller closes
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (applicationAsyncClient == null && (!createsAsyncClient || network.proxied(request.uri()))) {
            // HttpCore's requester cannot go through a proxy: proxied requests take the classic client.
            return SessionTransport.super.sendAsync(request);
        }
        Executor callbacks;
        OwnAsyncClient client = null;
        synchronized (lock) {
            // Under the lock, so that nothing is started after close() has run.
            if (closed.get()) {
                return CompletableFuture.failedFuture(closedException(request));
            }
            if (callbackExecutor == null) {
                callbackExecutor = newCallbackExecutor();
            }
            callbacks = callbackExecutor;
            if (applicationAsyncClient == null) {
                if (ownAsyncClient == null) {
                    ownAsyncClient = OwnAsyncClient.start(maxTotal, maxPerRoute, network.tlsStrategy());
                }
                client = ownAsyncClient;
            }
        }
        return client != null
                ? client.send(request, callbacks)
                : ApplicationAsyncClient.send(applicationAsyncClient, request, callbacks);
    }

    /**
     * Closes the clients this transport created, dropping their pooled connections and ending the async
     * client's I/O thread (in-flight async requests fail), then ends the callback threads. Clients the
     * application handed in are left open. Idempotent; never throws.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // A graceful close leaves leased connections alone: cancel the exchanges that wait for a response first.
        for (HttpUriRequestBase exchange : inFlight) {
            exchange.cancel();
        }
        if (ownsClient) {
            httpClient.close(CloseMode.GRACEFUL);
        }
        OwnAsyncClient client;
        ExecutorService callbacks;
        synchronized (lock) {
            client = ownAsyncClient;
            callbacks = callbackExecutor;
        }
        if (client != null) {
            client.close();
        }
        if (callbacks != null) {
            // Lets the failures of the requests that were in flight reach their futures first.
            callbacks.shutdown();
            try {
                callbacks.awaitTermination(CALLBACKS_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Daemon threads that complete the futures of {@link #sendAsync}: as many as the machine has cores, at least
     * two and at most four, idle ones ending after a minute (close() ends them at once). A completion only maps an already buffered
     * response, so a few threads serve any number of calls in flight; callers must not block in dependent stages
     * (use the {@code *Async} variants with their own executor for that).
     */
    private static ExecutorService newCallbackExecutor() {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "i3d-session-hc5-async-" + CALLBACK_THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Returns {@code "httpclient5"}, the name of this transport in the {@code User-Agent} header.
     *
     * @return {@code "httpclient5"}
     */
    @Override
    public String name() {
        return "httpclient5";
    }

    @Override
    public String toString() {
        String async = applicationAsyncClient != null ? "application's" : createsAsyncClient ? "own" : "blocking";
        return "HttpClient5Transport{client=" + (ownsClient ? "own" : "application's") + ", asyncClient=" + async
                + (closed.get() ? ", closed" : "") + "}";
    }

    private static IOException closedException(TransportRequest request) {
        return new IOException("HttpClient5Transport is closed: cannot send " + AsyncResult.describe(request));
    }

    private static IOException interruptedOrSame(IOException e, TransportRequest request) {
        // A socket on a virtual thread is closed by an interrupt and fails with a plain SocketException.
        if (!(e instanceof InterruptedIOException) && Thread.currentThread().isInterrupted()) {
            InterruptedIOException interrupted =
                    new InterruptedIOException("interrupted while sending " + AsyncResult.describe(request));
            interrupted.initCause(e);
            return interrupted;
        }
        return e;
    }

    /**
     * Builds an {@link HttpClient5Transport}. Either hand in the application's classic client, or let the
     * transport create one with {@link #connectTimeout(Duration)} and {@link #maxConnections(int)}; not both.
     * Independently, hand in the application's async client, or let the transport create one (sized by
     * {@link #maxConnections(int)}) unless it was given a classic client. Not thread-safe.
     */
    public static final class Builder {
        private CloseableHttpClient httpClient;
        private CloseableHttpAsyncClient httpAsyncClient;
        private Duration connectTimeout;
        private Integer maxConnections;
        private ProxyOptions proxy;
        private SSLContext sslContext;

        private Builder() {}

        /**
         * Sends with the application's classic client instead of creating one. The transport never closes it.
         * Unless {@link #httpAsyncClient} is set too, {@code sendAsync} then runs {@code send} on a shared pool
         * of daemon threads.
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
         * Sends {@code sendAsync} requests with the application's async client instead of creating one. The
         * application starts it before the first request and closes it after the transport; the transport never
         * does either. Each request gets its own configuration and cookie store, as with the classic client.
         *
         * @param httpAsyncClient a started client
         * @return this builder
         * @throws NullPointerException if {@code httpAsyncClient} is null
         */
        public Builder httpAsyncClient(CloseableHttpAsyncClient httpAsyncClient) {
            this.httpAsyncClient = Objects.requireNonNull(httpAsyncClient, "httpAsyncClient");
            return this;
        }

        /**
         * Sets the connect timeout of the classic client the transport creates (default 10 seconds). Each
         * request's own {@link TransportRequest#connectTimeout()} takes precedence over it, and is the only one
         * the async client uses.
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
         * Sets the size of the connection pools of the clients the transport creates, each both in total and
         * per route (default 64 in total, 32 per route).
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

        /** Sends the created clients' requests through this proxy instead of the JVM's; for the provider. */
        Builder proxy(ProxyOptions proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /** Uses this TLS context in the created clients instead of the JVM's settings; for the provider. */
        Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Builds the transport, creating its classic client unless one was handed in. The async client, if the
         * transport is to have one of its own, is created on the first {@code sendAsync}.
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
                return new HttpClient5Transport(this, httpClient, false, new OwnNetwork(proxy, sslContext));
            }
            OwnNetwork network = new OwnNetwork(proxy, sslContext);
            return new HttpClient5Transport(
                    this,
                    OwnClassicClient.create(
                            connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout,
                            maxTotal(),
                            maxPerRoute(),
                            network),
                    true,
                    network);
        }

        private int maxTotal() {
            return maxConnections == null ? DEFAULT_MAX_TOTAL : maxConnections;
        }

        private int maxPerRoute() {
            return maxConnections == null ? DEFAULT_MAX_PER_ROUTE : maxConnections;
        }
    }
}
