package io.github.i3dsession.transport.jdk;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.spi.AbortInterrupt;
import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A {@link SessionTransport} over the JDK's {@link HttpClient} (Java 11 API only).
 *
 * <pre>{@code
 * try (JdkTransport transport = JdkTransport.create();
 *      SessionClient client = SessionClient.builder().transport(transport).build()) {
 *     client.login(SessionLogin.of("alice", password));
 * }
 * }</pre>
 *
 * <p>{@link #create()} makes its own client: HTTP/1.1 (see {@link Builder#version}), redirects never followed, no
 * cookie handler, a 10 s connect timeout, daemon threads that {@link #close()} shuts down, and the JVM's proxy
 * ({@code https.proxyHost}, {@code http.nonProxyHosts}...) and TLS ({@code javax.net.ssl.*}) settings. {@link Builder#httpClient(HttpClient)}
 * uses the application's client instead (its proxy, TLS and executor stay the application's, and closing the
 * transport leaves it alone); that client must not have a {@code CookieHandler}, since session cookies belong
 * to each {@code SessionClient}, and must not follow redirects.
 *
 * <p>Thread-safe. {@link #send(TransportRequest)} uses {@link HttpClient#send} on the calling thread; native async:
 * {@link #sendAsync(TransportRequest)} uses {@link HttpClient#sendAsync}.
 */
public final class JdkTransport implements SessionTransport {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService ownedExecutor;
    private final ProxyOptions proxy;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** What aborts each exchange in flight; close() runs them all. */
    private final Set<Runnable> inFlight = ConcurrentHashMap.newKeySet();

    private JdkTransport(HttpClient client, ExecutorService ownedExecutor, ProxyOptions proxy) {
        this.client = client;
        this.ownedExecutor = ownedExecutor;
        this.proxy = proxy;
    }

    /**
     * Creates a transport with its own {@link HttpClient} and default settings.
     *
     * @return a new transport, which the caller closes
     */
    public static JdkTransport create() {
        return builder().build();
    }

    /**
     * Creates a transport over the application's client, which the transport never closes.
     *
     * @param httpClient the client to send with
     * @return a new transport
     * @throws NullPointerException if {@code httpClient} is null
     * @throws IllegalArgumentException if the client has a cookie handler or follows redirects
     */
    public static JdkTransport create(HttpClient httpClient) {
        return builder().httpClient(httpClient).build();
    }

    /**
     * Starts configuring a transport.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request and waits for its status and headers; the body streams while the caller reads it. The
     * wait ends early, with an exception, when the thread is interrupted, the request's
     * {@link TransportRequest#abortSignal()} fires or the transport is closed: each cancels the JDK's exchange.
     *
     * @throws InterruptedIOException if the calling thread is interrupted; its interrupt flag stays set
     * @throws IOException on a network error, a timeout, an abort, or once the transport is closed
     */
    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        ensureOpen(request);
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot send " + request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        }
        // HttpClient.send, not sendAsync(...).get(): the JDK completes sendAsync's future on the common pool, which
        // on a machine of one or two cores starts a new thread for every response (an 8-thread benchmark measured
        // 0.4x the throughput of send). send waits on the calling thread and cancels its exchange when that thread
        // is interrupted, so an abort or close() ends the wait by interrupting the caller.
        AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();
        inFlight.add(interrupt);
        HttpResponse<InputStream> response = null;
        Exception failure = null;
        try (AbortSignal.Registration abort = request.abortSignal().onAbort(interrupt)) {
            if (closed.get()) {
                // close() may have looked at the in-flight set before this exchange joined it.
                interrupt.run();
            }
            response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException | InterruptedException | IllegalArgumentException | SecurityException e) {
            failure = e;
        } finally {
            inFlight.remove(interrupt);
        }
        boolean aborted = interrupt.end();
        if (failure != null) {
            throw failure(failure, aborted, request);
        }
        // An abort that came after the response did not end it: the caller's guard closes the body it reads.
        if (TunnelAuthentication.refused(response.statusCode(), request, proxy)) {
            // The JDK gives a refused tunnel no body.
            if (response.body() != null) {
                response.body().close();
            }
            throw TunnelAuthentication.failure(request, proxy, null);
        }
        return new JdkTransportResponse(response);
    }

    /** The exception for a failed {@code send}; {@code aborted} when this transport interrupted the caller. */
    private IOException failure(Exception failure, boolean aborted, TransportRequest request) {
        String exchange = request.method() + " " + request.uri();
        if (aborted) {
            return new IOException(
                    (closed.get() ? "JdkTransport closed" : "aborted") + " while sending " + exchange, failure);
        }
        if (failure instanceof InterruptedException) {
            // The caller's own interrupt: keep its flag set, as every blocking Java method that catches one does.
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while sending " + exchange);
            interrupted.initCause(failure);
            return interrupted;
        }
        if (failure instanceof IOException) {
            return (IOException) failure;
        }
        return new IOException("cannot send " + exchange + ": " + failure.getMessage(), failure);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        HttpRequest httpRequest;
        try {
            ensureOpen(request);
            httpRequest = toHttpRequest(request);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IOException(
                    "cannot send " + request.method() + " " + request.uri() + ": " + e.getMessage(), e));
        }
        CompletableFuture<HttpResponse<byte[]>> sent =
                client.sendAsync(httpRequest, BoundedBodyHandler.of(request.maxResponseBytes()));
        CompletableFuture<TransportResponse> result = sent.handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                throw new CompletionException(cause);
            }
            if (TunnelAuthentication.refused(response.statusCode(), request, proxy)) {
                throw new CompletionException(TunnelAuthentication.failure(request, proxy, null));
            }
            return new JdkTransportResponse(response);
        });
        // Cancelling our future must abort the exchange: the JDK cancels the request when its future is cancelled.
        Runnable cancel = () -> sent.cancel(true);
        inFlight.add(cancel);
        AbortSignal.Registration abort = request.abortSignal().onAbort(cancel);
        result.whenComplete((response, failure) -> {
            abort.close();
            inFlight.remove(cancel);
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        if (closed.get()) {
            sent.cancel(true);
        }
        return result;
    }

    /** A closed transport's own client has no executor left: sending would wait forever, so refuse at once. */
    private void ensureOpen(TransportRequest request) throws IOException {
        if (closed.get()) {
            throw new IOException("JdkTransport is closed: cannot send " + request.method() + " " + request.uri());
        }
    }

    static HttpRequest toHttpRequest(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        request.headers().forEach(builder::header);
        if (request.hasBody()) {
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    /**
     * Cancels the exchanges in flight, whose calls then fail at once, and closes what this transport created: the
     * executor of its own client. The application's client is left alone. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Runnable abort : inFlight) {
            abort.run();
        }
        if (ownedExecutor != null) {
            // shutdown, not shutdownNow: the cancelled exchanges still need a thread to clean up, and the executor
            // runs whatever comes after shutdown on the submitting thread (see Builder.build), never dropping it.
            ownedExecutor.shutdown();
            // On Java 21+ HttpClient is AutoCloseable and closing it ends its selector thread at once.
            if (client instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) client).close();
                } catch (Exception ignored) {
                    // Nothing left to release.
                }
            }
        }
    }

    /**
     * Returns {@code "jdk"}, the name of this transport in the {@code User-Agent} header.
     *
     * @return {@code "jdk"}
     */
    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public String toString() {
        return "JdkTransport{" + (ownedExecutor != null ? "own HttpClient" : "application HttpClient")
                + (closed.get() ? ", closed" : "") + "}";
    }

    /** Configures a {@link JdkTransport}. Not thread-safe. */
    public static final class Builder {
        private HttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private HttpClient.Version version = HttpClient.Version.HTTP_1_1;
        private ProxyOptions proxy;
        private SSLContext sslContext;

        private Builder() {}

        /**
         * Uses the application's client instead of creating one. The transport never closes it.
         *
         * @param httpClient a client without a cookie handler that never follows redirects
         * @return this builder
         * @throws NullPointerException if {@code httpClient} is null
         * @throws IllegalArgumentException if the client has a cookie handler or follows redirects
         */
        public Builder httpClient(HttpClient httpClient) {
            Objects.requireNonNull(httpClient, "httpClient");
            if (httpClient.cookieHandler().isPresent()) {
                throw new IllegalArgumentException("httpClient must not have a CookieHandler: session cookies are"
                        + " kept per SessionClient, and a shared cookie handler would mix sessions");
            }
            if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("httpClient must use HttpClient.Redirect.NEVER: a redirect"
                        + " could re-send a login or carry the session to another host");
            }
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Sets the connect timeout of the client this builder creates (ignored with
         * {@link #httpClient(HttpClient)}, whose own setting applies).
         *
         * @param connectTimeout a positive duration
         * @return this builder
         * @throws NullPointerException if {@code connectTimeout} is null
         * @throws IllegalArgumentException if it is not positive
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
         * Sets the HTTP version the client this builder creates prefers (ignored with
         * {@link #httpClient(HttpClient)}). The default is {@link HttpClient.Version#HTTP_1_1}: the JDK client
         * fails the requests in flight on an HTTP/2 connection the server resets or ends with {@code GOAWAY},
         * and the Session API's few small requests gain nothing from multiplexing. {@code HTTP_2} upgrades where
         * the server offers it and falls back to HTTP/1.1 otherwise.
         *
         * @param version the preferred version
         * @return this builder
         * @throws NullPointerException if {@code version} is null
         */
        public Builder version(HttpClient.Version version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Sends through this proxy instead of the JVM's proxy settings; for the provider. */
        Builder proxy(ProxyOptions proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /** Uses this TLS context instead of the JVM's default one; for the provider. */
        Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return the transport
         */
        public JdkTransport build() {
            if (httpClient != null) {
                return new JdkTransport(httpClient, null, null);
            }
            int pool = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(
                    0,
                    Integer.MAX_VALUE,
                    60,
                    TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    runnable -> {
                        Thread thread =
                                new Thread(runnable, "i3d-session-jdk-" + pool + "-" + threads.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    },
                    // After close() the HttpClient still completes what was in flight (and its timeouts): a task
                    // it cannot run would leave a caller waiting for good, so run it on the submitting thread.
                    (task, shutDown) -> task.run());
            HttpClient.Builder client = HttpClient.newBuilder()
                    .version(version)
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(executor);
            if (proxy != null) {
                // Our selector, unlike the JDK's default one, sends loopback hosts through the proxy too unless
                // they are listed as non-proxy hosts.
                client.proxy(proxy.proxySelector()).authenticator(proxy.proxyAuthenticator());
            } else if (ProxySelector.getDefault() != null) {
                client.proxy(ProxySelector.getDefault());
            }
            if (sslContext != null) {
                client.sslContext(sslContext);
            }
            return new JdkTransport(client.build(), executor, proxy);
        }
    }
}
