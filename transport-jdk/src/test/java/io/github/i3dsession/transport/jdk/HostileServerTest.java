package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.LogCapture;
import io.github.i3dsession.testkit.RecordedExchange;
import io.github.i3dsession.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers with broken cookies or ambiguous JSON, through the real JDK transport: calls still
 * succeed or fail for the right reason, stray cookies never go back, and nothing secret is logged.
 */
class HostileServerTest {
    private static final String LOGIN_PATH = "/v3/session/login";
    private static final String USER_PATH = "/v3/session/user";
    private static final String NO_OTP_AUTH = "{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}";

    private FakeSessionServer server;
    private SessionClient client;

    @BeforeEach
    void start() {
        assertThat(LogCapture.isInstalled())
                .as("RecordingSlf4jProvider must be the SLF4J provider of transport-jdk's tests")
                .isTrue();
        server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start();
        client = SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(JdkTransport.create())
                .build();
        LogCapture.clear();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void loginWithAMalformedSetCookieStillSucceedsAndTheSessionWorks() {
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .jsonBody(NO_OTP_AUTH)
                        .header("Set-Cookie", ";;;")
                        .header("Set-Cookie", "hunter2-no-equals")
                        .header("Set-Cookie", realSessionCookie())
                        .build());

        assertThat(client.login(SessionLogin.of("alice", "pw")).requiresOtp()).isFalse();

        assertThat(client.getUser().userName()).isEqualTo("alice");
        assertThat(LogCapture.lines())
                .anyMatch(line -> line.contains("DEBUG") && line.contains("malformed Set-Cookie ignored"))
                .noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void cookieWhoseDomainDoesNotMatchTheHostIsNeverSentBack() {
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .jsonBody(NO_OTP_AUTH)
                        .header("Set-Cookie", "stray=stray-value-77; Domain=.example.test; Path=/")
                        .header("Set-Cookie", realSessionCookie())
                        .build());
        client.login(SessionLogin.of("alice", "pw"));

        client.getUser();

        String cookie = lastRequestTo(USER_PATH).header("Cookie").orElse("");
        assertThat(cookie).startsWith(server.sessionCookieName() + "=").doesNotContain("stray");
        assertThat(LogCapture.lines())
                .anyMatch(line -> line.contains("Set-Cookie stray ignored"))
                .noneMatch(line -> line.contains("stray-value-77"));
    }

    @Test
    void overflowingNegativeMaxAgeEndsTheSession() {
        client.login(SessionLogin.of("alice", "pw"));
        client.getUser();
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .jsonBody(lastExchange().responseBodyUtf8())
                        .header("Set-Cookie", server.sessionCookieName() + "=; Path=/; Max-Age=-99999999999999999999")
                        .build());
        assertThat(client.getUser().userName()).isEqualTo("alice");

        assertThatThrownBy(client::getUser).isInstanceOf(NotLoggedInException.class);

        assertThat(lastRequestTo(USER_PATH).header("Cookie")).isEmpty();
    }

    @Test
    void userDocumentWithADuplicatePropertyIsRejectedNamingItsPath() {
        client.login(SessionLogin.of("alice", "pw"));
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .jsonBody("{\"userId\":4242,\"userName\":\"alice\",\"userId\":7777}")
                        .build());

        assertThatThrownBy(client::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("SessionUser.userId: duplicate property")
                .hasMessageNotContaining("4242")
                .hasMessageNotContaining("7777");
    }

    /** Logs in with another client and returns the Set-Cookie line the server sent it: a live session. */
    private String realSessionCookie() {
        try (SessionClient other = SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(JdkTransport.create())
                .build()) {
            other.login(SessionLogin.of("alice", "pw"));
        }
        return lastExchange().responseHeaders().get("Set-Cookie").get(0);
    }

    private RecordedExchange lastExchange() {
        List<RecordedExchange> exchanges = server.exchanges();
        return exchanges.get(exchanges.size() - 1);
    }

    private RecordedRequest lastRequestTo(String path) {
        List<RecordedRequest> requests = server.requests();
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).path().equals(path)) {
                return requests.get(i);
            }
        }
        throw new AssertionError("no request to " + path + " in " + requests);
    }
}
