package io.github.i3dsession.cli;

import io.github.i3dsession.api.OtpSource;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLoginOtp;
import java.util.Objects;

/** Completes a login that asks for a one-time password: from a person, a TOTP secret, or a fixed code. */
@FunctionalInterface
interface OtpStep {

    /**
     * Gives {@code client} the one-time password its pending login waits for.
     *
     * @param client the client whose login returned {@code challenge}
     * @param challenge the login's answer, with the OTP window's deadline
     * @throws io.github.i3dsession.api.SessionException as {@link SessionClient#provideOtp} throws it
     */
    void complete(SessionClient client, SessionAuthReq challenge);

    /** A step that sends the same code every time: the demo's. */
    static OtpStep fixed(String otp) {
        SessionLoginOtp code = SessionLoginOtp.of(otp);
        return (client, challenge) -> client.provideOtp(code);
    }

    /** A step that asks {@code source} for the code, such as a {@link io.github.i3dsession.api.Totp}. */
    static OtpStep from(OtpSource source) {
        Objects.requireNonNull(source, "source");
        return (client, challenge) -> client.provideOtp(SessionLoginOtp.of(source.otpFor(challenge)));
    }
}
