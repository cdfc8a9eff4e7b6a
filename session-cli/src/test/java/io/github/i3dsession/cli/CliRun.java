package io.github.i3dsession.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * One run of the command line with captured standard output and error. The environment is only the map given:
 * without {@code I3D_SESSION_HOME} in it, the run gets a fresh temporary session directory, so no test ever
 * touches the real home directory.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(SecretReader console, SecretReader stdin, Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>(environment);
        env.computeIfAbsent(SessionFiles.HOME_VARIABLE, name -> freshDirectory());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SessionCli.commandLine(new SessionCli(console, stdin, env::get));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(new ScriptedSecrets(), new ScriptedSecrets(), Map.of(), args);
    }

    private static String freshDirectory() {
        try {
            return Files.createTempDirectory("i3d-session-home")
                    .resolve("sessions")
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
