package io.github.i3dsession.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line with captured standard output and error. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(SecretReader console, SecretReader stdin, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SessionCli.commandLine(new SessionCli(console, stdin, environment::get));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(new ScriptedSecrets(), new ScriptedSecrets(), Map.of(), args);
    }
}
