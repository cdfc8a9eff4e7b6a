package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionUser;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code i3d-session user} (or {@code whoami}): reads the logged-in user with the stored session. */
@Command(
        name = "user",
        aliases = "whoami",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads the logged-in user with the session that login stored.")
final class UserCommand implements Callable<Integer> {
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
            description = "Whose stored session to use; may be left out when only one is stored for the base URL.")
    private String user;

    UserCommand(SessionCli app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String apiKey = server.apiKey(app.environment());
        URI baseUrl = server.baseUrl();
        SessionFiles files = app.sessionFiles();
        Path file = files.locate(baseUrl, user);
        StoredSession stored = files.read(file, baseUrl);
        PrintWriter out = spec.commandLine().getOut();
        Clients.warnIfInsecure(server, spec.commandLine().getErr());
        try (SessionTransport httpTransport = server.transport().create();
                SessionClient client = Clients.create(server, httpTransport, apiKey, stored.state())) {
            SessionUser sessionUser = StoredClient.user(client, stored, files);
            if (output.json()) {
                JsonOutput.print(out, JsonOutput.user(sessionUser));
            } else {
                new UserPrinter(out, "").print(sessionUser);
            }
        }
        return ExitCodes.OK;
    }
}
