package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.spi.TransportResponse;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds a blocking body read by the call deadline: transports time out the wait for headers, but a body that
 * drips forever would otherwise hold the caller. When the deadline passes, the response is closed, which makes
 * the blocked read fail, and {@link #expired()} tells the caller why.
 */
final class BodyDeadline implements AutoCloseable {
    private final ScheduledFuture<?> task;
    private final AtomicBoolean expired = new AtomicBoolean();

    private BodyDeadline(TransportResponse response, long delayNanos) {
        this.task = Timers.schedule(() -> {
            expired.set(true);
            response.close();
        }, delayNanos);
    }

    static BodyDeadline arm(TransportResponse response, long deadlineNanos) {
        return new BodyDeadline(response, deadlineNanos - System.nanoTime());
    }

    boolean expired() {
        return expired.get();
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
