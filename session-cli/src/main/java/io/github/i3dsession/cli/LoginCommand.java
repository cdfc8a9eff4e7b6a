package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code i3d-session login}: logs in, asks for the one-time password if the account has 2FA, reads the user and
 * stores the session for the other commands; with {@code --no-store} it logs out at once instead. Secrets are
 * never taken from the command line, where {@code ps} would show them: the password and the one-time password
 * are read without echo (or from standard input), the API key and the TOTP secret from environment variables.
 */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Logs in, asks for the one-time password if the account has 2FA, and stores the session for the"
                    + " user, status and logout commands.",
            "The password and one-time password are read from the console without echo. Without a console "
                    + "(input or output redirected, as in scripts) each is read as one line from standard input."
        })
final class LoginCommand implements Callable<Integer> {
    private final SessionCli app;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Mixin
    private OutputOptions output;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The user name to log in as.")
    private String user;

    @Option(names = "--password-stdin", description = "Read the password as a line from standard input.")
    private boolean passwordStdin;

    @Option(
            names = "--otp-stdin",
            description = "Read the one-time password as a line from standard input (after the password with"
                    + " --password-stdin).")
    private boolean otpStdin;

    @Option(
            names = "--totp-secret-env",
            paramLabel = "VAR",
            description = "Name of the environment variable holding the account's base32 TOTP secret: the"
                    + " one-time password is computed, not asked for (automation accounts).")
    private String totpSecretEnv;

    @Option(
            names = "--no-store",
            description = "Do not store the session: print the steps, read the user and log out at once.")
    private boolean noStore;

    LoginCommand(SessionCli app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        // Everything that can be wrong without the server is checked before the first prompt.
        String apiKey = server.apiKey(app.environment());
        OtpStep otp = otpStep();
        SessionFiles files = app.sessionFiles();
        if (!noStore) {
            files.checkUsable(server.baseUrl(), user);
        }
        Clients.warnIfInsecure(server, err());
        try (SessionTransport httpTransport = server.transport().create();
                SessionClient client = Clients.create(server, httpTransport, apiKey, null)) {
            SessionLogin login = readLogin();
            if (noStore) {
                PrintWriter steps = output.json() ? err() : out();
                SessionUser user = new SessionFlow(steps).run(client, login, otp);
                if (output.json()) {
                    JsonOutput.print(out(), JsonOutput.login(server.baseUrl(), user, null));
                }
                return ExitCodes.OK;
            }
            return loginAndStore(
                    client, login, otp, files, replaced -> logoutReplaced(replaced, httpTransport, apiKey));
        }
    }

    private int loginAndStore(
            SessionClient client,
            SessionLogin login,
            OtpStep otp,
            SessionFiles files,
            Consumer<StoredSession> logoutReplaced) {
        SessionAuthReq auth = client.login(login);
        SessionUser user;
        Path file;
        Optional<StoredSession> replaced;
        try {
            if (auth.requiresOtp()) {
                otp.complete(client, auth);
            }
            user = client.getUser();
            replaced = previous(files, login.userName());
            file = files.write(StoredSession.of(login.userName(), server.baseUrl(), Clients.session(client)));
        } catch (RuntimeException e) {
            // Nothing stored means nobody can log this session out later: do it now.
            logoutAfterFailure(client, e);
            throw e;
        }
        replaced.ifPresent(logoutReplaced);
        if (output.json()) {
            JsonOutput.print(out(), JsonOutput.login(server.baseUrl(), user, file));
        } else {
            out().println("Logged in as " + UserPrinter.printable(user.userName()) + " (userId " + user.userId()
                    + ") at " + server.baseUrl() + ".");
            out().println("Session stored in " + file + ".");
            out().flush();
        }
        return ExitCodes.OK;
    }

    /** The session this login replaces, if one is stored and readable. */
    private Optional<StoredSession> previous(SessionFiles files, String userName) {
        Path file = files.fileFor(server.baseUrl(), userName);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(files.read(file, server.baseUrl()));
        } catch (CorruptSessionFileException e) {
            return Optional.empty();
        }
    }

    /** Best effort: a replaced session would otherwise stay open on the server until it expires. */
    private void logoutReplaced(StoredSession old, SessionTransport httpTransport, String apiKey) {
        try (SessionClient previous = Clients.create(server, httpTransport, apiKey, old.state())) {
            previous.logout();
        } catch (SessionException e) {
            err().println("warning: could not log out the session this login replaced (" + e.getMessage() + ")");
            err().flush();
        }
    }

    private OtpStep otpStep() {
        if (totpSecretEnv != null) {
            String secret = Environment.require(app.environment(), totpSecretEnv, "--totp-secret-env");
            try {
                return OtpStep.from(Totp.fromBase32(secret));
            } catch (IllegalArgumentException e) {
                // Totp's message never quotes the secret.
                throw CliException.badInput(
                        "environment variable " + totpSecretEnv + " (--totp-secret-env): " + e.getMessage());
            }
        }
        return new OtpPrompt(otpStdin ? app.stdin() : app.console(), err(), app.clock());
    }

    private SessionLogin readLogin() {
        SecretReader reader = passwordStdin ? app.stdin() : app.console();
        char[] password = reader.readSecret("Password for " + UserPrinter.printable(user) + ": ");
        try {
            return SessionLogin.of(user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void logoutAfterFailure(SessionClient client, RuntimeException failure) {
        try {
            client.logout();
        } catch (SessionException | IllegalStateException e) {
            failure.addSuppressed(e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
