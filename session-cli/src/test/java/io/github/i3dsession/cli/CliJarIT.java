package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar in separate processes, the way people do: against a {@link FakeSessionServer} in this JVM,
 * with prompts answered in a real pseudo-terminal made by util-linux {@code script}. Runs in the
 * integration-test phase, after the shade plugin has built the jar.
 */
class CliJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Path jar;

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withOtp("alice", "correct horse", "654321"))
            .start();

    @TempDir
    Path temp;

    @BeforeAll
    static void findTheJarAndScript() {
        jar = Path.of(System.getProperty("i3dsession.cli.jar", "target/session-cli.jar"));
        assertThat(jar).as("the shaded jar; run this test with mvn verify").isRegularFile();
        try {
            Process probe = new ProcessBuilder("script", "--version")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            fail("install util-linux (script): the terminal tests run the jar in a pseudo-terminal made by script ("
                    + e.getMessage() + ")");
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path home() {
        return temp.resolve("sessions");
    }

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    private ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(SessionFiles.HOME_VARIABLE, home().toString());
        return builder;
    }

    /** A finished process: its exit code and output. */
    private record Finished(int exitCode, String out, String err) {}

    private Finished run(String stdin, String... args) throws IOException, InterruptedException {
        Process process = processBuilder(java(args)).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        Reader out = Reader.start(process.getInputStream());
        Reader err = Reader.start(process.getErrorStream());
        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("process finished")
                .isTrue();
        return new Finished(process.exitValue(), out.await(), err.await());
    }

    @Test
    void loginWhoamiAndLogoutWorkAcrossThreeProcesses() throws Exception {
        String url = server.baseUri().toString();

        Finished login = run(
                "correct horse\n654321\n",
                "login",
                "--base-url",
                url,
                "--user",
                "alice",
                "--password-stdin",
                "--otp-stdin");
        Path file;
        try (Stream<Path> files = Files.list(home())) {
            file = files.findFirst().orElseThrow();
        }
        String fileMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        String directoryMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(home()));
        Finished whoami = run("", "whoami", "--output", "json", "--base-url", url);
        Finished logout = run("", "logout", "--base-url", url);
        Finished whoamiAfterLogout = run("", "whoami", "--base-url", url);

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(fileMode).isEqualTo("rw-------");
        assertThat(directoryMode).isEqualTo("rwx------");
        assertThat(whoami.exitCode()).as(whoami.err()).isZero();
        JsonNode user = JSON.readTree(whoami.out());
        assertThat(user.get("userName").textValue()).isEqualTo("alice");
        assertThat(logout.exitCode()).as(logout.err()).isZero();
        assertThat(file).doesNotExist();
        assertThat(server.activeSessions()).isZero();
        assertThat(whoamiAfterLogout.exitCode()).isEqualTo(4);
        assertThat(whoamiAfterLogout.err()).isEqualTo("error: not logged in at " + url + "; run login\n");
        assertThat(login.out() + login.err() + whoami.out() + whoami.err())
                .doesNotContain("correct horse")
                .doesNotContain("654321");
    }

    @Test
    void inATerminalNeitherThePasswordNorTheOneTimePasswordIsEchoed() throws Exception {
        Terminal terminal = Terminal.start(processBuilder(
                Terminal.command(java("login", "--base-url", server.baseUri().toString(), "--user", "alice"))));

        terminal.awaitOutput("Password for alice: ");
        terminal.type("correct horse\n");
        terminal.awaitOutput("One-time password: ");
        terminal.type("654321\n");
        String output = terminal.finish();

        assertThat(output).contains("EXIT=0").contains("Logged in as alice");
        assertThat(output).doesNotContain("correct horse").doesNotContain("654321");
        assertThat(output).containsPattern("(?m)^echo$");
        assertThat(server.activeSessions()).isEqualTo(1);
    }

    @Test
    void ctrlCAtThePasswordPromptRestoresEchoEndsTheLineAndExits130() throws Exception {
        Terminal terminal = Terminal.start(processBuilder(
                Terminal.command(java("login", "--base-url", server.baseUri().toString(), "--user", "alice"))));

        terminal.awaitOutput("Password for alice: ");
        terminal.type("\u0003");
        String output = terminal.finish();

        assertThat(output).contains("Password for alice: \r\nEXIT=130");
        assertThat(output).as("stty -a after the exit shows echo on").containsPattern("(?m)^echo$");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void ctrlCAtTheOneTimePasswordPromptRestoresEchoEndsTheLineAndStoresNoSession() throws Exception {
        Terminal terminal = Terminal.start(processBuilder(
                Terminal.command(java("login", "--base-url", server.baseUri().toString(), "--user", "alice"))));

        terminal.awaitOutput("Password for alice: ");
        terminal.type("correct horse\n");
        terminal.awaitOutput("One-time password: ");
        terminal.type("\u0003");
        String output = terminal.finish();

        assertThat(output).contains("One-time password: \r\nEXIT=130");
        assertThat(output).as("stty -a after the exit shows echo on").containsPattern("(?m)^echo$");
        assertThat(output).doesNotContain("correct horse");
        assertThat(server.requestCount()).as("the login only").isEqualTo(1);
        assertThat(home())
                .satisfiesAnyOf(
                        home -> assertThat(home).doesNotExist(),
                        home -> assertThat(home).isEmptyDirectory());
    }

    /** Collects a stream on its own thread, so that a full pipe never blocks the process. */
    private static final class Reader {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        private Reader(InputStream in) {
            this.thread = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (bytes) {
                            bytes.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The process ended; what was read is what there is.
                }
            });
            thread.setDaemon(true);
        }

        static Reader start(InputStream in) {
            Reader reader = new Reader(in);
            reader.thread.start();
            return reader;
        }

        String soFar() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        String await() throws InterruptedException {
            thread.join(PATIENCE.toMillis());
            return soFar();
        }
    }

    /**
     * A command in a pseudo-terminal of util-linux {@code script}; after it, the shell prints its exit code as
     * {@code EXIT=n} and the terminal's settings with {@code stty -a}.
     */
    private static final class Terminal {
        private static final String DONE = "TERMINAL-DONE";

        private final Process process;
        private final Reader output;

        private Terminal(Process process) {
            this.process = process;
            this.output = Reader.start(process.getInputStream());
        }

        static List<String> command(List<String> command) {
            // A Ctrl-C reaches the whole foreground process group, this shell included. Without a trap, dash (the
            // /bin/sh that script runs when SHELL is unset, as on CI) dies of it and never prints the exit code;
            // a trap makes every POSIX shell wait for the command and go on, and children still get the default.
            StringBuilder shell = new StringBuilder("trap : INT; ");
            for (String word : command) {
                shell.append('\'').append(word.replace("'", "'\\''")).append("' ");
            }
            // One word per line from stty, so that a test can look for a line that is exactly "echo".
            shell.append("; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n'; echo " + DONE);
            return List.of("script", "-qec", shell.toString(), "/dev/null");
        }

        static Terminal start(ProcessBuilder builder) throws IOException {
            // The same shell on every machine: script runs $SHELL, which differs between a desk and CI.
            builder.environment().put("SHELL", "/bin/sh");
            return new Terminal(builder.redirectErrorStream(true).start());
        }

        void awaitOutput(String expected) throws InterruptedException {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!output.soFar().contains(expected)) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    fail("the terminal never showed " + expected + "; it showed:\n" + output.soFar());
                }
                Thread.sleep(20);
            }
        }

        void type(String text) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        String finish() throws Exception {
            Instant deadline = Instant.now().plus(PATIENCE);
            // Closing script's input only after the command ended: script hangs up the terminal at end of input.
            while (!output.soFar().contains(DONE) && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            process.getOutputStream().close();
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("script finished")
                    .isTrue();
            return output.await();
        }
    }
}
