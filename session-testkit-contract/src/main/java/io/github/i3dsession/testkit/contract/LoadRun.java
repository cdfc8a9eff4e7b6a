package io.github.i3dsession.testkit.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A bounded load: a fixed number of calls spread over a fixed number of threads, with a hard time limit. */
final class LoadRun {
    private static final long TIME_LIMIT_SECONDS = 120;

    private final int completed;
    private final int errors;
    private final List<String> firstErrors;
    private final long elapsedNanos;
    private final int threads;

    private LoadRun(int completed, int errors, List<String> firstErrors, long elapsedNanos, int threads) {
        this.completed = completed;
        this.errors = errors;
        this.firstErrors = firstErrors;
        this.elapsedNanos = elapsedNanos;
        this.threads = threads;
    }

    interface Call {
        void run() throws Exception;
    }

    static LoadRun of(int threads, int calls, Call call) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(
                    () -> {
                        try {
                            while (next.getAndIncrement() < calls && System.nanoTime() < deadline) {
                                try {
                                    call.run();
                                    completed.incrementAndGet();
                                } catch (Exception | AssertionError e) {
                                    errors.incrementAndGet();
                                    if (firstErrors.size() < 5) {
                                        firstErrors.add(e.toString());
                                    }
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "load-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        if (!done.await(TIME_LIMIT_SECONDS + 10, TimeUnit.SECONDS)) {
            throw new AssertionError("load run did not finish within its time limit");
        }
        long elapsed = System.nanoTime() - start;
        return new LoadRun(completed.get(), errors.get(), new ArrayList<>(firstErrors), elapsed, threads);
    }

    int completed() {
        return completed;
    }

    int errors() {
        return errors;
    }

    List<String> firstErrors() {
        return firstErrors;
    }

    @Override
    public String toString() {
        double seconds = elapsedNanos / 1e9;
        return String.format(
                Locale.ROOT,
                "%d calls on %d threads in %.2f s (%.0f calls/s, mean %.3f ms/call/thread), %d errors",
                completed,
                threads,
                seconds,
                completed / seconds,
                seconds * 1000 * threads / Math.max(1, completed),
                errors);
    }
}
