package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.TransportResponse;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * Ends one attempt, sync or async, when it must: the call's deadline passed, the client was closed, or the thread
 * of a blocking call was interrupted. Ending it fires the attempt's {@link AbortSignal}, which the transport turned
 * into "close this exchange", and closes the response whose body is being read. Transports time out only each wait
 * for bytes, so a server that drips its head or body would otherwise hold the caller for as long as it likes, and a
 * socket read does not notice an interrupt.
 *
 * <p>Arming costs one small object and a lock-free enqueue: a single daemon sweeper checks the armed attempts every
 * {@value #SWEEP_MILLIS} ms and ends after two idle seconds, rather than a timer task per attempt that would wake a
 * thread on every call.
 */
final class AttemptGuard implements AutoCloseable, Runnable {
    /** Why an attempt was ended early. */
    enum Reason {
        DEADLINE,
        CLOSED,
        INTERRUPTED
    }

    static final long SWEEP_MILLIS = 50;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final ConcurrentLinkedQueue<AttemptGuard> ARMED = new ConcurrentLinkedQueue<>();
    private static final AtomicBoolean SWEEPING = new AtomicBoolean();

    private final AbortSignal signal = AbortSignal.create();
    private final long deadlineNanos;
    /** The thread of a blocking call, whose interrupt ends the attempt; null for an async attempt. */
    private final Thread caller;

    private static final AtomicReferenceFieldUpdater<AttemptGuard, Reason> REASON =
            AtomicReferenceFieldUpdater.newUpdater(AttemptGuard.class, Reason.class, "reason");

    /** Set once, by the first abort. A field updater rather than an AtomicReference: one object less per attempt. */
    private volatile Reason reason;

    private volatile TransportResponse reading;
    private volatile boolean done;

    private AttemptGuard(long deadlineNanos, Thread caller) {
        this.deadlineNanos = deadlineNanos;
        this.caller = caller;
    }

    /**
     * Starts guarding an attempt.
     *
     * @param caller the thread of a blocking call, or null for an async attempt
     */
    static AttemptGuard arm(long deadlineNanos, Thread caller) {
        AttemptGuard guard = new AttemptGuard(deadlineNanos, caller);
        ARMED.add(guard);
        if (!SWEEPING.get() && SWEEPING.compareAndSet(false, true)) {
            startSweeper();
        }
        return guard;
    }

    AbortSignal signal() {
        return signal;
    }

    /** Why the attempt was ended early, or null while it was not. */
    Reason reason() {
        return reason;
    }

    /**
     * Why the attempt must end, checked now rather than at the sweeper's next pass: a passed deadline ends it here
     * and then. The body stream asks before every read, so that a dripping body stops at the deadline even when the
     * transport's close cannot reach a read in progress, or the sweeper is late.
     */
    Reason ended() {
        Reason why = reason;
        if (why == null && !done && System.nanoTime() - deadlineNanos >= 0) {
            abort(Reason.DEADLINE);
            why = reason;
        }
        return why;
    }

    /** Guards the read of this response's body too: ending the attempt closes it. */
    void reading(TransportResponse response) {
        reading = response;
        if (reason != null) {
            closeAside(response);
        }
    }

    /** Ends the attempt for {@code why}, unless it already ended or was ended for another reason. */
    void abort(Reason why) {
        if (done || !REASON.compareAndSet(this, null, why)) {
            return;
        }
        // Aborting may block (HttpURLConnection's disconnect waits for its reader): never on the sweeper, which
        // guards every other attempt too, nor on a thread closing the client. Aborts are rare; a thread each is fine.
        Runnable end = () -> {
            signal.abort();
            TransportResponse response = reading;
            if (response != null) {
                response.close();
            }
        };
        if (!startDaemon(end)) {
            // No thread to be had (the JVM is out of them): end it here rather than not at all.
            end.run();
        }
    }

    /** Ends the attempt because its client was closed: what the client runs for each attempt in flight. */
    @Override
    public void run() {
        abort(Reason.CLOSED);
    }

    @Override
    public void close() {
        done = true;
    }

    private static void closeAside(TransportResponse response) {
        if (!startDaemon(response::close)) {
            response.close();
        }
    }

    private static boolean startDaemon(Runnable body) {
        try {
            Thread thread = new Thread(body, "i3d-session-abort");
            thread.setDaemon(true);
            thread.start();
            return true;
        } catch (OutOfMemoryError | RuntimeException e) {
            return false;
        }
    }

    private static void startSweeper() {
        Thread sweeper = new Thread(AttemptGuard::sweep, "i3d-session-deadline");
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
            for (Iterator<AttemptGuard> it = ARMED.iterator(); it.hasNext(); ) {
                AttemptGuard guard = it.next();
                try {
                    if (guard.done || guard.reason != null) {
                        it.remove();
                    } else if (now - guard.deadlineNanos >= 0) {
                        it.remove();
                        guard.abort(Reason.DEADLINE);
                    } else if (guard.caller != null && guard.caller.isInterrupted()) {
                        it.remove();
                        guard.abort(Reason.INTERRUPTED);
                    }
                } catch (RuntimeException | Error e) {
                    // This thread guards every attempt of the JVM: one failure must not leave the others unguarded.
                }
            }
            if (!ARMED.isEmpty()) {
                idleSince = now;
            } else if (now - idleSince > IDLE_NANOS) {
                SWEEPING.set(false);
                // An attempt armed between the check and the flag would have seen the flag still set: take it back.
                if (ARMED.isEmpty() || !SWEEPING.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }
}
