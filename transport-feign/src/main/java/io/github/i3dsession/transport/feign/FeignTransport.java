package io.github.i3dsession.transport.feign;

import feign.AsyncFeign;
import feign.Client;
import feign.Contract;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.Target;
import feign.codec.Encoder;
import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.spi.AbortInterrupt;
import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * A {@link SessionTransport} over <a href="https://github.com/OpenFeign/feign">OpenFeign</a>: the Session API
 * is a declarative Feign interface, and the application keeps its own {@link Feign.Builder} with its
 * {@link feign.Client} (the default, {@code feign-hc5}, {@code feign-java11}, {@code feign-okhttp}), its
 * {@link feign.Logger}, {@link feign.RequestInterceptor}s and {@link feign.Capability}s.
 *
 * <pre>{@code
 * try (CloseableHttpClient httpClient = HttpClients.custom()
 *                 .disableCookieManagement() // session cookies belong to each SessionClient
 *                 .disableAutomaticRetries() // the core decides what may be sent again
 *                 .build();
 *         FeignTransport transport = FeignTransport.create(Feign.builder()
 *                 .client(new ApacheHttp5Client(httpClient))
 *                 .requestInterceptor(template -> template.header("X-Request-Id", UUID.randomUUID().toString())));
 *         SessionClient client = SessionClient.builder().baseUri(baseUri).transport(transport).build()) {
 *     client.login(SessionLogin.of("alice", password));
 *     return client.getUser();
 * }
 * }</pre>
 * The example is compiled and run by this module's {@code FeignTransportExampleTest}.
 *
 * <p>Feign only carries bytes: the core has encoded the body and completed the headers. Every response comes back
 * whatever its status (error bodies buffered within {@link TransportRequest#maxResponseBytes()}, or a
 * {@link ResponseTooLargeException}); each call has its own {@link Request.Options}, redirects off; Feign never
 * retries; failures with no response are the client's {@link IOException}. The application's client must keep no
 * cookies and retry nothing, and Feign's logger must stay at {@code BASIC} or {@code NONE}. {@link #sendAsync}
 * goes through {@link AsyncFeign} where this transport has an async client. The reasons, client by client, are in
 * {@code docs/choosing-a-transport.md} ("Feign in detail").
 *
 * <p>Instances are thread-safe; one serves any number of {@code SessionClient}s. Feign builds one proxy per
 * distinct base URI and kind of call, on first use, and this transport keeps it.
 */
public final class FeignTransport implements SessionTransport {
    private final Feign feign;
    private final ErrorResponseDecoder errorDecoder;
    private final AsyncSender async;
    private final String clientDescription;
    private final ConcurrentMap<String, SessionApi> targets = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The proxy of the default client this transport created, or null. */
    private final ProxyOptions proxy;
    /** How to abort each blocking call in flight, run by close(). */
    private final Set<Runnable> inFlight = ConcurrentHashMap.newKeySet();

    private FeignTransport(Feign.Builder builder, AsyncSender async, String clientDescription) {
        this(builder, async, clientDescription, null);
    }

    private FeignTransport(Feign.Builder builder, AsyncSender async, String clientDescription, ProxyOptions proxy) {
        this.proxy = proxy;
        this.errorDecoder = ErrorResponseDecoder.forStreamingBodies();
        this.async = async;
        this.clientDescription = clientDescription;
        // Feign.Builder cannot be copied (its clone() is not public), so these settings go into the builder
        // the application passed; building now means the application's later changes to it have no effect here.
        this.feign = builder.contract(new Contract.Default())
                .encoder(new Encoder.Default())
                .decoder(new ExchangeDecoder())
                .errorDecoder(errorDecoder)
                .retryer(Retryer.NEVER_RETRY)
                .doNotCloseAfterDecode()
                .build();
    }

    /**
     * Creates a transport over Feign's default client, {@link Client.Default}, which uses
     * {@link java.net.HttpURLConnection} with the JVM's default TLS settings ({@code javax.net.ssl.*}) and proxy
     * selector ({@code https.proxyHost}, {@code http.nonProxyHosts}...). Unlike a plain
     * {@code Client.Default}, the client this creates reports a repeated response header such as
     * {@code Set-Cookie} in the order received.
     *
     * <p>{@code HttpURLConnection} drops the body of a 401 or 407 answer to a request whose body it streams, so
     * over this client a failed login or OTP comes back with its status and headers but an empty body. Streaming
     * is kept on purpose: without it {@code HttpURLConnection} may silently send a POST again when the
     * connection fails before the response. {@code feign-hc5} and {@code feign-java11} keep such bodies.
     *
     * <p>Asynchronous calls run the same client through Feign's {@link feign.AsyncClient.Default}, which is Feign's
     * own "async over a blocking client": each call still holds a thread while it waits, one of this transport's
     * own pool of at most 64 daemon threads named {@code i3d-session-feign-async-N}; calls beyond 64 wait in line.
     * Idle threads end after a few seconds, and {@link #close()} shuts the pool down, letting calls in flight
     * finish. Cancelling an async call that still waits for its response disconnects its connection; one whose
     * body is arriving stops at the next bytes or at the read timeout. For calls that hold no thread while they
     * wait, use {@link #create(Feign.Builder, AsyncFeign.AsyncBuilder)} with a non-blocking async client.
     *
     * @return a new transport
     */
    public static FeignTransport create() {
        OrderedHeadersClient client = new OrderedHeadersClient();
        return new FeignTransport(
                Feign.builder().client(client), AsyncSender.overBlockingClient(client), "feign.Client.Default");
    }

    /**
     * Creates a transport as {@link #create()} does, with the given proxy and TLS context instead of the JVM's
     * where not null; for the provider.
     */
    static FeignTransport create(ProxyOptions proxy, SSLContext sslContext) {
        if (proxy == null && sslContext == null) {
            return create();
        }
        OrderedHeadersClient client =
                new OrderedHeadersClient(sslContext == null ? null : sslContext.getSocketFactory(), proxy);
        return new FeignTransport(
                Feign.builder().client(client), AsyncSender.overBlockingClient(client), "feign.Client.Default", proxy);
    }

    /**
     * Creates a transport over the application's Feign configuration, keeping its client, logger, request and
     * response interceptors, capabilities, invocation handler factory and exception propagation policy.
     *
     * <p>Because a {@link Feign.Builder} cannot be copied, this method configures the builder passed in and
     * builds it at once. It replaces the builder's contract (with {@link Contract.Default}, which reads this
     * adapter's {@code @RequestLine} interface), encoder (with {@link Encoder.Default}, which sends the core's
     * bytes as they are), decoder and error decoder (with ones that return every response unread), and retryer
     * (with {@link Retryer#NEVER_RETRY}, because Feign would otherwise re-send a login after a network error),
     * and sets {@code doNotCloseAfterDecode()} so that bodies stream. Do not use the builder for other APIs
     * afterwards; later changes to it do not affect this transport.
     *
     * <p>The application keeps ownership of its client: {@link #close()} never closes it. Mind the class
     * documentation about cookie stores and log levels. For Feign's default client use {@link #create()}: a
     * plain {@link Client.Default} reports the values of a repeated response header such as {@code Set-Cookie}
     * last first, as {@code HttpURLConnection.getHeaderFields()} lists them.
     *
     * <p>A {@link Feign.Builder} does not reveal its client, so the transport this returns has no async client:
     * {@link #sendAsync} runs each call on a thread of the core's shared pool. Pass an
     * {@link AsyncFeign.AsyncBuilder} as well, to {@link #create(Feign.Builder, AsyncFeign.AsyncBuilder)}, for
     * asynchronous calls through Feign.
     *
     * @param builder the application's builder, not null; configured as described above
     * @return a new transport
     * @throws NullPointerException if {@code builder} is null
     */
    public static FeignTransport create(Feign.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        return new FeignTransport(builder, null, "application's Feign.Builder");
    }

    /**
     * Creates a transport over the application's Feign configuration for both kinds of call: {@link #send} goes
     * through {@code builder}, as with {@link #create(Feign.Builder)}, and {@link #sendAsync} through
     * {@code asyncBuilder}. Give both the same client where it can do both, such as {@code feign-java11}'s
     * {@code Http2Client}, whose async calls hold no thread while they wait:
     *
     * <pre>{@code
     * Http2Client client = new Http2Client(HttpClient.newHttpClient()); // no CookieHandler
     * try (FeignTransport transport = FeignTransport.create(
     *                 Feign.builder().client(client), AsyncFeign.<Object>builder().client(client));
     *         SessionClient session = SessionClient.builder().baseUri(baseUri).transport(transport).build()) {
     *     return session.async().login(SessionLogin.of("alice", password))
     *             .thenCompose(started -> session.async().getUser())
     *             .get(30, TimeUnit.SECONDS);
     * }
     * }</pre>
     * The example is compiled and run by this module's {@code FeignTransportExampleTest}.
     *
     * <p>{@code asyncBuilder} is configured and built at once, as {@code builder} is, keeping the application's
     * async client, logger, interceptors and capabilities and replacing the same parts, the retryer included:
     * {@link AsyncFeign} does retry, whatever its documentation says. A {@link feign.Capability} of this transport
     * wraps the client that the application's capabilities leave, to read each body within
     * {@link TransportRequest#maxResponseBytes()} and to pass a cancelled call on to the client's future, which
     * {@link AsyncFeign} 13.6 does not; a cancel that comes while the body is read closes the body. What
     * cancelling the client's future aborts is up to the client: {@code Http2Client} 13.6 does not pass it on to
     * the {@code HttpClient}, so an exchange cancelled before its response runs on until it ends or times out. The
     * {@code HttpClient} of JDK 17 completes async exchanges on the common {@code ForkJoinPool} (or, with fewer than
     * three CPUs, on a new thread each), so that is where the body is read and the core handles the response. An
     * async builder without a client of its own runs Feign's {@link Client.Default} on Feign's shared, unbounded
     * pool of daemon threads. Feign marks {@link AsyncFeign} experimental.
     *
     * <p>{@link #close()} never closes the application's clients or executors. The class documentation about
     * cookie stores and log levels applies to the async client too.
     *
     * @param builder the application's builder for synchronous calls, not null
     * @param asyncBuilder the application's builder for asynchronous calls, not null
     * @return a new transport
     * @throws NullPointerException if an argument is null
     */
    public static FeignTransport create(Feign.Builder builder, AsyncFeign.AsyncBuilder<Object> asyncBuilder) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(asyncBuilder, "asyncBuilder");
        return new FeignTransport(builder, AsyncSender.of(asyncBuilder), "application's Feign.Builder");
    }

    /**
     * Sends the request through the Feign interface method of its operation and returns the response, whatever
     * its status. A 2xx body is still streaming; other bodies are buffered (see the class documentation).
     *
     * <p>When the request's {@link TransportRequest#abortSignal()} fires (the call deadline, {@code close()} of the
     * client or of this transport, an interrupt of the caller) before the response head has arrived, the client of
     * {@link #create()} disconnects its connection; any other client has the calling thread interrupted, which
     * {@code feign-java11} obeys. An application's {@link Client.Default} or {@code feign-hc5} client ignores
     * interrupts in a socket read: such a call ends only at its read timeout, which restarts with every byte.
     *
     * @param request the request, safe to replay, not null
     * @return the response, which the caller closes
     * @throws IOException on a network error or a timeout, when no response arrived; the client's own
     *     exception where it is an {@link IOException}
     * @throws ResponseTooLargeException if a non-2xx body, which is buffered, exceeds
     *     {@link TransportRequest#maxResponseBytes()}
     * @throws InterruptedIOException if the calling thread was interrupted; the interrupt flag stays set
     * @throws IllegalArgumentException if the request's URI does not end with its operation's path, or a
     *     {@code GET} or logout request has a body
     * @throws IOException also if this transport is closed
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        ensureOpen(request);
        SessionApi api = targets.computeIfAbsent(
                baseUrl(request), url -> feign.newInstance(new Target.HardCodedTarget<>(SessionApi.class, url)));
        AsyncCallOptions options = new AsyncCallOptions(options(request), request.maxResponseBytes());
        AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();
        // Feign's read timeout restarts with every byte: an abort must end the exchange. The default client of
        // create() disconnects its connection; a client that registered no abort gets its thread interrupted,
        // which feign-java11 (and the JDK HttpClient under it) obeys.
        Runnable abort = () -> {
            if (!options.cancel()) {
                interrupt.run();
            }
        };
        inFlight.add(abort);
        errorDecoder.limitTo(request.maxResponseBytes());
        try (AbortSignal.Registration registration = request.abortSignal().onAbort(abort)) {
            if (closed.get()) {
                abort.run();
            }
            return invoke(api, request, options);
        } catch (ErrorResponse e) {
            return e.response();
        } catch (IOException | RuntimeException e) {
            throw TunnelAuthentication.explain(toIOException(e, request), request, proxy);
        } finally {
            errorDecoder.clearLimit();
            inFlight.remove(abort);
            interrupt.end();
        }
    }

    /**
     * Sends the request through Feign's async interface method of its operation, where this transport has an async
     * client (see the class documentation); otherwise runs {@link #send} on a thread of the core's shared pool.
     * The response comes back whatever its status, with its body already read. Cancelling the future cancels
     * Feign's, and the client's (see {@link #create()} and {@link #create(Feign.Builder, AsyncFeign.AsyncBuilder)}
     * for what that aborts).
     *
     * @param request the request, safe to replay, not null
     * @return a future of the response, which the caller closes. It completes exceptionally with what
     *     {@link #send} would throw: the client's {@link IOException} when no response arrived, a
     *     {@link ResponseTooLargeException} when a body, of any status, exceeds
     *     {@link TransportRequest#maxResponseBytes()}, an {@link IllegalArgumentException} for a request this
     *     transport cannot send, an {@link IOException} once it is closed
     * @throws NullPointerException if {@code request} is null
     */
    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (async == null) {
            return SessionTransport.super.sendAsync(request);
        }
        String baseUrl;
        try {
            ensureOpen(request);
            baseUrl = baseUrl(request);
        } catch (IOException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return async.send(request, baseUrl, new AsyncCallOptions(options(request), request.maxResponseBytes()));
    }

    /**
     * Aborts the blocking calls in flight (as their abort signals would), and shuts down the thread pool that
     * {@link #create()} made for asynchronous calls, letting async calls in flight finish. Closes nothing else:
     * the default client holds no resources, and an application's clients stay its own.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            for (Runnable abort : inFlight) {
                abort.run();
            }
            targets.clear();
            if (async != null) {
                async.close();
            }
        }
    }

    /**
     * Returns {@code "feign"}, the name of this transport in the {@code User-Agent} header.
     *
     * @return {@code "feign"}
     */
    @Override
    public String name() {
        return FeignTransportProvider.NAME;
    }

    @Override
    public String toString() {
        Set<String> baseUris = new LinkedHashSet<>(targets.keySet());
        if (async != null) {
            baseUris.addAll(async.baseUrls());
        }
        return "FeignTransport{client=" + clientDescription + ", asyncClient="
                + (async == null ? "none" : async.clientDescription()) + ", baseUris=" + baseUris
                + (closed.get() ? ", closed" : "") + "}";
    }

    /** A closed transport fails like the network does, with an IOException, as the SPI says. */
    private void ensureOpen(TransportRequest request) throws IOException {
        if (closed.get()) {
            throw new IOException("FeignTransport is closed; cannot send " + request.method() + " " + request.uri());
        }
    }

    private static FeignExchange invoke(SessionApi api, TransportRequest request, Request.Options options)
            throws IOException {
        switch (request.operation()) {
            case LOGIN:
                return api.login(request.body(), request.headers(), options);
            case PROVIDE_OTP:
                return api.provideOtp(request.body(), request.headers(), options);
            case LOGOUT:
                return api.logout(request.headers(), options);
            case GET_USER:
                return api.getUser(request.headers(), options);
            case SEND:
                return send(api, request, options);
            default:
                throw new IllegalArgumentException("FeignTransport does not know operation " + request.operation());
        }
    }

    private static FeignExchange send(SessionApi api, TransportRequest request, Request.Options options)
            throws IOException {
        URI uri = request.uri();
        Map<String, String> headers = request.headers();
        byte[] body = request.body();
        switch (request.method()) {
            case "GET":
                return api.get(uri, headers, options);
            case "HEAD":
                return api.head(uri, headers, options);
            case "OPTIONS":
                return api.options(uri, headers, options);
            case "DELETE":
                return request.hasBody() ? api.delete(uri, body, headers, options) : api.delete(uri, headers, options);
            case "POST":
                return api.post(uri, body, headers, options);
            case "PUT":
                return api.put(uri, body, headers, options);
            case "PATCH":
                return api.patch(uri, body, headers, options);
            default:
                throw new IllegalArgumentException("FeignTransport cannot send the method " + request.method());
        }
    }

    /**
     * Returns the scheme, authority and base path of the request's URI: what precedes the operation's path.
     * Validates the body here too, so that a misuse fails before anything is sent.
     */
    static String baseUrl(TransportRequest request) {
        URI uri = request.uri();
        if (request.operation() == SessionOperation.SEND) {
            // The URI argument of the SEND methods replaces the target; one target per server is enough.
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
        String path = request.operation().path();
        String rawPath = uri.getRawPath();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || rawPath == null || !rawPath.endsWith(path)) {
            throw new IllegalArgumentException("FeignTransport needs a URI that ends with " + path + " for "
                    + request.operation() + ", without query or fragment: " + uri);
        }
        SessionOperation operation = request.operation();
        if (request.hasBody() && operation != SessionOperation.LOGIN && operation != SessionOperation.PROVIDE_OTP) {
            throw new IllegalArgumentException("FeignTransport sends no body for " + request.operation() + ", got "
                    + request.body().length + " bytes");
        }
        String text = uri.toString();
        return text.substring(0, text.length() - path.length());
    }

    static Request.Options options(TransportRequest request) {
        return new Request.Options(
                millis(request.connectTimeout()),
                TimeUnit.MILLISECONDS,
                millis(request.timeout()),
                TimeUnit.MILLISECONDS,
                false);
    }

    /** Feign's timeouts are int milliseconds where 0 means none: round up, and clamp. */
    private static long millis(Duration duration) {
        if (duration.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) >= 0) {
            return Integer.MAX_VALUE;
        }
        long millis = duration.toMillis();
        return duration.equals(Duration.ofMillis(millis)) ? Math.max(1, millis) : millis + 1;
    }

    private static IOException toIOException(Exception e, TransportRequest request) {
        if (Thread.currentThread().isInterrupted() || causedBy(e, InterruptedException.class)) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted =
                    new InterruptedIOException("Interrupted while sending " + request.method() + " " + request.uri());
            interrupted.initCause(e);
            return interrupted;
        }
        if (e instanceof IOException) {
            return (IOException) e;
        }
        // RetryableException and FeignException from the client, UncheckedIOException from ErrorResponseDecoder.
        if (e.getCause() instanceof IOException) {
            return (IOException) e.getCause();
        }
        return new IOException("Feign failed to send " + request.method() + " " + request.uri() + ": " + e, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
