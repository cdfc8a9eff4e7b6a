package io.github.i3dsession.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SessionClient} retries. Immutable.
 *
 * <p>Only {@code getUser} and {@code logout} are retried after a request may have reached the server, on
 * connection failures and on 502, 503 and 504. {@code login} and {@code provideOtp} are retried only when the
 * connection was refused before anything was sent. Delays grow exponentially from {@link #initialBackoff()} up
 * to {@link #maxBackoff()} with full jitter; a {@code Retry-After} header replaces the computed delay, capped at
 * {@link #maxRetryAfter()}. No retry is scheduled whose wait would end after the call deadline
 * ({@link SessionClientBuilder#callTimeout}); a retry that starts gets whatever time remains. 429 is not retried unless
 * {@link Builder#retryOnTooManyRequests(boolean)} opts in (then only for {@code getUser} and {@code logout}).
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(200)).build();
 * }</pre>
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final boolean retryOnTooManyRequests;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.retryOnTooManyRequests = builder.retryOnTooManyRequests;
    }

    /**
     * Returns the default policy: 3 attempts, 100 ms initial backoff, 2 s maximum backoff, {@code Retry-After}
     * honoured up to 10 s, 429 not retried.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a policy that never retries.
     *
     * @return the policy with one attempt
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Starts a policy from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this policy's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .maxRetryAfter(maxRetryAfter)
                .retryOnTooManyRequests(retryOnTooManyRequests);
    }

    /**
     * Returns the most attempts per call, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the upper bound of the first retry's delay.
     *
     * @return the initial backoff
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * Returns the cap on any computed delay.
     *
     * @return the maximum backoff
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * Returns the cap on a delay the server asks for with {@code Retry-After}.
     *
     * @return the maximum honoured Retry-After
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Tells whether 429 answers to {@code getUser} and {@code logout} are retried.
     *
     * @return {@code true} when opted in
     */
    public boolean retryOnTooManyRequests() {
        return retryOnTooManyRequests;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy that = (RetryPolicy) other;
        return maxAttempts == that.maxAttempts
                && retryOnTooManyRequests == that.retryOnTooManyRequests
                && initialBackoff.equals(that.initialBackoff)
                && maxBackoff.equals(that.maxBackoff)
                && maxRetryAfter.equals(that.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, retryOnTooManyRequests);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter
                + ", retryOnTooManyRequests=" + retryOnTooManyRequests + "}";
    }

    /** Builds a {@link RetryPolicy}. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(2);
        private Duration maxRetryAfter = Duration.ofSeconds(10);
        private boolean retryOnTooManyRequests;

        private Builder() {}

        /**
         * Sets the most attempts per call, the first included; 1 disables retries.
         *
         * @param maxAttempts from 1 to 10
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is outside 1..10
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 10: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the upper bound of the first retry's delay; each further retry doubles it.
         *
         * @param initialBackoff zero or positive
         * @return this builder
         * @throws NullPointerException if {@code initialBackoff} is null
         * @throws IllegalArgumentException if it is negative
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = notNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the cap on any computed delay.
         *
         * @param maxBackoff zero or positive
         * @return this builder
         * @throws NullPointerException if {@code maxBackoff} is null
         * @throws IllegalArgumentException if it is negative
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = notNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Sets the cap on a delay asked for with {@code Retry-After}; a longer request ends the retries.
         *
         * @param maxRetryAfter zero or positive
         * @return this builder
         * @throws NullPointerException if {@code maxRetryAfter} is null
         * @throws IllegalArgumentException if it is negative
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = notNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * Opts in to retrying 429 answers to {@code getUser} and {@code logout} (never login or OTP).
         *
         * @param retryOnTooManyRequests {@code true} to retry
         * @return this builder
         */
        public Builder retryOnTooManyRequests(boolean retryOnTooManyRequests) {
            this.retryOnTooManyRequests = retryOnTooManyRequests;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the immutable policy
         * @throws IllegalArgumentException if {@code initialBackoff} exceeds {@code maxBackoff}
         */
        public RetryPolicy build() {
            if (initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException(
                        "initialBackoff (" + initialBackoff + ") must not exceed maxBackoff (" + maxBackoff + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration notNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return value;
        }
    }
}
