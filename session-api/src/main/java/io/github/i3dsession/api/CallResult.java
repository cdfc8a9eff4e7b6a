package io.github.i3dsession.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a call ended, as an observer sees it: the last status, the exception's type when it failed, the number of
 * attempts, and how long it took. Immutable; holds no secret.
 */
public final class CallResult {
    private final int statusCode;
    private final Class<? extends Throwable> exception;
    private final int attempts;
    private final Duration duration;

    private CallResult(int statusCode, Class<? extends Throwable> exception, int attempts, Duration duration) {
        this.statusCode = statusCode;
        this.exception = exception;
        this.attempts = attempts;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * Describes a finished call.
     *
     * @param statusCode the status of the last response, or -1 when none arrived
     * @param exception the type of the exception the call threw, or null when it succeeded
     * @param attempts how many attempts were sent (0 when the call failed before the first)
     * @param duration from the call's start to its end
     * @return the result
     * @throws NullPointerException if {@code duration} is null
     */
    public static CallResult of(int statusCode, Class<? extends Throwable> exception, int attempts, Duration duration) {
        return new CallResult(statusCode, exception, attempts, duration);
    }

    /**
     * Returns the status of the last response.
     *
     * @return the status, or empty when no response arrived
     */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Returns the type of the exception the call threw.
     *
     * @return the exception's class, or empty when the call succeeded
     */
    public Optional<Class<? extends Throwable>> exception() {
        return Optional.ofNullable(exception);
    }

    /**
     * Tells whether the call succeeded.
     *
     * @return true when it returned normally
     */
    public boolean succeeded() {
        return exception == null;
    }

    /**
     * Returns how many attempts were sent.
     *
     * @return the attempt count
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Returns how long the call took.
     *
     * @return the duration
     */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "CallResult{" + (exception == null ? "success" : exception.getSimpleName())
                + (statusCode < 0 ? "" : ", status=" + statusCode) + ", attempts=" + attempts + ", duration="
                + duration + "}";
    }
}
