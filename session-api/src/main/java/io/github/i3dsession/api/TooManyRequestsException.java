package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;
import java.time.Duration;
import java.util.Optional;

/**
 * Thrown on a 429 answer: too many requests, typically after repeated failed logins. Not retried unless the
 * {@link RetryPolicy} opts in; {@link #retryAfter()} says how long the server asked to wait.
 */
public final class TooManyRequestsException extends SessionException {
    private static final long serialVersionUID = 1L;

    /** The wait from Retry-After, or null. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received (429)
     * @param apiError the parsed Error document, or null
     * @param retryAfter the wait the server asked for in {@code Retry-After}, or null when absent or unreadable
     */
    public TooManyRequestsException(String message, int statusCode, ApiError apiError, Duration retryAfter) {
        super(message, statusCode, apiError, null);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns how long the server asked the client to wait, from the {@code Retry-After} header (seconds or an
     * HTTP date).
     *
     * @return the wait, or empty when the header was absent or unreadable
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
