package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.ApiRequest;
import io.github.i3dsession.api.ApiResponse;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionState;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of staying-logged-in.md, run against the fake server. */
class StayingLoggedInTest {
    /** Base32 of the ASCII secret "12345678901234567890", the RFC 6238 test secret. */
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withTotp(
                    "robot", "robot-password", "12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .endpoint("GET", "/v3/host", 200, "[{\"hostId\":1}]")
            .start();

    private final JdkTransport transport = JdkTransport.create();

    @TempDir
    Path home;

    @AfterEach
    void stopServerAndTransport() {
        transport.close();
        server.close();
    }

    // BEGIN: automation-account
    static SessionClient automationClient(URI baseUri, SessionTransport transport, Function<String, String> vault) {
        return SessionClient.builder()
                .baseUri(baseUri)
                .transport(transport)
                // Asked once per login: the password can rotate in the vault between logins.
                .autoLogin(
                        () -> SessionLogin.of("robot", vault.apply("password")),
                        Totp.fromBase32(vault.apply("totp-secret")))
                .build();
    }
    // END: automation-account

    @Test
    void anAutomationAccountLogsInWithItsTotpOnFirstUse() {
        Function<String, String> vault = key -> key.equals("password") ? "robot-password" : TOTP_SECRET;
        try (SessionClient client = automationClient(server.baseUri(), transport, vault)) {
            assertThat(client.getUser().userName()).isEqualTo("robot");
        }
        assertThat(server.loginCount()).isEqualTo(1);
    }

    // BEGIN: long-running-service
    static String currentUserName(SessionClient client) {
        // No login here: the client logs in when it has no session, and once more when the server dropped it.
        SessionUser user = client.getUser();
        return user.userName();
    }
    // END: long-running-service

    @Test
    void aLongRunningServiceSurvivesTheServerDroppingItsSession() {
        Function<String, String> vault = key -> key.equals("password") ? "robot-password" : TOTP_SECRET;
        try (SessionClient client = automationClient(server.baseUri(), transport, vault)) {
            assertThat(currentUserName(client)).isEqualTo("robot");
            server.expireSessions();
            assertThat(currentUserName(client)).isEqualTo("robot");
        }
        assertThat(server.loginCount()).isEqualTo(2);
    }

    // BEGIN: save-session
    static void saveSession(SessionClient client, Path file) throws IOException {
        // A SessionState is a credential: write it readable by its owner only, from the first byte.
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path temporary = Files.createTempFile(
                file.getParent(), ".session", ".tmp", PosixFilePermissions.asFileAttribute(ownerOnly));
        Files.writeString(temporary, client.session().toJson());
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static SessionClient resumeSession(URI baseUri, SessionTransport transport, Path file) throws IOException {
        return SessionClient.builder()
                .baseUri(baseUri)
                .transport(transport)
                .session(SessionState.fromJson(Files.readString(file)))
                .build();
    }
    // END: save-session

    @Test
    void aSavedSessionResumesInAnotherClientWithoutALogin() throws IOException {
        Path file = home.resolve("session.json");
        try (SessionClient client = SessionClient.builder().baseUri(server.baseUri()).transport(transport).build()) {
            client.login(SessionLogin.of("alice", "correct horse"));
            saveSession(client, file);
        }
        try (SessionClient resumed = resumeSession(server.baseUri(), transport, file)) {
            assertThat(resumed.getUser().userName()).isEqualTo("alice");
        }
        assertThat(server.loginCount()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    // BEGIN: other-endpoints
    static String hosts(SessionClient client) {
        ApiResponse response = client.send(ApiRequest.builder("GET", "/v3/host")
                .query("results", "50")
                .build());
        if (response.status() != 200) {
            throw new IllegalStateException("GET /v3/host answered " + response.status());
        }
        return response.bodyAsString();
    }
    // END: other-endpoints

    @Test
    void otherEndpointsAreCalledWithTheSameSession() {
        try (SessionClient client = SessionClient.builder().baseUri(server.baseUri()).transport(transport).build()) {
            client.login(SessionLogin.of("alice", "correct horse"));
            assertThat(hosts(client)).isEqualTo("[{\"hostId\":1}]");
        }
    }

    // BEGIN: jdk-headers-for
    static HttpResponse<String> getWithSession(HttpClient http, SessionClient client, URI uri)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        // Cookie and PRIVATE-TOKEN for this URI; nothing for any other server.
        client.headersFor(uri).forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
    // END: jdk-headers-for

    @Test
    void theJdkHttpClientUsesTheSessionThroughHeadersFor() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (SessionClient client = SessionClient.builder().baseUri(server.baseUri()).transport(transport).build()) {
            client.login(SessionLogin.of("alice", "correct horse"));
            HttpResponse<String> response = getWithSession(http, client, server.baseUri().resolve("/v3/host"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(client.headersFor(URI.create("https://elsewhere.example/v3/host"))).isEmpty();
        }
    }
}
