package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionTransport;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code i3d-session status}: says whether a session is stored for the base URL and whether the server still
 * accepts it. Exits 0 when it does, 4 when nothing is stored or the server refuses the session.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Says whether a session is stored for the base URL and whether the server still accepts it.",
            "Exits 0 when logged in, 4 when not."
        })
final class StatusCommand implements Callable<Integer> {
    private final SessionCli app;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Mixin
    private OutputOptions output;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "Whose stored session to check; may be left out when only one is stored for the base URL.")
    private String user;

    StatusCommand(SessionCli app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String apiKey = server.apiKey(app.environment());
        URI baseUrl = server.baseUrl();
        SessionFiles files = app.sessionFiles();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> found = files.find(baseUrl, user);
        if (found.isEmpty()) {
            if (output.json()) {
                JsonOutput.print(out, JsonOutput.status(baseUrl, user, null, null));
            } else {
                out.println("Not logged in at " + baseUrl + ": no stored session"
                        + (user == null ? "" : " for " + UserPrinter.printable(user)) + ".");
                out.flush();
            }
            return ExitCodes.NOT_LOGGED_IN;
        }
        Path file = found.get();
        StoredSession stored = files.read(file, baseUrl);
        boolean accepted;
        Clients.warnIfInsecure(server, spec.commandLine().getErr());
        try (SessionTransport httpTransport = server.transport().create();
                SessionClient client = Clients.create(server, httpTransport, apiKey, stored.state())) {
            StoredClient.user(client, stored, files);
            accepted = true;
        } catch (CliException e) {
            if (e.exitCode() != ExitCodes.NOT_LOGGED_IN) {
                throw e;
            }
            accepted = false;
        }
        if (output.json()) {
            JsonOutput.print(out, JsonOutput.status(baseUrl, stored.userName(), file, accepted));
        } else if (accepted) {
            out.println("Logged in as " + StoredClient.describe(stored, file) + ".");
        } else {
            out.println("Session stored for " + StoredClient.describe(stored, file)
                    + ", but the server no longer accepts it; run login.");
        }
        out.flush();
        return accepted ? ExitCodes.OK : ExitCodes.NOT_LOGGED_IN;
    }
}
