package io.github.i3dsession.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Checks and conversions shared by the values of this package. Not part of the API. */
final class ModelChecks {

    private ModelChecks() {}

    /** Returns {@code value}, or throws the contract's exception for an unset required property. */
    static <T> T required(T value, String type, String name) {
        if (value == null) {
            throw new IllegalStateException(type + ": required property '" + name + "' is not set");
        }
        return value;
    }

    /**
     * Returns {@code value} for a builder's enum setter: null is rejected with the property's name,
     * and {@code UNKNOWN} because it has no code that could be sent back.
     */
    static <E extends Enum<E>> E known(E value, E unknown, String name) {
        if (Objects.requireNonNull(value, name) == unknown) {
            throw new IllegalArgumentException(name + " must not be UNKNOWN");
        }
        return value;
    }

    /** A Unix timestamp where 0 means "not applicable". */
    static Optional<Instant> instant(long epochSecond) {
        return epochSecond == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(epochSecond));
    }

    /** The flag view of a nullable coded int. */
    static Optional<Flag> flag(Integer code) {
        return code == null ? Optional.empty() : Optional.of(Flag.fromCode(code));
    }

    /** The raw code of a nullable flag given to a builder; null means absent. */
    static Integer flagCode(Flag flag, String name) {
        return flag == null ? null : known(flag, Flag.UNKNOWN, name).code();
    }
}
