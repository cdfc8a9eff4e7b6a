package io.github.i3dsession.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code i3d-session} command line.
 *
 * <pre>
 * java -jar session-cli.jar demo --transport httpclient5
 * java -jar session-cli.jar login --user alice        # stores the session under ~/.config/i3d-session
 * java -jar session-cli.jar whoami --output json
 * java -jar session-cli.jar logout
 * </pre>
 *
 * <p>Exit codes ({@link ExitCodes}): 0 success, 1 any other API error, 2 usage or bad input, 3 authentication
 * failed, 4 not logged in, 5 rate limited, 6 network failure, 130 Ctrl-C. Errors print one line
 * {@code error: <message>} on standard error; stack traces only with {@code --verbose}, which also logs every
 * HTTP call of the library at debug level.
 */
@Command(
        name = "i3d-session",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Client for the i3D.net v3 Session API: log in, 2FA one-time password, user, log out.")
public final class SessionCli implements Callable<Integer> {
    /** The version of this tool: the project version the build wrote into {@code version.properties}. */
    public static final String VERSION = readVersion("version.properties");

    /** What {@code --version} prints. */
    public static final String VERSION_TEXT = "i3d-session " + VERSION;
    /** The slf4j-simple property that sets the library's log level; read when the first logger is created. */
    static final String LIBRARY_LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.io.github.i3dsession";

    private final SecretReader console;
    private final SecretReader stdin;
    private final Function<String, String> environment;
    private final Clock clock;
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the application with its secrets read from the console (standard input without one), and the API
     * key, TOTP secret and session directory from the process environment.
     */
    public SessionCli() {
        PrintWriter prompts = new PrintWriter(System.err, true);
        StdinSecretReader stdin = new StdinSecretReader(System.in, Charset.defaultCharset(), prompts);
        this.console = new ConsoleSecretReader(System.console(), stdin);
        this.stdin = stdin;
        this.environment = System::getenv;
        this.clock = Clock.systemUTC();
    }

    /**
     * Creates the application with the given sources of secrets and environment, as tests need.
     *
     * @param console reads the password, and the one-time password unless {@code --otp-stdin}
     * @param stdin reads the password with {@code --password-stdin} and the one-time password with
     *     {@code --otp-stdin}
     * @param environment looks up an environment variable by name, returning null when it is unset; also decides
     *     the session directory ({@code I3D_SESSION_HOME}, {@code XDG_CONFIG_HOME}, {@code HOME})
     * @throws NullPointerException if an argument is null
     */
    public SessionCli(SecretReader console, SecretReader stdin, Function<String, String> environment) {
        this.console = Objects.requireNonNull(console, "console");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.clock = Clock.systemUTC();
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine(new SessionCli()).execute(args));
    }

    /**
     * Returns a picocli command line for {@code app} with its subcommands, exit code list and error handling in
     * place. Set its {@link CommandLine#setOut out} and {@link CommandLine#setErr err} writers to capture the
     * output.
     *
     * @param app the application
     * @return a new command line; call {@link CommandLine#execute(String...)} to run it
     * @throws NullPointerException if {@code app} is null
     */
    public static CommandLine commandLine(SessionCli app) {
        Objects.requireNonNull(app, "app");
        CommandLine commandLine = new CommandLine(app)
                .addSubcommand(new LoginCommand(app))
                .addSubcommand(new UserCommand(app))
                .addSubcommand(new StatusCommand(app))
                .addSubcommand(new LogoutCommand(app))
                .addSubcommand(new DemoCommand())
                .addSubcommand(new CompletionCommand());
        listExitCodes(commandLine);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(app::verbose));
        return commandLine;
    }

    private static void listExitCodes(CommandLine commandLine) {
        commandLine
                .getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.help());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            listExitCodes(sub);
        }
    }

    SecretReader console() {
        return console;
    }

    SecretReader stdin() {
        return stdin;
    }

    Function<String, String> environment() {
        return environment;
    }

    Clock clock() {
        return clock;
    }

    SessionFiles sessionFiles() {
        return SessionFiles.fromEnvironment(environment);
    }

    /**
     * Reads {@code version} from the properties resource {@code name} next to this class.
     *
     * @throws IllegalStateException if the resource is missing, unreadable or was not filtered by the build
     */
    static String readVersion(String name) {
        Properties properties = new Properties();
        try (InputStream in = SessionCli.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the session-cli jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        String version = properties.getProperty("version", "").trim();
        // An unfiltered file still says ${project.version}: the jar was built without Maven's resource filtering.
        if (version.isEmpty() || version.contains("${")) {
            throw new IllegalStateException(
                    "resource " + name + " holds no version (was it filtered by the build?): '" + version + "'");
        }
        return version;
    }

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log every HTTP call at debug level and show stack traces of errors.")
    void verbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            // slf4j-simple reads levels once, when a logger is first created: that is after parsing.
            System.setProperty(LIBRARY_LOG_LEVEL_PROPERTY, "debug");
        }
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
