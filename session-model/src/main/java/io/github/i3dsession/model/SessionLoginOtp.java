package io.github.i3dsession.model;

/**
 * The second login step's request body: a six-digit one-time password (the spec's {@code
 * SessionLoginOtp}). Immutable and thread-safe; validated when built, so an invalid OTP cannot be
 * sent. {@link #toString()} never shows the OTP.
 *
 * <pre>{@code
 * SessionLoginOtp otp = SessionLoginOtp.of("123456");
 * }</pre>
 */
public final class SessionLoginOtp {

    private final String otp;

    private SessionLoginOtp(Builder builder) {
        if (!isSixAsciiDigits(builder.otp)) {
            // The bad value is never echoed: it may be a real, still valid OTP with a typo.
            throw new IllegalArgumentException("otp must be exactly six ASCII digits");
        }
        this.otp = builder.otp;
    }

    private static boolean isSixAsciiDigits(String otp) {
        if (otp == null || otp.length() != 6) {
            return false;
        }
        for (int i = 0; i < otp.length(); i++) {
            char c = otp.charAt(i);
            // Not Character.isDigit: that also accepts non-ASCII digits such as Arabic-Indic ones.
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates a one-time password value.
     *
     * @param otp exactly six ASCII digits {@code '0'..'9'}
     * @return the value
     * @throws IllegalArgumentException with message {@code "otp must be exactly six ASCII digits"} if
     *     {@code otp} is null or not six ASCII digits
     */
    public static SessionLoginOtp of(String otp) {
        return builder().otp(otp).build();
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
        return new Builder().otp(otp);
    }

    /**
     * The one-time password.
     *
     * @return six ASCII digits, not null
     */
    public String otp() {
        return otp;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SessionLoginOtp && otp.equals(((SessionLoginOtp) o).otp));
    }

    @Override
    public int hashCode() {
        return otp.hashCode();
    }

    @Override
    public String toString() {
        return "SessionLoginOtp{otp=******}";
    }

    /**
     * Builds {@link SessionLoginOtp}. Mutable and not thread-safe. The value is checked by {@link
     * #build()}, not by the setter.
     */
    public static final class Builder {
        private String otp;

        private Builder() {}

        /**
         * Sets the one-time password (required; checked by {@link #build()}).
         *
         * @param otp the OTP; anything but six ASCII digits makes {@link #build()} fail
         * @return this builder
         */
        public Builder otp(String otp) {
            this.otp = otp;
            return this;
        }

        /**
         * Builds and validates the value. The exception message never contains the OTP.
         *
         * @return the value
         * @throws IllegalArgumentException with message {@code "otp must be exactly six ASCII digits"}
         *     if the OTP is null or not six ASCII digits
         */
        public SessionLoginOtp build() {
            return new SessionLoginOtp(this);
        }
    }
}
