package io.github.i3dsession.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The login request body: user name, password and the optional "remember me" flag (the spec's
 * {@code SessionLogin}). Immutable and thread-safe; validated when built, so an invalid login
 * cannot be sent.
 *
 * <p>The password is kept as a private {@code char[]} copy: the caller may wipe its own array as
 * soon as the value is built, {@link #password()} returns a fresh copy, and {@link #toString()}
 * never shows it.
 *
 * <pre>{@code
 * char[] secret = console.readPassword();
 * SessionLogin login = SessionLogin.builder()
 *     .userName("alice")
 *     .password(secret) // copied
 *     .rememberMe(true)
 *     .build();
 * Arrays.fill(secret, ' ');
 *
 * SessionLogin quick = SessionLogin.of("alice", "s3cret");
 * }</pre>
 */
public final class SessionLogin {

    private final String userName;
    private final char[] password;
    private final Integer rememberMe;

    private SessionLogin(Builder builder) {
        if (builder.userName == null || builder.userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
        if (builder.password == null || builder.password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        this.userName = builder.userName;
        this.password = builder.password.clone();
        this.rememberMe = builder.rememberMe;
    }

    /**
     * Creates a login without "remember me".
     *
     * @param userName the user name, not null or blank
     * @param password the password, not null or empty
     * @return the value
     * @throws IllegalArgumentException if {@code userName} is null or blank, or {@code password} is
     *     null or empty
     */
    public static SessionLogin of(String userName, String password) {
        return builder().userName(userName).password(password).build();
    }

    /**
     * Creates a login without "remember me". The password array is copied; the caller keeps
     * ownership of {@code password} and may wipe it afterwards.
     *
     * @param userName the user name, not null or blank
     * @param password the password, not null or empty
     * @return the value
     * @throws IllegalArgumentException if {@code userName} is null or blank, or {@code password} is
     *     null or empty
     */
    public static SessionLogin of(String userName, char[] password) {
        return builder().userName(userName).password(password).build();
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
     * Returns a builder initialised with this value's properties, including a copy of the password.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().userName(userName).password(password).rememberMe(rememberMe);
    }

    /**
     * The user name.
     *
     * @return not null and not blank
     */
    public String userName() {
        return userName;
    }

    /**
     * Returns a fresh copy of the password; the caller owns it and may wipe it after use.
     *
     * @return a new array, not null or empty
     */
    public char[] password() {
        return password.clone();
    }

    /**
     * The "remember me" flag.
     *
     * @return the typed view, or empty if not set; {@link Flag#UNKNOWN} for a code other than 0 or
     *     1 (see {@link #rememberMeCode()})
     */
    public Optional<Flag> rememberMe() {
        return ModelChecks.flag(rememberMe);
    }

    /**
     * The raw "remember me" code to send.
     *
     * @return the code, or empty if not set
     */
    public Optional<Integer> rememberMeCode() {
        return Optional.ofNullable(rememberMe);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SessionLogin)) {
            return false;
        }
        SessionLogin that = (SessionLogin) o;
        return userName.equals(that.userName)
                && Arrays.equals(password, that.password)
                && Objects.equals(rememberMe, that.rememberMe);
    }

    @Override
    public int hashCode() {
        // The password is left out on purpose: still consistent with equals, and no hash of a secret.
        return Objects.hash(userName, rememberMe);
    }

    @Override
    public String toString() {
        return "SessionLogin{userName=" + userName + ", password=****, rememberMe=" + rememberMe + "}";
    }

    /**
     * Builds {@link SessionLogin}. Mutable and not thread-safe. Values are checked by {@link
     * #build()}, not by the setters.
     */
    public static final class Builder {
        private String userName;
        private char[] password;
        private Integer rememberMe;

        private Builder() {}

        /**
         * Sets the user name (required; checked by {@link #build()}).
         *
         * @param userName the user name; null or blank makes {@link #build()} fail
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * Sets the password (required; checked by {@link #build()}).
         *
         * @param password the password; null or empty makes {@link #build()} fail
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password == null ? null : password.toCharArray();
            return this;
        }

        /**
         * Sets the password to a copy of {@code password} (required; checked by {@link #build()}). The
         * caller keeps ownership of its array and may wipe it afterwards.
         *
         * @param password the password; null or empty makes {@link #build()} fail
         * @return this builder
         */
        public Builder password(char[] password) {
            this.password = password == null ? null : password.clone();
            return this;
        }

        /**
         * Sets "remember me" to 1 (true) or 0 (false).
         *
         * @param rememberMe the flag
         * @return this builder
         */
        public Builder rememberMe(boolean rememberMe) {
            this.rememberMe = rememberMe ? Flag.YES.code() : Flag.NO.code();
            return this;
        }

        /**
         * Sets the raw "remember me" code (optional). Any code is accepted.
         *
         * @param rememberMe the raw code, or null to leave it out of the request
         * @return this builder
         */
        public Builder rememberMe(Integer rememberMe) {
            this.rememberMe = rememberMe;
            return this;
        }

        /**
         * Builds and validates the value. Exception messages never contain the password.
         *
         * @return the value
         * @throws IllegalArgumentException with message {@code "userName must not be blank"} if the
         *     user name is null or blank, or {@code "password must not be empty"} if the password is
         *     null or empty
         */
        public SessionLogin build() {
            return new SessionLogin(this);
        }
    }
}
