package io.github.i3dsession.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one attempt of a call ended, as an observer sees it: the status of the response (read before its body), or
 * the type of the failure when none arrived; how long it took; and whether the call retries, why and after how long.
 * Immutable; holds no secret.
 */
public final class AttemptResult {
    private final int attempt;
    private final int statusCode;
    private final Class<? extends Throwable> failure;
    private final Duration duration;
    private final Duration retryDelay;
    private final String retryReason;

    private AttemptResult(
            int attempt,
            int statusCode,
            Class<? extends Throwable> failure,
            Duration duration,
            Duration retryDelay,
            String retryReason) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
        }
        this.attempt = attempt;
        this.statusCode = statusCode;
        this.failure = failure;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.retryDelay = retryDelay;
        this.retryReason = retryReason;
    }

    /**
     * Describes an attempt that got a response.
     *
     * @param attempt the attempt number, 1 for the first
     * @param statusCode the HTTP status
     * @param duration from sending to the status
     * @param retryDelay the delay before the next attempt, or null when the call does not retry
     * @param retryReason why the call retries (such as {@code status 503}), or null when it does not
     * @return the result
     */
    public static AttemptResult ofStatus(
            int attempt, int statusCode, Duration duration, Duration retryDelay, String retryReason) {
        return new AttemptResult(attempt, statusCode, null, duration, retryDelay, retryReason);
    }

    /**
     * Describes an attempt that got no response.
     *
     * @param attempt the attempt number, 1 for the first
     * @param failure the type of the failure, such as {@code java.net.ConnectException}
     * @param duration from sending to the failure
     * @param retryDelay the delay before the next attempt, or null when the call does not retry
     * @param retryReason why the call retries, or null when it does not
     * @return the result
     */
    public static AttemptResult ofFailure(
            int attempt,
            Class<? extends Throwable> failure,
            Duration duration,
            Duration retryDelay,
            String retryReason) {
        return new AttemptResult(
                attempt, -1, Objects.requireNonNull(failure, "failure"), duration, retryDelay, retryReason);
    }

    /**
     * Returns the attempt number.
     *
     * @return 1 for the first attempt
     */
    public int attempt() {
        return attempt;
    }

    /**
     * Returns the response's status.
     *
     * @return the status, or empty when no response arrived
     */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Returns the type of the failure when no response arrived.
     *
     * @return the failure's class, or empty when a response arrived
     */
    public Optional<Class<? extends Throwable>> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Returns how long the attempt took, from sending to the status line or the failure.
     *
     * @return the duration
     */
    public Duration duration() {
        return duration;
    }

    /**
     * Returns the delay before the next attempt.
     *
     * @return the delay, or empty when this was the last attempt
     */
    public Optional<Duration> retryDelay() {
        return Optional.ofNullable(retryDelay);
    }

    /**
     * Returns why the call retries, such as {@code status 503} or {@code ConnectException}.
     *
     * @return the reason, or empty when this was the last attempt
     */
    public Optional<String> retryReason() {
        return Optional.ofNullable(retryReason);
    }

    @Override
    public String toString() {
        return "AttemptResult{attempt=" + attempt + ", "
                + (failure == null ? "status=" + statusCode : "failure=" + failure.getSimpleName())
                + ", duration=" + duration
                + (retryDelay == null ? "" : ", retry in " + retryDelay + " (" + retryReason + ")") + "}";
    }
}
