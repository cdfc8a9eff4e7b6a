package io.github.i3dsession.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move forward by hand, to reach the end of an OTP window or a lockout without waiting.
 * Thread-safe.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    private MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Creates a clock standing at the current system time, truncated to whole seconds.
     *
     * @return the clock
     */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /**
     * Creates a clock standing at {@code start}, for tests that need a known instant (an OTP window boundary, a
     * cookie expiry in a fixed year).
     *
     * @param start the instant the clock shows until it is moved, not null
     * @return the clock
     * @throws NullPointerException if {@code start} is null
     */
    public static MutableClock startingAt(Instant start) {
        Objects.requireNonNull(start, "start");
        return new MutableClock(start);
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far, not negative
     * @throws NullPointerException if {@code amount} is null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        now.updateAndGet(instant -> instant.plus(amount));
    }

    /**
     * Sets the clock to {@code instant}, which may lie before the current reading: tests use it to jump to either
     * side of a boundary.
     *
     * @param instant the new reading, not null
     * @throws NullPointerException if {@code instant} is null
     */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MutableClock is always UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
