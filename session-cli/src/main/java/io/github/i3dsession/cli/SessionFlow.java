package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import java.io.PrintWriter;

/**
 * The four steps of {@code demo} and {@code login --no-store}, printing one line per finished step: log in, give the one-time password if
 * the login asks for one, read the user, log out. A step's line is printed after its call returns, so prompts
 * never interrupt a line. Neither the password nor the one-time password is ever printed.
 */
final class SessionFlow {
    private static final int LABEL_WIDTH = 16;

    private final PrintWriter out;

    SessionFlow(PrintWriter out) {
        this.out = out;
    }

    /**
     * Runs the flow. When a step after login fails, the flow still tries to log out, so that no session is left
     * open on the server, and rethrows the step's exception.
     *
     * @param client the client, logged out
     * @param login the credentials
     * @param otp completes the login when it requires a one-time password
     * @return the user read
     * @throws SessionException as the client throws it
     */
    SessionUser run(SessionClient client, SessionLogin login, OtpStep otp) {
        SessionAuthReq auth = client.login(login);
        step(1, "login as " + UserPrinter.printable(login.userName()), loginOutcome(auth));
        SessionUser user;
        try {
            if (auth.requiresOtp()) {
                otp.complete(client, auth);
                step(2, "provideOtp", "accepted");
            } else {
                step(2, "provideOtp", "not required");
            }
            user = client.getUser();
        } catch (RuntimeException e) {
            logoutAfterFailure(client, e);
            throw e;
        }
        step(3, "getUser", UserPrinter.printable(user.userName()) + " (userId " + user.userId() + ")");
        new UserPrinter(out, "    ").print(user);
        client.logout();
        step(4, "logout", "done");
        return user;
    }

    private static String loginOutcome(SessionAuthReq auth) {
        if (!auth.requiresOtp()) {
            return "requiresOtp=false";
        }
        return auth.otpSessionExpiresAt()
                .map(deadline -> "requiresOtp=true, OTP window closes at " + deadline)
                .orElse("requiresOtp=true");
    }

    private void step(int number, String label, String outcome) {
        int dots = Math.max(3, LABEL_WIDTH - label.length());
        out.println(number + "/4 " + label + " " + ".".repeat(dots) + " " + outcome);
        out.flush();
    }

    private static void logoutAfterFailure(SessionClient client, RuntimeException failure) {
        try {
            client.logout();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
