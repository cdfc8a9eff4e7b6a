package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * Completes the future that {@code sendAsync} returns from HttpCore's callbacks: with the response, or
 * exceptionally with an {@link IOException}, the library's own when it is one and otherwise one naming the
 * request. Thread-safe: the first outcome wins.
 */
final class AsyncResult implements FutureCallback<TransportResponse> {
    private final TransportRequest request;
    private final CompletableFuture<TransportResponse> future = new CompletableFuture<>();

    AsyncResult(TransportRequest request) {
        this.request = request;
    }

    CompletableFuture<TransportResponse> future() {
        return future;
    }

    /** Runs {@code abort} once the caller cancels the future, to stop the exchange in the library. */
    void onCancel(Runnable abort) {
        future.whenComplete((response, failure) -> {
            if (future.isCancelled()) {
                abort.run();
            }
        });
    }

    boolean isDone() {
        return future.isDone();
    }

    @Override
    public void completed(TransportResponse response) {
        if (!future.complete(response)) {
            response.close();
        }
    }

    @Override
    public void failed(Exception failure) {
        future.completeExceptionally(failure instanceof IOException
                ? failure : new IOException("cannot send " + describe(request) + ": " + failure, failure));
    }

    /** Called when the library cancelled the exchange itself, for example because the client is shutting down. */
    @Override
    public void cancelled() {
        future.completeExceptionally(new IOException("cannot send " + describe(request)
                + ": the HTTP client cancelled the exchange"));
    }

    static String describe(TransportRequest request) {
        return request.method() + " " + request.uri();
    }
}
