package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.spi.TransportResponse;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds a blocking body read by the call deadline: transports time out the wait for headers, but a body that
 * drips forever would otherwise hold the caller. When the deadline passes, the response is closed, which makes
 * the blocked read fail, and {@link #expired()} tells the caller why.
 *
 * <p>Arming costs one small object and a lock-free enqueue: a single daemon sweeper checks the armed reads every
 * {@value #SWEEP_MILLIS} ms and ends after two idle seconds, rather than a timer task per call that would wake a
 * thread on every call.
 */
final class BodyDeadline implements AutoCloseable {
    static final long SWEEP_MILLIS = 50;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final ConcurrentLinkedQueue<BodyDeadline> ARMED = new ConcurrentLinkedQueue<>();
    private static final AtomicBoolean SWEEPING = new AtomicBoolean();

    private final TransportResponse response;
    private final long deadlineNanos;
    private volatile boolean done;
    private volatile boolean expired;

    private BodyDeadline(TransportResponse response, long deadlineNanos) {
        this.response = response;
        this.deadlineNanos = deadlineNanos;
    }

    static BodyDeadline arm(TransportResponse response, long deadlineNanos) {
        BodyDeadline deadline = new BodyDeadline(response, deadlineNanos);
        ARMED.add(deadline);
        if (!SWEEPING.get() && SWEEPING.compareAndSet(false, true)) {
            startSweeper();
        }
        return deadline;
    }

    boolean expired() {
        return expired;
    }

    @Override
    public void close() {
        done = true;
    }

    private static void startSweeper() {
        Thread sweeper = new Thread(BodyDeadline::sweep, "i3d-session-deadline");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    private static void sweep() {
        long idleSince = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(SWEEP_MILLIS);
            } catch (InterruptedException e) {
                // Only the JVM interrupts this thread; finish the pass and keep the deadlines honoured.
                Thread.currentThread().interrupt();
            }
            long now = System.nanoTime();
            for (Iterator<BodyDeadline> it = ARMED.iterator(); it.hasNext(); ) {
                BodyDeadline deadline = it.next();
                if (deadline.done) {
                    it.remove();
                } else if (now - deadline.deadlineNanos >= 0) {
                    deadline.expired = true;
                    it.remove();
                    // A transport's close() may block (HttpURLConnection waits for its reader): never on this
                    // thread, which guards every other call's deadline too. Expiry is rare; a thread each is fine.
                    Thread closer = new Thread(deadline.response::close, "i3d-session-deadline-close");
                    closer.setDaemon(true);
                    closer.start();
                }
            }
            if (!ARMED.isEmpty()) {
                idleSince = now;
            } else if (now - idleSince > IDLE_NANOS) {
                SWEEPING.set(false);
                // A read armed between the check and the flag would have seen the flag still set: take it back.
                if (ARMED.isEmpty() || !SWEEPING.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }
}
