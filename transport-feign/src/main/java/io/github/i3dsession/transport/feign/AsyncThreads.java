package io.github.i3dsession.transport.feign;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool on which {@link FeignTransport#create()} runs its blocking client for asynchronous calls: at most
 * {@value #MAX_THREADS} daemon threads named {@code i3d-session-feign-async-N}, a new one made only when no idle
 * one is free, each ending after {@value #IDLE_SECONDS} seconds without work. Calls beyond the maximum wait in
 * line. {@link ExecutorService#shutdown()} lets the calls already given to it finish.
 */
final class AsyncThreads {
    static final int MAX_THREADS = 64;
    static final int IDLE_SECONDS = 3;
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private AsyncThreads() {}

    static ExecutorService newPool() {
        HandOffQueue queue = new HandOffQueue();
        return new ThreadPoolExecutor(
                0,
                MAX_THREADS,
                IDLE_SECONDS,
                TimeUnit.SECONDS,
                queue,
                task -> {
                    Thread thread = new Thread(task, "i3d-session-feign-async-" + NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("FeignTransport is closed");
                    }
                    queue.enqueue(task);
                });
    }

    /**
     * {@link ThreadPoolExecutor} makes a thread, up to its maximum, only when its queue refuses a task. This queue
     * refuses every task that no idle thread takes at once, so idle threads are used first and new ones are made
     * up to the maximum; past it, the executor's rejection handler puts the task in line.
     */
    private static final class HandOffQueue extends LinkedTransferQueue<Runnable> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void enqueue(Runnable task) {
            super.offer(task);
        }
    }
}
