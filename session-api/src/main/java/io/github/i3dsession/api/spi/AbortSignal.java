package io.github.i3dsession.api.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tells a {@link SessionTransport} that the attempt it is sending must end now: the call's deadline passed, the
 * {@code SessionClient} was closed, or the thread of a blocking call was interrupted. The core creates one signal
 * per attempt and carries it in {@link TransportRequest#abortSignal()}; a transport registers, for the time of its
 * exchange, how to abort it.
 *
 * <pre>{@code
 * HttpUriRequestBase httpRequest = ...;
 * try (AbortSignal.Registration abort = request.abortSignal().onAbort(httpRequest::cancel)) {
 *     return client.executeOpen(null, httpRequest, context);
 * }
 * }</pre>
 *
 * <p>An abort action runs once, on the thread that aborts (the core's deadline thread, or the thread closing the
 * client), never on the sending thread: it must not block, and must make the blocked {@code send} end promptly
 * with an {@link java.io.IOException} (close the socket, cancel the library's exchange, disconnect the
 * connection). An action registered after the abort runs at once, on the registering thread.
 *
 * <p>Thread-safe.
 */
public final class AbortSignal {
    private static final AbortSignal NEVER = new AbortSignal(false);

    private final boolean abortable;
    // A transport registers one action per attempt: it goes in a field, and a list is made only for a second one.
    private Runnable first;
    private List<Runnable> more;

    private boolean aborted;

    private AbortSignal(boolean abortable) {
        this.abortable = abortable;
    }

    /**
     * Returns the signal that never fires: the default of {@link TransportRequest.Builder}. Registering on it costs
     * nothing.
     *
     * @return the shared never-firing signal
     */
    public static AbortSignal never() {
        return NEVER;
    }

    /**
     * Creates a signal that fires when {@link #abort()} is called.
     *
     * @return a new signal, not yet aborted
     */
    public static AbortSignal create() {
        return new AbortSignal(true);
    }

    /**
     * Fires the signal: runs every registered action, once, on this thread. Later calls do nothing. An action that
     * throws does not keep the others from running.
     *
     * @throws UnsupportedOperationException if this is {@link #never()}
     */
    public void abort() {
        if (!abortable) {
            throw new UnsupportedOperationException("AbortSignal.never() cannot be aborted");
        }
        List<Runnable> toRun;
        synchronized (this) {
            if (aborted) {
                return;
            }
            aborted = true;
            toRun = new ArrayList<>(more == null ? 1 : more.size() + 1);
            if (first != null) {
                toRun.add(first);
            }
            if (more != null) {
                toRun.addAll(more);
            }
            first = null;
            more = null;
        }
        // Outside the lock: an action may take a moment and must not hold up registrations on other threads.
        for (Runnable action : toRun) {
            runQuietly(action);
        }
    }

    /**
     * Tells whether the signal has fired.
     *
     * @return {@code true} once {@link #abort()} was called
     */
    public synchronized boolean isAborted() {
        return aborted;
    }

    /**
     * Registers how to abort the exchange in progress. Runs {@code action} when the signal fires, or at once if it
     * already has; close the returned registration when the exchange no longer needs aborting (for example once
     * the connection may go back to a pool, where a late abort must not reach it).
     *
     * @param action what aborts the exchange; must not block
     * @return the registration, to close when the action no longer applies
     * @throws NullPointerException if {@code action} is null
     */
    public Registration onAbort(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (!abortable) {
            return Registration.NONE;
        }
        synchronized (this) {
            if (!aborted) {
                if (first == null && more == null) {
                    first = action;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(2);
                    }
                    more.add(action);
                }
                return () -> remove(action);
            }
        }
        runQuietly(action);
        return Registration.NONE;
    }

    private synchronized void remove(Runnable action) {
        if (first == action) {
            first = null;
        } else if (more != null) {
            more.remove(action);
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // Aborting is best effort: the core ends the call either way.
        }
    }

    @Override
    public String toString() {
        return !abortable ? "AbortSignal{never}" : "AbortSignal{" + (isAborted() ? "aborted" : "armed") + "}";
    }

    /** An action registered with {@link #onAbort(Runnable)}; closing it unregisters the action. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        /** The registration of an action that will never run (again). */
        Registration NONE = () -> {};

        /** Unregisters the action, if it has not run yet. Idempotent; never throws. */
        @Override
        void close();
    }
}
