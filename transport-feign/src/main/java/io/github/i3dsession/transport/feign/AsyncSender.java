package io.github.i3dsession.transport.feign;

import feign.AsyncClient;
import feign.AsyncFeign;
import feign.Client;
import feign.Contract;
import feign.Retryer;
import feign.Target;
import feign.codec.Encoder;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * Sends {@link FeignTransport}'s asynchronous calls through an {@link AsyncFeign} built once, with one
 * {@link AsyncSessionApi} proxy per base URL. Thread-safe.
 */
final class AsyncSender {
    private final AsyncFeign<Object> feign;
    private final ExecutorService ownedExecutor;
    private final String clientDescription;
    private final ConcurrentMap<String, AsyncSessionApi> targets = new ConcurrentHashMap<>();

    private AsyncSender(
            AsyncFeign.AsyncBuilder<Object> builder, ExecutorService ownedExecutor, String clientDescription) {
        this.ownedExecutor = ownedExecutor;
        this.clientDescription = clientDescription;
        // The same settings as the synchronous Feign, for the same reasons (see FeignTransport.create). AsyncFeign
        // does retry, despite its Javadoc: with Retryer.Default it would send a login again after a network error.
        this.feign = builder.contract(new Contract.Default())
                .encoder(new Encoder.Default())
                .decoder(new ExchangeDecoder())
                .errorDecoder(ErrorResponseDecoder.forBufferedBodies())
                .retryer(Retryer.NEVER_RETRY)
                .doNotCloseAfterDecode()
                .addCapability(new BufferingAsyncClient.Outermost())
                .build();
    }

    /** Runs {@code client} on a pool of this sender's own, which {@link #close()} shuts down. */
    static AsyncSender overBlockingClient(Client client) {
        ExecutorService pool = AsyncThreads.newPool();
        return new AsyncSender(
                AsyncFeign.<Object>builder().client(new AsyncClient.Default<>(client, pool)),
                pool,
                "feign.AsyncClient.Default");
    }

    /** Uses the application's builder and whatever async client it has, which {@link #close()} leaves alone. */
    static AsyncSender of(AsyncFeign.AsyncBuilder<Object> builder) {
        return new AsyncSender(builder, null, "application's AsyncFeign.AsyncBuilder");
    }

    /**
     * Starts the call. Never throws: every failure completes the future, with the {@link IOException} that
     * {@link FeignTransport#send} would have thrown where there is one.
     */
    CompletableFuture<TransportResponse> send(TransportRequest request, String baseUrl, AsyncCallOptions options) {
        CompletableFuture<FeignExchange> sent;
        try {
            AsyncSessionApi api = targets.computeIfAbsent(
                    baseUrl, url -> feign.newInstance(new Target.HardCodedTarget<>(AsyncSessionApi.class, url)));
            // Feign runs request interceptors, the logger and the client's execute on this thread, now.
            sent = invoke(api, request, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failure(e, request));
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        sent.whenComplete((exchange, thrown) -> {
            if (thrown == null) {
                deliver(result, exchange);
                return;
            }
            Throwable cause = unwrap(thrown);
            if (cause instanceof ErrorResponse) {
                deliver(result, ((ErrorResponse) cause).response());
            } else {
                result.completeExceptionally(failure(cause, request));
            }
        });
        result.whenComplete((response, thrown) -> {
            if (result.isCancelled()) {
                options.cancel();
                sent.cancel(true);
            }
        });
        return result;
    }

    Set<String> baseUrls() {
        return targets.keySet();
    }

    String clientDescription() {
        return clientDescription;
    }

    /** Lets calls in flight finish; threads of this sender's own pool end as they do. */
    void close() {
        targets.clear();
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    private static void deliver(CompletableFuture<TransportResponse> result, FeignExchange exchange) {
        if (!result.complete(exchange)) {
            // Cancelled or timed out by the caller meanwhile: nobody else will close it.
            exchange.close();
        }
    }

    private static CompletableFuture<FeignExchange> invoke(
            AsyncSessionApi api, TransportRequest request, AsyncCallOptions options) {
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

    private static CompletableFuture<FeignExchange> send(
            AsyncSessionApi api, TransportRequest request, AsyncCallOptions options) {
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

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The network error itself where there is one: Feign wraps a client's {@link IOException} in a
     * {@code RetryableException}, and {@link ErrorResponseDecoder} a read failure in an
     * {@link java.io.UncheckedIOException}. Errors stay what they are; anything else becomes an
     * {@link IOException} naming the method and URI, as in {@link FeignTransport#send}.
     */
    private static Throwable failure(Throwable thrown, TransportRequest request) {
        Throwable e = unwrap(thrown);
        if (e instanceof IOException || e instanceof Error) {
            return e;
        }
        if (e.getCause() instanceof IOException) {
            return e.getCause();
        }
        return new IOException("Feign failed to send " + request.method() + " " + request.uri() + ": " + e, e);
    }
}
