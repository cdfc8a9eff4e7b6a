package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * Completes the future that {@code sendAsync} returns from HttpCore's callbacks: with the response, or
 * exceptionally with an {@link IOException}, the library's own when it is one and otherwise one naming the
 * request. Thread-safe: the first outcome wins.
 *
 * <p>The future is completed on the transport's callback threads, never on an I/O thread: stages the caller
 * chains to it run there, and one that blocks, even on another request of the same transport, must not stop
 * the I/O that request needs.
 */
final class AsyncResult implements FutureCallback<TransportResponse> {
    private final TransportRequest request;
    private final Executor callbacks;
    private final CompletableFuture<TransportResponse> future = new CompletableFuture<>();
    /** Set by the first outcome reported, before it reaches the future on a callback thread. */
    private final AtomicBoolean settled = new AtomicBoolean();

    AsyncResult(TransportRequest request, Executor callbacks) {
        this.request = request;
        this.callbacks = callbacks;
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

    /** Tells whether the outcome is decided: reported here, or the caller cancelled the future. */
    boolean isSettled() {
        return settled.get() || future.isDone();
    }

    @Override
    public void completed(TransportResponse response) {
        if (settled.compareAndSet(false, true)) {
            deliver(() -> {
                if (!future.complete(response)) {
                    response.close();
                }
            });
        } else {
            response.close();
        }
    }

    @Override
    public void failed(Exception failure) {
        if (settled.compareAndSet(false, true)) {
            IOException exception = failure instanceof IOException
                    ? (IOException) failure
                    : new IOException("cannot send " + describe(request) + ": " + failure, failure);
            deliver(() -> future.completeExceptionally(exception));
        }
    }

    /** Called when the library cancelled the exchange itself, for example because the client is shutting down. */
    @Override
    public void cancelled() {
        if (settled.compareAndSet(false, true)) {
            IOException exception =
                    new IOException("cannot send " + describe(request) + ": the HTTP client cancelled the exchange");
            deliver(() -> future.completeExceptionally(exception));
        }
    }

    private void deliver(Runnable completion) {
        try {
            callbacks.execute(completion);
        } catch (RejectedExecutionException closed) {
            // The transport has closed its callback threads: a late outcome is delivered here instead.
            completion.run();
        }
    }

    static String describe(TransportRequest request) {
        return request.method() + " " + request.uri();
    }
}
