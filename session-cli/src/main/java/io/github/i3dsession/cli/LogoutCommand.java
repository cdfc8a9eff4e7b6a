package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.spi.SessionTransport;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code i3d-session logout}: logs the stored session out on the server and deletes its file. The file is deleted
 * even when the server cannot be reached or the file is unreadable, and the command says so on standard error:
 * logging out here must always work.
 */
@Command(
        name = "logout",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Logs out on the server and deletes the stored session.",
            "The stored session is deleted even when the server cannot be reached."
        })
final class LogoutCommand implements Callable<Integer> {
    private final SessionCli app;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "Whose stored session to end; may be left out when only one is stored for the base URL.")
    private String user;

    LogoutCommand(SessionCli app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String apiKey = server.apiKey(app.environment());
        URI baseUrl = server.baseUrl();
        SessionFiles files = app.sessionFiles();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = files.locate(baseUrl, user);
        StoredSession stored;
        try {
            stored = files.read(file, baseUrl);
        } catch (CorruptSessionFileException e) {
            files.delete(file);
            err.println("warning: session file " + file + " is unreadable (" + e.reason()
                    + "); it was deleted without logging out on the server");
            err.flush();
            out.println("Removed session file " + file + ".");
            out.flush();
            return ExitCodes.OK;
        }
        Clients.warnIfInsecure(server, err);
        try (SessionTransport httpTransport = server.transport().create();
                SessionClient client = Clients.create(server, httpTransport, apiKey, stored.state())) {
            client.logout();
        } catch (SessionException e) {
            files.delete(file);
            err.println("warning: could not log out on the server (" + e.getMessage() + "); the stored session was"
                    + " deleted here, but the server may keep it open until it expires");
            err.flush();
            out.println(
                    "Logged out " + UserPrinter.printable(stored.userName()) + " at " + baseUrl + " (locally only).");
            out.flush();
            return ExitCodes.OK;
        }
        files.delete(file);
        out.println("Logged out " + UserPrinter.printable(stored.userName()) + " at " + baseUrl + ".");
        out.flush();
        return ExitCodes.OK;
    }
}
