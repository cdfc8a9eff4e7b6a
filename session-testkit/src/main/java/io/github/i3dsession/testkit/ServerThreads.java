package io.github.i3dsession.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the daemon threads {@code fake-session-server-N} of one server and remembers them, so that closing
 * the server can wait until each has really ended: a terminated pool's last workers may still be alive for a
 * moment after {@code awaitTermination} returns.
 */
final class ServerThreads implements ThreadFactory {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final List<Thread> threads = new ArrayList<>();

    @Override
    public synchronized Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "fake-session-server-" + NUMBER.incrementAndGet());
        thread.setDaemon(true);
        threads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        threads.add(thread);
        return thread;
    }

    /** Waits up to {@code timeoutMillis} in all for every thread made here to end. */
    void joinAll(long timeoutMillis) throws InterruptedException {
        List<Thread> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(threads);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (Thread thread : snapshot) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return;
            }
            thread.join(left);
        }
    }
}
