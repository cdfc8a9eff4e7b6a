package io.github.i3dsession.testkit;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as the fake server accepts them for
 * {@link FakeUser#withTotp(String, String, byte[])} users: HMAC-SHA1, 30-second steps counted from the Unix
 * epoch, six digits.
 *
 * <pre>{@code
 * byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
 * String otp = Totp.generate(secret, Instant.ofEpochSecond(59)); // "287082"
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Totp {
    /** Length of one time step in seconds. */
    static final long STEP_SECONDS = 30;

    private static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;

    private Totp() {}

    /**
     * Returns the six-digit code for {@code secret} at instant {@code at}.
     *
     * @param secret the shared secret (raw key bytes, not Base32), not null and not empty
     * @param at the instant, not null and not before the Unix epoch
     * @return six ASCII digits, zero-padded
     * @throws IllegalArgumentException if {@code secret} is empty or {@code at} is before the epoch
     */
    public static String generate(byte[] secret, Instant at) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(at, "at");
        if (at.getEpochSecond() < 0) {
            throw new IllegalArgumentException("at must not be before the Unix epoch: " + at);
        }
        return generate(secret, step(at));
    }

    /** The time step that contains {@code at}. */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for time step {@code counter} (RFC 4226 HOTP with HMAC-SHA1). */
    static String generate(byte[] secret, long counter) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        byte[] message = new byte[8];
        long value = counter;
        for (int i = 7; i >= 0; i--) {
            message[i] = (byte) value;
            value >>>= 8;
        }
        byte[] hash = hmacSha1(secret, message);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % MODULUS);
        return "0".repeat(DIGITS - code.length()) + code;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("secret is not a usable HmacSHA1 key", e);
        } catch (GeneralSecurityException e) {
            // Every Java platform must support HmacSHA1, so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }
}
