package io.github.i3dsession.transport.feign;

import feign.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Request.Options} of one call, asynchronous or (for its cancellation only) blocking, which also carry
 * what Feign has no place for: the call's body limit and its cancellation. Feign hands the options argument of a call to the async client unchanged, so
 * {@link BufferingAsyncClient} and {@link OrderedHeadersClient} find them there, on whatever thread they run.
 *
 * <p>Cancelling runs every abort registered so far, and any registered later runs at once. Thread-safe.
 */
final class AsyncCallOptions extends Request.Options {
    private final long maxResponseBytes;
    private final List<Runnable> aborts = new ArrayList<>();
    private boolean cancelled;

    AsyncCallOptions(Request.Options options, long maxResponseBytes) {
        super(
                options.connectTimeoutMillis(),
                TimeUnit.MILLISECONDS,
                options.readTimeoutMillis(),
                TimeUnit.MILLISECONDS,
                options.isFollowRedirects());
        this.maxResponseBytes = maxResponseBytes;
    }

    long maxResponseBytes() {
        return maxResponseBytes;
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code abort} when the call is cancelled, or now if it already is; undo with {@link #remove}. */
    void onCancel(Runnable abort) {
        synchronized (this) {
            if (!cancelled) {
                aborts.add(abort);
                return;
            }
        }
        abort.run();
    }

    /** Forgets an abort that no longer applies, such as one for a connection already given back. */
    synchronized void remove(Runnable abort) {
        aborts.remove(abort);
    }

    /**
     * Cancels the call, running the aborts registered so far.
     *
     * @return whether an abort was registered (a client that can abort its exchange had one), so that the caller
     *     knows whether it has to find another way
     */
    boolean cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return true;
            }
            cancelled = true;
            toRun = new ArrayList<>(aborts);
            aborts.clear();
        }
        // Outside the lock: an abort may take a moment, and must not block onCancel on another thread.
        for (Runnable abort : toRun) {
            try {
                abort.run();
            } catch (RuntimeException ignored) {
                // Aborting is best effort; the call is cancelled either way.
            }
        }
        return !toRun.isEmpty();
    }

    @Override
    public String toString() {
        return "AsyncCallOptions{connectTimeoutMillis=" + connectTimeoutMillis() + ", readTimeoutMillis="
                + readTimeoutMillis() + ", maxResponseBytes=" + maxResponseBytes
                + (isCancelled() ? ", cancelled" : "") + "}";
    }
}
