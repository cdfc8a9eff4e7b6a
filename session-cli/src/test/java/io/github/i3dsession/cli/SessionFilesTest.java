package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the session directory: where it is, its permissions, its file names. */
class SessionFilesTest {
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withoutOtp("../../etc/passwd", "pw"))
            .start();

    @TempDir
    Path temp;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path home() {
        return temp.resolve("config").resolve("i3d-session");
    }

    private CliRun run(ScriptedSecrets console, String... args) {
        String[] all = Stream.concat(
                        Stream.of(args),
                        Stream.of("--base-url", server.baseUri().toString()))
                .toArray(String[]::new);
        return CliRun.of(console, new ScriptedSecrets(), Map.of(SessionFiles.HOME_VARIABLE, home().toString()), all);
    }

    private Path loginAlice() throws IOException {
        CliRun login = run(new ScriptedSecrets("correct horse"), "login", "--user", "alice");
        assertThat(login.exitCode()).as(login.err()).isZero();
        try (Stream<Path> files = Files.list(home())) {
            return files.findFirst().orElseThrow();
        }
    }

    @Test
    void directoryComesFromI3dSessionHomeThenXdgConfigHomeThenHome() {
        assertThat(SessionFiles.fromEnvironment(Map.of("I3D_SESSION_HOME", "/a/b", "XDG_CONFIG_HOME", "/x")::get)
                        .directory())
                .isEqualTo(Path.of("/a/b"));
        assertThat(SessionFiles.fromEnvironment(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h")::get)
                        .directory())
                .isEqualTo(Path.of("/x/i3d-session"));
        assertThat(SessionFiles.fromEnvironment(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")::get)
                        .directory())
                .isEqualTo(Path.of("/h/.config/i3d-session"));
        assertThat(SessionFiles.fromEnvironment(Map.of("HOME", "/h")::get).directory())
                .isEqualTo(Path.of("/h/.config/i3d-session"));
    }

    @Test
    void directoryIsCreated0700AndTheFile0600WithNoTemporaryFileLeft() throws IOException {
        Path file = loginAlice();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(home())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSessionFileReadableByOthersIsRefusedWithTheFix() throws IOException {
        Path file = loginAlice();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun whoami = run(new ScriptedSecrets(), "whoami");
        CliRun login = run(new ScriptedSecrets("correct horse"), "login", "--user", "alice");

        assertThat(whoami.exitCode()).isEqualTo(2);
        assertThat(whoami.err())
                .isEqualTo("error: session file " + file + " is accessible by group or others (rw-r--r--); it"
                        + " holds session cookies. Fix it with: chmod 600 " + file + "\n");
        assertThat(login.exitCode()).isEqualTo(2);
        assertThat(login.err()).contains("chmod 600 " + file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aSessionDirectoryOpenToOthersIsRefusedBeforeThePasswordIsAsked() throws IOException {
        Files.createDirectories(home());
        Files.setPosixFilePermissions(home(), PosixFilePermissions.fromString("rwxr-xr-x"));
        ScriptedSecrets console = new ScriptedSecrets("correct horse");

        CliRun login = run(console, "login", "--user", "alice");

        assertThat(login.exitCode()).isEqualTo(2);
        assertThat(login.err())
                .isEqualTo("error: session directory " + home() + " is accessible by group or others (rwxr-xr-x);"
                        + " it holds session cookies. Fix it with: chmod 700 " + home() + "\n");
        assertThat(console.prompts()).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aSymbolicLinkInPlaceOfTheSessionFileIsRefused() throws IOException {
        Path file = loginAlice();
        Path elsewhere = temp.resolve("elsewhere.json");
        Files.move(file, elsewhere);
        Files.createSymbolicLink(file, elsewhere);

        CliRun whoami = run(new ScriptedSecrets(), "whoami");

        assertThat(whoami.exitCode()).isEqualTo(2);
        assertThat(whoami.err()).isEqualTo("error: session file " + file + " is not a regular file\n");
    }

    @Test
    void fileNamesAreHashesSoAnyUserNameStaysInTheDirectory() throws IOException {
        CliRun login = run(new ScriptedSecrets("pw"), "login", "--user", "../../etc/passwd");

        assertThat(login.exitCode()).as(login.err()).isZero();
        try (Stream<Path> files = Files.list(home())) {
            assertThat(files)
                    .singleElement()
                    .satisfies(file ->
                            assertThat(file.getFileName().toString()).matches("[0-9a-f]{16}-[0-9a-f]{16}\\.json"));
        }
    }

    @Test
    void oneServerHasOneFileHoweverItsUrlIsWritten() {
        SessionFiles files = SessionFiles.at(home());

        assertThat(files.fileFor(URI.create("http://127.0.0.1:8080"), "alice"))
                .isNotEqualTo(files.fileFor(URI.create("http://127.0.0.1:8080"), "bob"))
                .isNotEqualTo(files.fileFor(URI.create("http://127.0.0.1:8081"), "alice"));
        CliRun login = run(new ScriptedSecrets("correct horse"), "login", "--user", "alice");
        CliRun whoami = CliRun.of(
                new ScriptedSecrets(),
                new ScriptedSecrets(),
                Map.of(SessionFiles.HOME_VARIABLE, home().toString()),
                "whoami",
                "--base-url",
                "HTTP://127.0.0.1:" + server.port() + "/");

        assertThat(login.exitCode()).isZero();
        assertThat(whoami.exitCode()).as(whoami.err()).isZero();
    }
}
