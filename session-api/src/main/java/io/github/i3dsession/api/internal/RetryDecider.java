package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.TransportResponse;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a call tries again, and after how long: after a response (502, 503, 504, and 429 when the policy
 * says so, for idempotent calls only, honouring {@code Retry-After}), and after a failure that left no response
 * (any for idempotent calls; for a login, an OTP, a POST or a PATCH only a refused connection, since then nothing
 * reached the server). Backoff is exponential with full jitter, and no retry starts that could not finish its wait
 * before the call's deadline.
 */
final class RetryDecider {
    /** The value of a decision not to retry. */
    static final long STOP = -1;

    private final RetryPolicy policy;
    private final Clock clock;

    RetryDecider(RetryPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The delay in nanoseconds before retrying after this response, or {@link #STOP}. */
    long afterResponse(Call<?> call, TransportResponse response, int attempt, long deadlineNanos) {
        int status = response.statusCode();
        boolean retryable = call.idempotent
                && (status == 502
                        || status == 503
                        || status == 504
                        || (status == 429 && policy.retryOnTooManyRequests()));
        if (!retryable || attempt >= policy.maxAttempts()) {
            return STOP;
        }
        Duration retryAfter =
                HttpDates.retryAfter(response.firstHeader("Retry-After").orElse(null), clock.instant());
        if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
            return STOP;
        }
        return fitsDeadline(retryAfter != null ? retryAfter.toNanos() : backoff(attempt), deadlineNanos);
    }

    /** The delay in nanoseconds before retrying after no response arrived, or {@link #STOP}. */
    long afterFailure(Call<?> call, Throwable failure, int attempt, long deadlineNanos) {
        if (attempt >= policy.maxAttempts()
                || Thread.currentThread().isInterrupted()
                || failure instanceof ResponseTooLargeException) {
            return STOP;
        }
        if (!call.idempotent && !refusedBeforeSending(failure)) {
            return STOP;
        }
        return fitsDeadline(backoff(attempt), deadlineNanos);
    }

    private long backoff(int attempt) {
        long cap =
                Math.min(policy.maxBackoff().toNanos(), policy.initialBackoff().toNanos() << Math.min(attempt - 1, 20));
        return cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1);
    }

    private static long fitsDeadline(long delayNanos, long deadlineNanos) {
        return System.nanoTime() + delayNanos - deadlineNanos < 0 ? delayNanos : STOP;
    }

    static boolean refusedBeforeSending(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
