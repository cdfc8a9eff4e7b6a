package io.github.i3dsession.transport.httpclient5;

import static io.github.i3dsession.transport.httpclient5.HttpClient5TransportAsyncTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.LogCapture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE ({@code RecordingSlf4jProvider}, registered for this module's tests), the clients
 * the transport creates log no header value and no wire byte. The last two tests show what HttpClient's own
 * clients log under the same configuration, so the capture is known to see what HttpClient writes.
 */
class HttpClient5LoggingTest {
    private static final String HEADERS_LOG = "DEBUG org.apache.hc.client5.http.headers";
    private static final String WIRE_LOG = "DEBUG org.apache.hc.client5.http.wire";

    private final String password = "pw-" + UUID.randomUUID();
    private final String apiKey = "key-" + UUID.randomUUID();
    private final String cookie = "cookie-" + UUID.randomUUID();
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", password))
            .start();
    private final List<String> sessionIds = new ArrayList<>();

    @BeforeEach
    void clearLog() {
        assertThat(LogCapture.isInstalled())
                .as("RecordingSlf4jProvider is the SLF4J provider")
                .isTrue();
        LogCapture.clear();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void theClientsTheTransportCreatesLogNoSecretSyncOrAsync() throws Exception {
        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            loginThenGetUser(transport, false);
            loginThenGetUser(transport, true);
        }

        List<String> lines = LogCapture.lines();
        assertThat(lines)
                .as("HttpClient's own DEBUG lines are captured")
                .anyMatch(line -> line.startsWith("DEBUG org.apache.hc.client5.http.impl.io.PoolingHttpClient"))
                .anyMatch(line -> line.startsWith("DEBUG org.apache.hc.client5.http.impl.classic"));
        assertThat(lines).noneMatch(line -> line.startsWith(HEADERS_LOG) || line.startsWith(WIRE_LOG));
        assertNoSecretIn(lines);
    }

    @Test
    void httpClientsOwnClassicConnectionsWouldLogTheWireAndTheResponseHeaders() throws Exception {
        try (CloseableHttpClient application =
                        HttpClients.custom().disableAutomaticRetries().build();
                HttpClient5Transport transport = HttpClient5Transport.create(application)) {
            loginThenGetUser(transport, false);
        }

        List<String> lines = LogCapture.lines();
        assertThat(lines).anyMatch(line -> line.startsWith(WIRE_LOG) && line.contains(password));
        assertThat(lines).anyMatch(line -> line.startsWith(WIRE_LOG) && line.contains(apiKey));
        assertThat(lines).anyMatch(line -> line.startsWith(HEADERS_LOG) && line.contains(sessionIds.get(0)));
        // What the transport can do for an application's client: request header values stay out of toString().
        assertThat(lines).anyMatch(line -> line.startsWith(HEADERS_LOG) && line.endsWith("PRIVATE-TOKEN: <hidden>"));
        assertThat(lines).noneMatch(line -> line.startsWith(HEADERS_LOG) && line.contains(apiKey));
        assertThat(lines).noneMatch(line -> line.startsWith(HEADERS_LOG) && line.contains(cookie));
    }

    @Test
    void httpClientsOwnAsyncClientWouldLogTheWireAndTheResponseHeaders() throws Exception {
        CloseableHttpAsyncClient application =
                HttpAsyncClients.custom().disableAutomaticRetries().build();
        application.start();
        try (HttpClient5Transport transport =
                HttpClient5Transport.builder().httpAsyncClient(application).build()) {
            loginThenGetUser(transport, true);
        } finally {
            application.close(CloseMode.GRACEFUL);
        }

        List<String> lines = LogCapture.lines();
        // A hex dump, 16 bytes a line: secrets are split across lines, but they are there.
        assertThat(lines).anyMatch(line -> line.startsWith(WIRE_LOG) && line.contains("\"password\":\""));
        // This is why the transport's own async client is HttpCore's requester, not HttpClient's async client.
        assertThat(lines).anyMatch(line -> line.startsWith(HEADERS_LOG) && line.contains(sessionIds.get(0)));
        assertThat(lines).noneMatch(line -> line.startsWith(HEADERS_LOG) && line.contains(apiKey));
    }

    /** A login with the password, the API key and a cookie, then a getUser with the session it returned. */
    private void loginThenGetUser(SessionTransport transport, boolean async) throws Exception {
        TransportRequest login = Requests.login(server.baseUri())
                .body(("{\"userName\":\"alice\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8))
                .header("PRIVATE-TOKEN", apiKey)
                .header("Cookie", "tracking=" + cookie)
                .build();
        String session;
        try (TransportResponse response = send(transport, login, async)) {
            assertThat(response.statusCode()).isEqualTo(200);
            session = response.headers("Set-Cookie").get(0).split(";", 2)[0];
        }
        sessionIds.add(session.substring(session.indexOf('=') + 1));
        TransportRequest getUser = Requests.getUser(server.baseUri())
                .header("PRIVATE-TOKEN", apiKey)
                .header("Cookie", session)
                .timeout(Duration.ofSeconds(10))
                .build();
        try (TransportResponse response = send(transport, getUser, async)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("alice");
        }
    }

    private static TransportResponse send(SessionTransport transport, TransportRequest request, boolean async)
            throws Exception {
        return async ? await(transport.sendAsync(request)) : transport.send(request);
    }

    private void assertNoSecretIn(List<String> lines) {
        List<String> secrets = new ArrayList<>(List.of(password, apiKey, cookie));
        secrets.addAll(sessionIds);
        assertThat(sessionIds).hasSize(2);
        for (String secret : secrets) {
            assertThat(lines).as("lines containing %s", secret).noneMatch(line -> line.contains(secret));
        }
    }
}
