package io.github.i3dsession.cli;

import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLoginOtp;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks a person for the one-time password and, when the server rejects it, asks again: up to
 * {@value #MAX_ATTEMPTS} times while the OTP window is open, showing the seconds left on standard error. A reader
 * that is not interactive (standard input of a script) gets one attempt: a script cannot correct its code.
 */
final class OtpPrompt implements OtpStep {
    static final int MAX_ATTEMPTS = 3;
    static final String PROMPT = "One-time password: ";

    private final SecretReader reader;
    private final PrintWriter err;
    private final Clock clock;

    OtpPrompt(SecretReader reader, PrintWriter err, Clock clock) {
        this.reader = reader;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void complete(SessionClient client, SessionAuthReq challenge) {
        int attempts = reader.interactive() ? MAX_ATTEMPTS : 1;
        Optional<Instant> deadline = challenge.otpSessionExpiresAt();
        for (int attempt = 1; ; attempt++) {
            deadline.ifPresent(d -> {
                err.println("The one-time password window closes in " + secondsLeft(d) + " s.");
                err.flush();
            });
            SessionLoginOtp otp = read();
            try {
                client.provideOtp(otp);
                return;
            } catch (InvalidOtpException e) {
                boolean windowClosed = deadline.map(d -> secondsLeft(d) <= 0).orElse(false);
                if (attempt >= attempts || windowClosed) {
                    throw e;
                }
                int left = attempts - attempt;
                err.println("That one-time password was not accepted; try again (" + left + " attempt"
                        + (left == 1 ? "" : "s") + " left).");
                err.flush();
            }
        }
    }

    private long secondsLeft(Instant deadline) {
        return Math.max(0, deadline.getEpochSecond() - clock.instant().getEpochSecond());
    }

    private SessionLoginOtp read() {
        char[] otp = reader.readSecret(PROMPT);
        try {
            // Typed codes often carry stray blanks; the API takes a String, so a copy is unavoidable.
            return SessionLoginOtp.of(new String(otp).strip());
        } finally {
            Arrays.fill(otp, '\0');
        }
    }
}
