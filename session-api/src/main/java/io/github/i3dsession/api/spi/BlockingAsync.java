package io.github.i3dsession.api.spi;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a blocking send on a shared, bounded pool of daemon threads for transports without a native async API: at
 * most {@link #MAX_THREADS} sends block at once, and further ones wait in line (their calls' deadlines still hold:
 * the core completes a call's future when its deadline passes, queued or not).
 */
final class BlockingAsync {
    /** Enough for a burst of concurrent async calls, few enough that a stalled server cannot exhaust the JVM. */
    static final int MAX_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = createPool();

    private static ThreadPoolExecutor createPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                MAX_THREADS, MAX_THREADS, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "i3d-session-blocking-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // Idle threads end after two seconds, so nothing of ours outlives the calls that needed it.
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

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
