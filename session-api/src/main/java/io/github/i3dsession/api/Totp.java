package io.github.i3dsession.api;

import io.github.i3dsession.model.SessionAuthReq;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords, as authenticator apps compute them, and an {@link OtpSource} that logs
 * in with them.
 *
 * <pre>{@code
 * Totp totp = Totp.fromBase32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"); // HMAC-SHA1, 6 digits, 30 s
 * String code = totp.now();
 * Totp strict = Totp.builder()
 *     .secretBase32(secret)
 *     .algorithm(Totp.Algorithm.SHA256)
 *     .digits(8)
 *     .build();
 * }</pre>
 *
 * <p>Time steps are counted from the Unix epoch. The secret is copied on the way in and never appears in
 * {@link #toString()} or in any exception message. Instances are immutable and thread-safe.
 */
public final class Totp implements OtpSource {
    /** A code that is valid for less than this long is not worth sending if a fresh one can be awaited. */
    static final Duration MIN_REMAINING = Duration.ofSeconds(2);

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** The HMAC behind the codes. */
    public enum Algorithm {
        /** HMAC-SHA1, what nearly every authenticator app uses. */
        SHA1("HmacSHA1"),
        /** HMAC-SHA256. */
        SHA256("HmacSHA256"),
        /** HMAC-SHA512. */
        SHA512("HmacSHA512");

        private final String macName;

        Algorithm(String macName) {
            this.macName = macName;
        }
    }

    /** How {@link #otpFor} waits; a test replaces it so that no test sleeps. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Sleeper THREAD_SLEEP =
            duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));

    private final byte[] secret;
    private final Algorithm algorithm;
    private final int digits;
    private final Duration period;
    private final Clock clock;
    private final Sleeper sleeper;

    private Totp(byte[] secret, Algorithm algorithm, int digits, Duration period, Clock clock, Sleeper sleeper) {
        this.secret = secret;
        this.algorithm = algorithm;
        this.digits = digits;
        this.period = period;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Returns the usual authenticator-app generator for a base32 secret: HMAC-SHA1, 6 digits, 30-second steps,
     * the system clock.
     *
     * @param secret the base32 secret (RFC 4648, any case, spaces and {@code =} padding allowed), not null
     * @return the generator
     * @throws IllegalArgumentException if {@code secret} is empty or not base32; the message names the index of
     *     the first bad character
     */
    public static Totp fromBase32(String secret) {
        return builder().secretBase32(secret).build();
    }

    /**
     * Returns a builder with the defaults of {@link #fromBase32(String)} and no secret.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the HMAC algorithm.
     *
     * @return the algorithm
     */
    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * Returns the number of digits of every code.
     *
     * @return 6, 7 or 8
     */
    public int digits() {
        return digits;
    }

    /**
     * Returns the length of one time step.
     *
     * @return a positive whole number of seconds
     */
    public Duration period() {
        return period;
    }

    /**
     * Returns the code for the time step that contains {@code instant}.
     *
     * @param instant the instant, not null and not before the Unix epoch
     * @return {@link #digits()} ASCII digits, zero-padded
     * @throws IllegalArgumentException if {@code instant} is before the Unix epoch
     */
    public String at(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.getEpochSecond() < 0) {
            throw new IllegalArgumentException("instant must not be before the Unix epoch: " + instant);
        }
        return code(step(instant));
    }

    /**
     * Returns the code for the current time step by this generator's clock.
     *
     * @return the code
     */
    public String now() {
        return at(clock.instant());
    }

    /**
     * Returns the current code, or, when it expires in under two seconds and the next time step still begins
     * inside the challenge's OTP window, waits for the next step and returns its code. Without an OTP deadline in
     * the challenge, waiting is always allowed.
     *
     * @param challenge the login's answer, not null
     * @return the code
     * @throws IllegalStateException if the thread is interrupted while waiting; its interrupt flag is set again
     */
    @Override
    public String otpFor(SessionAuthReq challenge) {
        Objects.requireNonNull(challenge, "challenge");
        Instant now = clock.instant();
        Instant next = Instant.ofEpochSecond((step(now) + 1) * period.getSeconds());
        Duration remaining = Duration.between(now, next);
        Optional<Instant> deadline = challenge.otpSessionExpiresAt();
        boolean nextFits = deadline.isEmpty() || next.isBefore(deadline.get());
        if (remaining.compareTo(MIN_REMAINING) >= 0 || !nextFits) {
            return at(now);
        }
        try {
            sleeper.sleep(remaining);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next TOTP code", e);
        }
        // A sleep may end a little early; never return the code that was about to expire.
        Instant after = clock.instant();
        return at(after.isBefore(next) ? next : after);
    }

    /** Returns a copy that waits with {@code sleeper}, for tests. */
    Totp withSleeper(Sleeper sleeper) {
        return new Totp(secret, algorithm, digits, period, clock, sleeper);
    }

    private long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), period.getSeconds());
    }

    /** RFC 4226 HOTP for counter {@code step}. */
    private String code(long step) {
        byte[] message = new byte[8];
        long value = step;
        for (int i = 7; i >= 0; i--) {
            message[i] = (byte) value;
            value >>>= 8;
        }
        byte[] hash = hmac(message);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm.macName);
            mac.init(new SecretKeySpec(secret, algorithm.macName));
            return mac.doFinal(message);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the TOTP secret is not a usable " + algorithm.macName + " key");
        } catch (GeneralSecurityException e) {
            // Every Java platform must support these three MACs, so this is a broken runtime, not bad input.
            throw new IllegalStateException(algorithm.macName + " is not available", e);
        }
    }

    /** Shows the algorithm, digits and period; never the secret. */
    @Override
    public String toString() {
        return "Totp{algorithm=" + algorithm + ", digits=" + digits + ", period=" + period + '}';
    }

    /** Configures a {@link Totp}. Mutable and not thread-safe; holds a copy of the secret until built. */
    public static final class Builder {
        private byte[] secret;
        private Algorithm algorithm = Algorithm.SHA1;
        private int digits = 6;
        private Duration period = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets the secret from its base32 text, as authenticator setup pages show it (required, or
         * {@link #secret(byte[])}).
         *
         * @param secret RFC 4648 base32, any case, spaces and {@code =} padding allowed; not null or empty
         * @return this builder
         * @throws IllegalArgumentException if {@code secret} is empty or not base32; the message names the index
         *     of the first bad character, never the character
         */
        public Builder secretBase32(String secret) {
            Objects.requireNonNull(secret, "secret");
            return secret(Base32.decode(secret, "secret"));
        }

        /**
         * Sets the raw secret bytes (required, or {@link #secretBase32(String)}); they are copied.
         *
         * @param secret the key bytes, not null or empty
         * @return this builder
         * @throws IllegalArgumentException if {@code secret} is empty
         */
        public Builder secret(byte[] secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.length == 0) {
                throw new IllegalArgumentException("secret must not be empty");
            }
            this.secret = secret.clone();
            return this;
        }

        /**
         * Sets the HMAC algorithm (default {@link Algorithm#SHA1}).
         *
         * @param algorithm the algorithm, not null
         * @return this builder
         */
        public Builder algorithm(Algorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * Sets the number of digits per code (default 6).
         *
         * @param digits 6, 7 or 8
         * @return this builder
         * @throws IllegalArgumentException if {@code digits} is outside 6 to 8
         */
        public Builder digits(int digits) {
            if (digits < 6 || digits > 8) {
                throw new IllegalArgumentException("digits must be between 6 and 8: " + digits);
            }
            this.digits = digits;
            return this;
        }

        /**
         * Sets the length of a time step (default 30 seconds).
         *
         * @param period a positive whole number of seconds, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code period} is not positive or not whole seconds
         */
        public Builder period(Duration period) {
            Objects.requireNonNull(period, "period");
            if (period.getSeconds() < 1 || period.getNano() != 0) {
                throw new IllegalArgumentException("period must be a positive whole number of seconds: " + period);
            }
            this.period = period;
            return this;
        }

        /**
         * Sets the clock for {@link Totp#now()} and {@link Totp#otpFor} (default {@link Clock#systemUTC()}).
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator
         * @throws IllegalStateException if no secret was set
         */
        public Totp build() {
            if (secret == null) {
                throw new IllegalStateException("secret is required: call secretBase32 or secret");
            }
            return new Totp(secret.clone(), algorithm, digits, period, clock, THREAD_SLEEP);
        }
    }
}
