package io.github.i3dsession.api.internal;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the public builders of {@code api} and {@code api.spi}. Internal. */
public final class Checks {
    private Checks() {}

    /**
     * Checks that a duration is positive.
     *
     * @param value the duration
     * @param name the argument's name, for the message
     * @return the duration
     * @throws NullPointerException naming the argument if it is null
     * @throws IllegalArgumentException naming the argument if it is zero or negative
     */
    public static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
