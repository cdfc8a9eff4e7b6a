package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per exit code of the table in {@code --help} and docs/cli.md. */
class ExitCodeTest {
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "654321"))
            .maxFailedLogins(1)
            .lockout(Duration.ofMinutes(5))
            .start();

    @TempDir
    Path home;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CliRun login(String baseUrl, String user, String... secrets) {
        return CliRun.of(
                new ScriptedSecrets(secrets),
                new ScriptedSecrets(),
                Map.of(SessionFiles.HOME_VARIABLE, home.toString()),
                "login",
                "--base-url",
                baseUrl,
                "--user",
                user);
    }

    @Test
    void successExitsZero() {
        assertThat(login(server.baseUri().toString(), "alice", "correct horse").exitCode())
                .isZero();
    }

    @Test
    void serverErrorExitsOne() {
        server.enqueue("/v3/session/login", FakeResponse.serverError());

        CliRun run = login(server.baseUri().toString(), "alice", "correct horse");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: login failed: server error (HTTP 500)");
    }

    @Test
    void usageErrorExitsTwo() {
        assertThat(CliRun.of("login", "--user").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("whoami", "--output", "yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void wrongPasswordExitsThree() {
        CliRun run = login(server.baseUri().toString(), "alice", "wrong");

        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void wrongOneTimePasswordExitsThree() {
        CliRun run = login(server.baseUri().toString(), "bob", "battery staple", "000000", "000001", "000002");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).endsWith("error: provideOTP failed: invalid one-time password (HTTP 401)\n");
    }

    @Test
    void notLoggedInExitsFour() {
        CliRun run = CliRun.of(
                new ScriptedSecrets(),
                new ScriptedSecrets(),
                Map.of(SessionFiles.HOME_VARIABLE, home.toString()),
                "whoami",
                "--base-url",
                server.baseUri().toString());

        assertThat(run.exitCode()).isEqualTo(4);
    }

    @Test
    void rateLimitedExitsFiveWithTheRetryAfter() {
        login(server.baseUri().toString(), "alice", "wrong");

        CliRun run = login(server.baseUri().toString(), "alice", "correct horse");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).matches("error: login failed: too many requests \\(HTTP 429\\), retry after \\d+ s.*\\n");
    }

    @Test
    void networkFailureExitsSix() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = login("http://127.0.0.1:" + closedPort, "alice", "correct horse");

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
    }
}
