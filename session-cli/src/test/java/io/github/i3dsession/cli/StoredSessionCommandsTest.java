package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredSessionCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "654321"))
            .start();

    @TempDir
    Path temp;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path home() {
        return temp.resolve("sessions");
    }

    private CliRun run(SecretReader console, String... args) {
        String[] all = Stream.concat(
                        Stream.of(args),
                        Stream.of("--base-url", server.baseUri().toString()))
                .toArray(String[]::new);
        return CliRun.of(console, new ScriptedSecrets(), Map.of(SessionFiles.HOME_VARIABLE, home().toString()), all);
    }

    private CliRun run(String... args) {
        return run(new ScriptedSecrets(), args);
    }

    private CliRun loginAlice() {
        CliRun login = run(new ScriptedSecrets("correct horse"), "login", "--user", "alice");
        assertThat(login.exitCode()).as(login.err()).isZero();
        return login;
    }

    private List<Path> sessionFiles() throws IOException {
        try (Stream<Path> files = Files.list(home())) {
            return files.toList();
        }
    }

    @Test
    void loginStoresThePrivateSessionFileAndStaysLoggedIn() throws IOException {
        CliRun login = loginAlice();

        assertThat(login.out())
                .containsPattern("^Logged in as alice \\(userId \\d+\\) at " + server.baseUri() + "\\.\\n")
                .contains("Session stored in " + home());
        assertThat(login.err()).isEmpty();
        assertThat(server.activeSessions()).isEqualTo(1);
        assertThat(server.requestCount("POST", "/v3/session/logout")).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home())))
                .isEqualTo("rwx------");
        assertThat(sessionFiles()).singleElement().satisfies(file -> {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(file.getFileName().toString()).matches("[0-9a-f]{16}-[0-9a-f]{16}\\.json");
            JsonNode stored = JSON.readTree(file.toFile());
            assertThat(stored.get("format").intValue()).isEqualTo(StoredSession.FORMAT);
            assertThat(stored.get("userName").textValue()).isEqualTo("alice");
            assertThat(stored.get("baseUrl").textValue())
                    .isEqualTo(server.baseUri().toString());
            assertThat(stored.get("session").isObject()).isTrue();
        });
    }

    @Test
    void loggingInAgainLogsOutTheSessionItReplaces() throws IOException {
        loginAlice();
        loginAlice();

        assertThat(server.activeSessions()).isEqualTo(1);
        assertThat(server.requestCount("POST", "/v3/session/logout")).isEqualTo(1);
        assertThat(sessionFiles()).hasSize(1);
        assertThat(run("whoami").exitCode()).isZero();
    }

    @Test
    void whoamiReadsTheUserWithTheStoredSessionWithoutLoggingInAgain() {
        loginAlice();

        CliRun whoami = run("whoami");

        assertThat(whoami.exitCode()).as(whoami.err()).isZero();
        assertThat(whoami.err()).isEmpty();
        assertThat(whoami.out()).startsWith("user\n").containsPattern("(?m)^  userName +alice$");
        assertThat(server.requestCount("POST", "/v3/session/login")).isEqualTo(1);
        assertThat(server.requestCount("GET", "/v3/session/user")).isEqualTo(2);
    }

    @Test
    void userJsonIsTheSessionUserDocumentAndNothingElse() throws IOException {
        loginAlice();

        CliRun user = run("user", "--output", "json", "--user", "alice");

        assertThat(user.exitCode()).isZero();
        assertThat(user.err()).isEmpty();
        JsonNode document = JSON.readerFor(JsonNode.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readValue(user.out());
        assertThat(document.get("userName").textValue()).isEqualTo("alice");
        assertThat(document.get("userId").isIntegralNumber()).isTrue();
        assertThat(document.get("accessLevel").intValue()).isEqualTo(10);
        assertThat(document.get("details").get("companyName").textValue()).isEqualTo("Example Game Hosting B.V.");
        assertThat(document.get("details")
                        .get("unconfirmedEmail")
                        .get("expiresAt")
                        .isIntegralNumber())
                .isTrue();
        assertThat(document.get("billingDetails").get("preferredPaymentMethod").intValue())
                .isEqualTo(3);
    }

    @Test
    void loginJsonNamesTheUserAndTheSessionFile() throws IOException {
        CliRun login = run(new ScriptedSecrets("correct horse"), "login", "--user", "alice", "--output", "json");

        assertThat(login.exitCode()).isZero();
        JsonNode document = JSON.readTree(login.out());
        assertThat(document.get("userName").textValue()).isEqualTo("alice");
        assertThat(document.get("baseUrl").textValue())
                .isEqualTo(server.baseUri().toString());
        assertThat(document.get("stored").booleanValue()).isTrue();
        assertThat(document.get("sessionFile").textValue())
                .isEqualTo(sessionFiles().get(0).toString());
        assertThat(document.get("user").get("userName").textValue()).isEqualTo("alice");
    }

    @Test
    void loginNoStoreJsonPrintsTheStepsOnStandardError() throws IOException {
        CliRun login =
                run(new ScriptedSecrets("correct horse"), "login", "--user", "alice", "--no-store", "--output", "json");

        assertThat(login.exitCode()).isZero();
        assertThat(JSON.readTree(login.out()).get("stored").booleanValue()).isFalse();
        assertThat(login.err()).contains("4/4 logout .......... done");
        assertThat(Files.exists(home())).isFalse();
    }

    @Test
    void userNeedsTheUserOptionWhenSeveralSessionsAreStored() {
        loginAlice();
        run(new ScriptedSecrets("battery staple", "654321"), "login", "--user", "bob");

        CliRun ambiguous = run("whoami");
        CliRun chosen = run("whoami", "--user", "bob");

        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err())
                .isEqualTo("error: 2 sessions are stored for " + server.baseUri()
                        + " (alice, bob); choose one with --user\n");
        assertThat(chosen.exitCode()).isZero();
        assertThat(chosen.out()).containsPattern("(?m)^  userName +bob$");
    }

    @Test
    void statusSaysLoggedInWhenTheServerAcceptsTheSession() {
        loginAlice();

        CliRun status = run("status");

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).startsWith("Logged in as alice at " + server.baseUri() + " (session file " + home());
    }

    @Test
    void statusExitsFourWithoutAStoredSession() throws IOException {
        CliRun text = run("status");
        CliRun json = run("status", "--output", "json");

        assertThat(text.exitCode()).isEqualTo(4);
        assertThat(text.out()).isEqualTo("Not logged in at " + server.baseUri() + ": no stored session.\n");
        assertThat(json.exitCode()).isEqualTo(4);
        JsonNode document = JSON.readTree(json.out());
        assertThat(document.get("stored").booleanValue()).isFalse();
        assertThat(document.get("accepted").isNull()).isTrue();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void statusExitsFourWhenTheServerNoLongerAcceptsTheSession() throws IOException {
        loginAlice();
        server.enqueue("/v3/session/user", FakeResponse.status(404));

        CliRun status = run("status", "--output", "json");

        assertThat(status.exitCode()).isEqualTo(4);
        JsonNode document = JSON.readTree(status.out());
        assertThat(document.get("userName").textValue()).isEqualTo("alice");
        assertThat(document.get("stored").booleanValue()).isTrue();
        assertThat(document.get("accepted").booleanValue()).isFalse();
    }

    @Test
    void userExitsFourWhenTheServerNoLongerAcceptsTheSession() {
        loginAlice();
        server.enqueue("/v3/session/user", FakeResponse.status(404));

        CliRun user = run("user");

        assertThat(user.exitCode()).isEqualTo(4);
        assertThat(user.err())
                .isEqualTo("error: the server no longer accepts the stored session of alice at " + server.baseUri()
                        + "; run login\n");
    }

    @Test
    void logoutEndsTheSessionOnTheServerAndDeletesTheFile() throws IOException {
        loginAlice();

        CliRun logout = run("logout");
        CliRun whoami = run("whoami");

        assertThat(logout.exitCode()).isZero();
        assertThat(logout.out()).isEqualTo("Logged out alice at " + server.baseUri() + ".\n");
        assertThat(server.activeSessions()).isZero();
        assertThat(sessionFiles()).isEmpty();
        assertThat(whoami.exitCode()).isEqualTo(4);
        assertThat(whoami.err()).isEqualTo("error: not logged in at " + server.baseUri() + "; run login\n");
    }

    @Test
    void logoutSucceedsLocallyWhenTheServerIsUnreachableAndSaysSo() throws IOException {
        loginAlice();
        server.close();

        CliRun logout = run("logout");

        assertThat(logout.exitCode()).isZero();
        assertThat(logout.err())
                .startsWith("warning: could not log out on the server (")
                .endsWith("); the stored session was deleted here, but the server may keep it open until it"
                        + " expires\n");
        assertThat(logout.out()).isEqualTo("Logged out alice at " + server.baseUri() + " (locally only).\n");
        assertThat(sessionFiles()).isEmpty();
    }

    @Test
    void corruptSessionFileIsReportedAndLogoutRemovesIt() throws IOException {
        loginAlice();
        Path file = sessionFiles().get(0);
        Files.writeString(file, "{\"format\":1,\"userName\":\"alice\"");

        CliRun whoami = run("whoami");
        CliRun logout = run("logout");

        assertThat(whoami.exitCode()).isEqualTo(4);
        assertThat(whoami.err())
                .isEqualTo("error: session file " + file + " is unreadable (not JSON); run logout to remove it,"
                        + " then log in again\n");
        assertThat(logout.exitCode()).isZero();
        assertThat(logout.err())
                .isEqualTo("warning: session file " + file + " is unreadable (not JSON); it was deleted without"
                        + " logging out on the server\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void sessionFileOfAnUnknownFormatVersionIsReported() throws IOException {
        loginAlice();
        Path file = sessionFiles().get(0);
        Files.writeString(file, Files.readString(file).replace("\"format\" : 1", "\"format\" : 99"));

        CliRun status = run("status");

        assertThat(status.exitCode()).isEqualTo(4);
        assertThat(status.err()).contains("unknown format version 99 (this tool reads 1)");
    }

    @Test
    void storedSessionOfAnotherBaseUrlIsNotUsed() {
        loginAlice();

        CliRun other = CliRun.of(
                new ScriptedSecrets(),
                new ScriptedSecrets(),
                Map.of(SessionFiles.HOME_VARIABLE, home().toString()),
                "whoami",
                "--base-url",
                "http://localhost:" + server.port());

        assertThat(other.exitCode()).isEqualTo(4);
        assertThat(other.err())
                .isEqualTo("error: not logged in at http://localhost:" + server.port() + "; run login\n");
    }
}
