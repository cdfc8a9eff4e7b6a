package io.github.i3dsession.api;

import io.github.i3dsession.model.SessionAuthReq;

/**
 * Gives the one-time password for a login that requires one: a {@code Totp} for an automation account, or a prompt.
 * Used by automatic login ({@link SessionClientBuilder#autoLogin(java.util.function.Supplier, OtpSource)}).
 */
@FunctionalInterface
public interface OtpSource {

    /**
     * Returns the one-time password for this login. Called once per login that requires an OTP; may block (a
     * prompt, or a TOTP waiting for its next code).
     *
     * @param challenge the login's answer, with the OTP window ({@link SessionAuthReq#otpSessionExpiresAt()})
     * @return the one-time password
     * @throws RuntimeException when no OTP can be given; the login fails with it
     */
    String otpFor(SessionAuthReq challenge);
}
