package io.github.i3dsession.api;

import io.github.i3dsession.model.SessionAuthReq;

/**
 * Supplies the one-time password that completes a two-factor login.
 *
 * <p>The client calls {@link #otpFor(SessionAuthReq)} once per login that answers {@code requiresOtp}, on the
 * thread that runs the login, after the password step and before {@code POST /v3/session/login/otp}. The call may
 * block (to wait for a fresh code, or to ask a person), but the OTP window of the challenge keeps running while it
 * does. {@link Totp} is the implementation for RFC 6238 authenticator secrets.
 *
 * <pre>{@code
 * OtpSource fromAuthenticator = Totp.fromBase32(System.getenv("I3D_TOTP_SECRET"));
 * OtpSource fromPrompt = challenge -> console.readLine("Code: ");
 * }</pre>
 *
 * <p>Implementations used by a shared client must be thread-safe. The code they return is a secret: they must not
 * log it.
 */
@FunctionalInterface
public interface OtpSource {

    /**
     * Returns the one-time password for the login that {@code challenge} describes.
     *
     * @param challenge the server's answer to the password step; {@link SessionAuthReq#otpSessionExpiresAt()} says
     *     until when the code is accepted
     * @return the code, not null
     * @throws RuntimeException any unchecked exception if no code can be given; the login then fails with it and
     *     the code is not sent
     */
    String otpFor(SessionAuthReq challenge);
}
