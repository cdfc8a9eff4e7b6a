package io.github.i3dsession.api.spi;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a blocking send on shared daemon threads for transports without a native async API. */
final class BlockingAsync {
    private static final AtomicInteger THREADS = new AtomicInteger();
    // Idle threads end after two seconds, so nothing of ours outlives the calls that needed it.
    private static final ExecutorService POOL =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "i3d-session-blocking-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private BlockingAsync() {}

    static CompletableFuture<TransportResponse> run(SessionTransport transport, TransportRequest request) {
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        Future<?> task = POOL.submit(() -> {
            try {
                TransportResponse response = transport.send(request);
                if (!result.complete(response)) {
                    response.close();
                }
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                task.cancel(true);
            }
        });
        return result;
    }
}
