package io.github.i3dsession.testkit;

import io.github.i3dsession.api.Totp;
import io.github.i3dsession.model.SessionUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;

/**
 * An account known to a {@link FakeSessionServer}: a user name, a password, an optional second factor and
 * the {@link SessionUser} profile that {@code GET /v3/session/user} returns.
 *
 * <pre>{@code
 * FakeUser plain = FakeUser.withoutOtp("alice", "correct horse");
 * FakeUser fixed = FakeUser.withOtp("bob", "battery staple", "123456");
 * FakeUser totp = FakeUser.withTotp("carol", "s3cret", "12345678901234567890".getBytes(US_ASCII))
 *     .withProfile(myProfile);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} never shows the password, the OTP or the
 * TOTP secret.
 */
public final class FakeUser {
    private enum SecondFactor {
        NONE,
        FIXED,
        TOTP
    }

    private final String userName;
    private final String password;
    private final SecondFactor secondFactor;
    private final String fixedOtp;
    private final Totp totp;
    private final SessionUser profile;

    private FakeUser(
            String userName,
            String password,
            SecondFactor secondFactor,
            String fixedOtp,
            Totp totp,
            SessionUser profile) {
        this.userName = userName;
        this.password = password;
        this.secondFactor = secondFactor;
        this.fixedOtp = fixedOtp;
        this.totp = totp;
        this.profile = profile;
    }

    /**
     * Returns a user who logs in with a password alone, with {@link #defaultProfile(String)}.
     *
     * @param userName the user name, not null or blank
     * @param password the password, not null or empty
     * @return the user
     */
    public static FakeUser withoutOtp(String userName, String password) {
        return create(userName, password, SecondFactor.NONE, null, null);
    }

    /**
     * Returns a user with two-factor authentication who must send {@code fixedOtp} after the password, with
     * {@link #defaultProfile(String)}.
     *
     * @param userName the user name, not null or blank
     * @param password the password, not null or empty
     * @param fixedOtp the one code the server accepts: exactly six ASCII digits
     * @return the user
     * @throws IllegalArgumentException if {@code fixedOtp} is not six ASCII digits
     */
    public static FakeUser withOtp(String userName, String password, String fixedOtp) {
        Objects.requireNonNull(fixedOtp, "fixedOtp");
        if (!isSixDigits(fixedOtp)) {
            throw new IllegalArgumentException("fixedOtp must be exactly six ASCII digits");
        }
        return create(userName, password, SecondFactor.FIXED, fixedOtp, null);
    }

    /**
     * Returns a user with two-factor authentication by RFC 6238 TOTP (see {@link Totp}), with
     * {@link #defaultProfile(String)}. The server accepts the code of the current 30-second step by its clock,
     * and of the previous and the next step.
     *
     * @param userName the user name, not null or blank
     * @param password the password, not null or empty
     * @param totpSecret the raw shared secret, not null or empty; copied
     * @return the user
     */
    public static FakeUser withTotp(String userName, String password, byte[] totpSecret) {
        Objects.requireNonNull(totpSecret, "totpSecret");
        if (totpSecret.length == 0) {
            throw new IllegalArgumentException("totpSecret must not be empty");
        }
        return create(
                userName,
                password,
                SecondFactor.TOTP,
                null,
                Totp.builder().secret(totpSecret).build());
    }

    /**
     * Returns the deterministic profile that users get unless {@link #withProfile(SessionUser)} says otherwise:
     * a complete Dutch business account whose every property has a non-trivial value (the user id is derived
     * from the name, access level 10, company name and VAT number, a pending e-mail change, language Dutch).
     *
     * @param userName the user name to put in the profile, not null
     * @return the profile
     */
    public static SessionUser defaultProfile(String userName) {
        Objects.requireNonNull(userName, "userName");
        return DefaultProfile.of(userName);
    }

    /**
     * Returns a copy of this user that reports {@code profile} from {@code GET /v3/session/user}. The profile is
     * sent as it is, even if its {@code userName} differs from this user's.
     *
     * @param profile the profile, not null
     * @return the copy
     */
    public FakeUser withProfile(SessionUser profile) {
        Objects.requireNonNull(profile, "profile");
        return new FakeUser(userName, password, secondFactor, fixedOtp, totp, profile);
    }

    /**
     * Returns the name this user logs in with.
     *
     * @return the user name
     */
    public String userName() {
        return userName;
    }

    /**
     * Returns the profile that {@code GET /v3/session/user} reports for this user.
     *
     * @return the profile
     */
    public SessionUser profile() {
        return profile;
    }

    /**
     * Returns whether login needs a second step, {@code POST /v3/session/login/otp}.
     *
     * @return true for users made by {@code withOtp} or {@code withTotp}
     */
    public boolean requiresOtp() {
        return secondFactor != SecondFactor.NONE;
    }

    boolean passwordMatches(String candidate) {
        return MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code otp} completes this user's login at instant {@code now}. */
    boolean acceptsOtp(String otp, Instant now) {
        if (!isSixDigits(otp)) {
            return false;
        }
        switch (secondFactor) {
            case FIXED:
                return MessageDigest.isEqual(
                        fixedOtp.getBytes(StandardCharsets.US_ASCII), otp.getBytes(StandardCharsets.US_ASCII));
            case TOTP:
                for (int steps = -1; steps <= 1; steps++) {
                    Instant at = now.plus(totp.period().multipliedBy(steps));
                    if (at.getEpochSecond() >= 0 && totp.at(at).equals(otp)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return "FakeUser{userName=" + userName
                + ", password=****"
                + ", secondFactor=" + secondFactor
                + ", userId=" + profile.userId()
                + '}';
    }

    private static FakeUser create(
            String userName, String password, SecondFactor secondFactor, String fixedOtp, Totp totp) {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        return new FakeUser(userName, password, secondFactor, fixedOtp, totp, DefaultProfile.of(userName));
    }

    private static boolean isSixDigits(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
