package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.SessionException;

/**
 * The decision made after one attempt, by {@link CallPath} alone: the call completes with a value, fails with an
 * exception, or retries after a delay. The sync client acts on it by returning, throwing or sleeping; the async
 * client by completing its future or scheduling the next attempt.
 */
final class AttemptOutcome<T> {
    private final T value;
    private final SessionException failure;
    private final long retryDelayNanos;

    private AttemptOutcome(T value, SessionException failure, long retryDelayNanos) {
        this.value = value;
        this.failure = failure;
        this.retryDelayNanos = retryDelayNanos;
    }

    static <T> AttemptOutcome<T> complete(T value) {
        return new AttemptOutcome<>(value, null, -1);
    }

    static <T> AttemptOutcome<T> fail(SessionException failure) {
        return new AttemptOutcome<>(null, failure, -1);
    }

    static <T> AttemptOutcome<T> retryAfter(long delayNanos) {
        return new AttemptOutcome<>(null, null, delayNanos);
    }

    boolean isRetry() {
        return retryDelayNanos >= 0;
    }

    long retryDelayNanos() {
        return retryDelayNanos;
    }

    /** Null for a completed call or a retry. */
    SessionException failure() {
        return failure;
    }

    T value() {
        return value;
    }
}
