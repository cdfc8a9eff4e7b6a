package io.github.i3dsession.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An email address that is not confirmed yet, and when its confirmation link expires ({@link
 * AccountDetails#unconfirmedEmail()}). Immutable and thread-safe.
 */
public final class UnconfirmedEmail {

    private final String email;
    private final long expiresAt;

    private UnconfirmedEmail(Builder builder) {
        this.email = ModelChecks.required(builder.email, "UnconfirmedEmail", "email");
        this.expiresAt = ModelChecks.required(builder.expiresAt, "UnconfirmedEmail", "expiresAt");
    }

    /**
     * Returns a new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with this value's properties.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().email(email).expiresAt(expiresAt);
    }

    /**
     * The email address which is not confirmed yet.
     *
     * @return the address, not null
     */
    public String email() {
        return email;
    }

    /**
     * When the confirmation link expires.
     *
     * @return the instant, or empty if the API sent 0 ("not applicable")
     */
    public Optional<Instant> expiresAt() {
        return ModelChecks.instant(expiresAt);
    }

    /**
     * The raw {@code expiresAt} Unix timestamp, as sent by the API.
     *
     * @return seconds since the epoch; 0 means "not applicable"
     */
    public long expiresAtEpochSecond() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UnconfirmedEmail)) {
            return false;
        }
        UnconfirmedEmail that = (UnconfirmedEmail) o;
        return email.equals(that.email) && expiresAt == that.expiresAt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, expiresAt);
    }

    @Override
    public String toString() {
        return "UnconfirmedEmail{email=" + email + ", expiresAt=" + expiresAt + "}";
    }

    /** Builds {@link UnconfirmedEmail}. Mutable and not thread-safe. */
    public static final class Builder {
        private String email;
        private Long expiresAt;

        private Builder() {}

        /**
         * Sets the unconfirmed email address (required).
         *
         * @param email the address, not null
         * @return this builder
         * @throws NullPointerException if {@code email} is null
         */
        public Builder email(String email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /**
         * Sets the raw expiry Unix timestamp of the confirmation link (required).
         *
         * @param expiresAt seconds since the epoch; 0 means "not applicable"
         * @return this builder
         */
        public Builder expiresAt(long expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public UnconfirmedEmail build() {
            return new UnconfirmedEmail(this);
        }
    }
}
