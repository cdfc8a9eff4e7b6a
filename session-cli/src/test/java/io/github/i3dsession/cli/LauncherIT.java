package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code target/i3d-session} that the package phase puts next to the jar, with the
 * class-data-sharing archive {@code target/session-cli.jsa} built then, against a {@link FakeSessionServer} in
 * this JVM. The launcher runs the JDK of this test (through {@code JAVA_HOME}), which is the one that built the
 * archive.
 */
class LauncherIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PATIENCE_SECONDS = 60;
    /** Makes the JVM fail at start when it cannot use the archive, instead of running without it. */
    private static final String ARCHIVE_REQUIRED = "-Xshare:on";

    private static Path launcher;

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withOtp("alice", "correct horse", "654321"))
            .start();

    @TempDir
    Path temp;

    @BeforeAll
    static void findTheLauncher() {
        launcher = Path.of(System.getProperty("i3dsession.cli.launcher", "target/i3d-session"));
        assertThat(launcher).as("the launcher; run this test with mvn verify").isExecutable();
        assertThat(launcher.resolveSibling("session-cli.jsa"))
                .as("the archive the package phase builds")
                .isRegularFile();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A finished process: its exit code and output. */
    private record Finished(int exitCode, String out, String err) {}

    private Finished run(Path script, Map<String, String> environment, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Files.createDirectories(temp.resolve("elsewhere")).toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("I3D_SESSION_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment()
                .put(SessionFiles.HOME_VARIABLE, temp.resolve("sessions").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .as("process finished")
                .isTrue();
        return new Finished(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Finished run(String stdin, String... args) throws IOException, InterruptedException {
        return run(launcher, Map.of(), stdin, args);
    }

    @Test
    void loginAndWhoamiThroughTheLauncherPrintOnlyTheToolsOutput() throws Exception {
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
        Finished whoami = run("", "whoami", "--output", "json", "--base-url", url);

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).startsWith("Logged in as alice ");
        assertThat(whoami.exitCode()).as(whoami.err()).isZero();
        assertThat(whoami.err()).isEmpty();
        JsonNode user = JSON.readTree(whoami.out());
        assertThat(user.get("userName").textValue()).isEqualTo("alice");
        assertThat(login.out() + login.err() + whoami.out()).doesNotContain("[warning]", "[cds");
    }

    @Test
    void theLauncherPassesTheToolsExitCodeAndErrorThrough() throws Exception {
        String url = server.baseUri().toString();

        Finished whoami = run("", "whoami", "--base-url", url);

        assertThat(whoami.exitCode()).isEqualTo(4);
        assertThat(whoami.out()).isEmpty();
        assertThat(whoami.err()).isEqualTo("error: not logged in at " + url + "; run login\n");
    }

    @Test
    void theArchiveBuiltAtPackageTimeFitsTheJdkThatBuiltIt() throws Exception {
        Finished version = run(launcher, Map.of("I3D_SESSION_JAVA_OPTS", ARCHIVE_REQUIRED), "", "--version");

        assertThat(version.err()).isEmpty();
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(SessionCli.VERSION_TEXT + "\n");
    }

    @Test
    void aSymbolicLinkFromAnotherDirectoryFindsTheJarAndTheArchive() throws Exception {
        // bin/i3d-session -> the launcher, and links/i3d -> ../bin/i3d-session: a relative link to a link.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("i3d-session"), launcher.toAbsolutePath());
        Path links = Files.createDirectories(temp.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("i3d"), Path.of("..", "bin", "i3d-session"));

        Finished version = run(link, Map.of("I3D_SESSION_JAVA_OPTS", ARCHIVE_REQUIRED), "", "--version");

        assertThat(version.err()).isEmpty();
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(SessionCli.VERSION_TEXT + "\n");
    }

    @Test
    void anArchiveTheJvmCannotUseIsSkippedSilently() throws Exception {
        // A copy of the three files: the archive names the jar it was made with, so the JVM refuses it here.
        Path copy = Files.createDirectories(temp.resolve("copy"));
        for (String name : List.of("i3d-session", "session-cli.jar", "session-cli.jsa")) {
            Files.copy(launcher.resolveSibling(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }

        Finished refused =
                run(copy.resolve("i3d-session"), Map.of("I3D_SESSION_JAVA_OPTS", ARCHIVE_REQUIRED), "", "--version");
        Finished version = run(copy.resolve("i3d-session"), Map.of(), "", "--version");

        assertThat(refused.exitCode()).as("the JVM refuses the copied archive").isNotZero();
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).isEqualTo(SessionCli.VERSION_TEXT + "\n");
        assertThat(version.err()).isEmpty();
    }
}
