package io.github.i3dsession.api.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The timer thread of async calls: it fires their whole-call deadlines and the delays before their retries.
 * Attempts are not ended here: {@link AttemptGuard} runs its own sweeper thread. The timer's daemon thread
 * ends after two idle seconds, so nothing of ours outlives the work.
 */
final class Timers {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ScheduledThreadPoolExecutor SCHEDULER = createScheduler();

    private Timers() {}

    private static ScheduledThreadPoolExecutor createScheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "i3d-session-timer-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setKeepAliveTime(2, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    static ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return SCHEDULER.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }
}
