package io.github.i3dsession.benchmarks;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts, every millisecond on a daemon thread of its own, the live threads that were not there when it was
 * created (in the async benchmarks: the threads the client under test, and the JDK on its behalf, start), and
 * keeps the peak. Sampling allocates nothing (except to note which threads make up a new record), so it does not
 * disturb {@code gc.alloc.rate.norm}.
 */
final class ThreadSampler implements AutoCloseable {
    private static final long PERIOD_NANOS = 1_000_000;

    private final long[] baseline;
    private final Thread[] buffer = new Thread[1024];
    private final Thread sampler;
    private volatile int peak;
    private volatile int peakLive;
    private int peakEver;
    private volatile Map<String, Integer> atPeakEver = Map.of();
    private volatile boolean running = true;

    ThreadSampler() {
        Thread[] now = new Thread[1024];
        int n = root().enumerate(now, true);
        baseline = new long[n];
        for (int i = 0; i < n; i++) {
            baseline[i] = now[i].getId();
        }
        Arrays.sort(baseline);
        sampler = new Thread(this::run, "benchmark-thread-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The most new threads seen at once since the last {@link #resetPeak()}. */
    int peak() {
        return peak;
    }

    /** The most live threads of the whole JVM (this sampler's own excluded) since the last {@link #resetPeak()}. */
    int peakLive() {
        return peakLive;
    }

    void resetPeak() {
        peak = 0;
        peakLive = 0;
    }

    /** The new threads alive now, grouped by name with the digits replaced by {@code N}. */
    Map<String, Integer> newThreadsByName() {
        Thread[] now = new Thread[1024];
        return byName(now, root().enumerate(now, true));
    }

    /** The new threads alive at the moment the most of them were, over the sampler's whole life, by name. */
    Map<String, Integer> newThreadsAtPeak() {
        return atPeakEver;
    }

    private Map<String, Integer> byName(Thread[] threads, int n) {
        Map<String, Integer> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (isNew(threads[i])) {
                groups.merge(threads[i].getName().replaceAll("\\d+", "N"), 1, Integer::sum);
            }
        }
        return groups;
    }

    private void run() {
        while (running) {
            int n = root().enumerate(buffer, true);
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (isNew(buffer[i])) {
                    count++;
                }
            }
            if (count > peakEver) {
                // Allocates, but only when a new record is set: a handful of times per run.
                peakEver = count;
                atPeakEver = byName(buffer, n);
            }
            Arrays.fill(buffer, 0, n, null);
            if (count > peak) {
                peak = count;
            }
            if (n - 1 > peakLive) {
                peakLive = n - 1;
            }
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    private boolean isNew(Thread thread) {
        return thread != sampler && Arrays.binarySearch(baseline, thread.getId()) < 0;
    }

    private static ThreadGroup root() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        return group;
    }

    @Override
    public void close() {
        running = false;
    }
}
