package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code i3d-session login}: logs in to a real server, asks for the one-time password if the account has 2FA,
 * prints the user and logs out. Secrets are never taken from the command line, where {@code ps} would show
 * them: the password and the one-time password are read without echo, the API key from an environment
 * variable.
 */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Logs in, asks for the one-time password if the account has 2FA, prints the user and logs out.",
            "The password and one-time password are read from the console without echo. Without a console "
                    + "(input or output redirected, as in scripts) each is read as one line from standard input."
        })
final class LoginCommand implements Callable<Integer> {
    private final SecretReader console;
    private final SecretReader stdin;
    private final Function<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--base-url",
            required = true,
            paramLabel = "URL",
            description = "The API's base URL, such as " + SessionClientBuilder.DEFAULT_BASE_URI + ".")
    private URI baseUrl;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The user name to log in as.")
    private String user;

    @Option(
            names = "--transport",
            defaultValue = "jdk",
            paramLabel = "NAME",
            description = "HTTP library to send with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TransportChoice transport;

    @Option(
            names = "--api-key-env",
            paramLabel = "VAR",
            description = "Name of the environment variable holding the API key (sent as PRIVATE-TOKEN).")
    private String apiKeyEnv;

    @Option(
            names = "--otp-stdin",
            description = "Read the one-time password as a line from standard input even when there is a console.")
    private boolean otpStdin;

    /**
     * Creates the command.
     *
     * @param console reads the password, and the one-time password unless {@code --otp-stdin}
     * @param stdin reads the one-time password with {@code --otp-stdin}
     * @param environment looks up environment variables by name, returning null for an unset one
     */
    LoginCommand(SecretReader console, SecretReader stdin, Function<String, String> environment) {
        this.console = console;
        this.stdin = stdin;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        String apiKey = apiKeyEnv == null ? null : apiKey(apiKeyEnv);
        // Build the client before prompting: a bad URL or API key fails without asking for the password.
        try (SessionTransport httpTransport = transport.create();
                SessionClient client = newClient(httpTransport, apiKey)) {
            SessionLogin login = readLogin();
            SecretReader otpReader = otpStdin ? stdin : console;
            new SessionFlow(spec.commandLine().getOut()).run(client, login, () -> readOtp(otpReader));
        }
        return 0;
    }

    private SessionClient newClient(SessionTransport httpTransport, String apiKey) {
        SessionClientBuilder builder = SessionClient.builder().baseUri(baseUrl).transport(httpTransport);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        return builder.build();
    }

    private String apiKey(String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + variable + " (--api-key-env) is not set");
        }
        return value;
    }

    private SessionLogin readLogin() {
        char[] password = console.readSecret("Password for " + user + ": ");
        try {
            return SessionLogin.of(user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private SessionLoginOtp readOtp(SecretReader reader) {
        char[] otp = reader.readSecret("One-time password: ");
        try {
            // Typed codes often carry stray blanks; the API takes a String, so a copy is unavoidable.
            return SessionLoginOtp.of(new String(otp).strip());
        } finally {
            Arrays.fill(otp, '\0');
        }
    }
}
