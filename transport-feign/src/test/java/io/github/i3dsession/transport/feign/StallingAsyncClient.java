package io.github.i3dsession.transport.feign;

import feign.AsyncClient;
import feign.Request;
import feign.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An async client that answers only when the test completes a call's future, and keeps the future of every call
 * to see what becomes of it. One made by {@link #ignoringCancel()} returns futures that refuse to be cancelled,
 * like a client that cannot abort an exchange.
 */
final class StallingAsyncClient implements AsyncClient<Object> {
    private final List<CompletableFuture<Response>> calls = new CopyOnWriteArrayList<>();
    private final boolean honoursCancel;

    private StallingAsyncClient(boolean honoursCancel) {
        this.honoursCancel = honoursCancel;
    }

    static StallingAsyncClient create() {
        return new StallingAsyncClient(true);
    }

    static StallingAsyncClient ignoringCancel() {
        return new StallingAsyncClient(false);
    }

    @Override
    public CompletableFuture<Response> execute(Request request, Request.Options options, Optional<Object> context) {
        CompletableFuture<Response> call = honoursCancel ? new CompletableFuture<>() : new Uncancellable();
        calls.add(call);
        return call;
    }

    List<CompletableFuture<Response>> calls() {
        return calls;
    }

    /** A future that only its producer completes. */
    private static final class Uncancellable extends CompletableFuture<Response> {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }
    }
}
