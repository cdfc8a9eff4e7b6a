package io.github.i3dsession.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a login: whether a 2FA one-time password is still required, and until when (the
 * spec's {@code SessionAuthReq}). Immutable and thread-safe.
 */
public final class SessionAuthReq {

    private final boolean requiresOtp;
    private final long expiresAt;
    private final long otpSessionExpiresAt;

    private SessionAuthReq(Builder builder) {
        String type = "SessionAuthReq";
        this.requiresOtp = ModelChecks.required(builder.requiresOtp, type, "requiresOtp");
        this.expiresAt = ModelChecks.required(builder.expiresAt, type, "expiresAt");
        this.otpSessionExpiresAt = ModelChecks.required(builder.otpSessionExpiresAt, type, "otpSessionExpiresAt");
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
        return new Builder().requiresOtp(requiresOtp).expiresAt(expiresAt).otpSessionExpiresAt(otpSessionExpiresAt);
    }

    /**
     * Whether a 2FA one-time password is required to complete the login.
     *
     * @return true if an OTP must be sent before the login is complete
     */
    public boolean requiresOtp() {
        return requiresOtp;
    }

    /**
     * When the window for 2FA authentication closes.
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

    /**
     * The moment before which the one-time password must be supplied.
     *
     * @return the instant, or empty if the API sent 0 ("not applicable")
     */
    public Optional<Instant> otpSessionExpiresAt() {
        return ModelChecks.instant(otpSessionExpiresAt);
    }

    /**
     * The raw {@code otpSessionExpiresAt} Unix timestamp, as sent by the API.
     *
     * @return seconds since the epoch; 0 means "not applicable"
     */
    public long otpSessionExpiresAtEpochSecond() {
        return otpSessionExpiresAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SessionAuthReq)) {
            return false;
        }
        SessionAuthReq that = (SessionAuthReq) o;
        return requiresOtp == that.requiresOtp
                && expiresAt == that.expiresAt
                && otpSessionExpiresAt == that.otpSessionExpiresAt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(requiresOtp, expiresAt, otpSessionExpiresAt);
    }

    @Override
    public String toString() {
        return "SessionAuthReq{requiresOtp=" + requiresOtp + ", expiresAt=" + expiresAt + ", otpSessionExpiresAt="
                + otpSessionExpiresAt + "}";
    }

    /** Builds {@link SessionAuthReq}. Mutable and not thread-safe. */
    public static final class Builder {
        private Boolean requiresOtp;
        private Long expiresAt;
        private Long otpSessionExpiresAt;

        private Builder() {}

        /**
         * Sets whether a one-time password is required (required).
         *
         * @param requiresOtp the flag
         * @return this builder
         */
        public Builder requiresOtp(boolean requiresOtp) {
            this.requiresOtp = requiresOtp;
            return this;
        }

        /**
         * Sets the raw Unix timestamp at which the 2FA window closes (required).
         *
         * @param expiresAt seconds since the epoch; 0 means "not applicable"
         * @return this builder
         */
        public Builder expiresAt(long expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the raw Unix timestamp before which the OTP must be supplied (required).
         *
         * @param otpSessionExpiresAt seconds since the epoch; 0 means "not applicable"
         * @return this builder
         */
        public Builder otpSessionExpiresAt(long otpSessionExpiresAt) {
            this.otpSessionExpiresAt = otpSessionExpiresAt;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public SessionAuthReq build() {
            return new SessionAuthReq(this);
        }
    }
}
