package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples and the claims of security.md. */
class SecurityTest {
    private static final String API_KEY = "i3d-key-3f9a61";

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "123456"))
            .start();
    private final JdkTransport transport = JdkTransport.create();

    @AfterEach
    void close() {
        transport.close();
        server.close();
    }

    // BEGIN: password-char-array
    static SessionAuthReq login(SessionClient client, String userName, char[] password) {
        try {
            return client.login(SessionLogin.of(userName, password)); // SessionLogin keeps a copy
        } finally {
            Arrays.fill(password, '\0'); // your array is yours to wipe
        }
    }
    // END: password-char-array

    // BEGIN: api-key
    static SessionClient clientWithApiKey(URI baseUri, SessionTransport transport, String apiKey) {
        return SessionClient.builder()
                .baseUri(baseUri)
                .transport(transport)
                .apiKey(apiKey) // sent as PRIVATE-TOKEN on every request, never shown
                .build();
    }
    // END: api-key

    // BEGIN: insecure-http
    static SessionClient clientInsideTrustedNetwork(SessionTransport transport) {
        return SessionClient.builder()
                .baseUri(URI.create("http://session-gateway.internal:8080"))
                .allowInsecureHttp() // passwords and cookies cross this network unencrypted
                .transport(transport)
                .build();
    }
    // END: insecure-http

    @Test
    void loginWipesTheCallersPasswordArray() {
        char[] password = "correct horse".toCharArray();

        try (SessionClient client = newClient()) {
            assertThat(login(client, "alice", password).requiresOtp()).isFalse();
        }

        assertThat(password).containsOnly('\0');
    }

    @Test
    void valuesNeverShowSecrets() {
        SessionLogin login = SessionLogin.of("alice", "correct horse");

        assertThat(login).hasToString("SessionLogin{userName=alice, password=****, rememberMe=null}");
        assertThat(SessionLoginOtp.of("123456")).hasToString("SessionLoginOtp{otp=******}");
        assertThat(SessionClient.builder().apiKey(API_KEY).toString())
                .contains("apiKey=****")
                .doesNotContain(API_KEY);
    }

    @Test
    void apiKeyIsSentAsPrivateTokenAndNowhereElse() {
        try (SessionClient client = clientWithApiKey(server.baseUri(), transport, API_KEY)) {
            client.login(SessionLogin.of("alice", "correct horse"));
            client.getUser();

            assertThat(server.requests()).hasSize(2).allSatisfy((RecordedRequest request) -> {
                assertThat(request.headers("PRIVATE-TOKEN")).containsExactly(API_KEY);
                assertThat(request.header("Authorization")).isEmpty();
                assertThat(request.query()).isEmpty();
            });
            assertThat(client.toString()).doesNotContain(API_KEY);
        }
    }

    @Test
    void clientToStringNamesTheCookiesButNotTheirValues() {
        try (SessionClient client = newClient()) {
            client.login(SessionLogin.of("alice", "correct horse"));
            String cookie = cookieValue(client);

            assertThat(client.toString())
                    .contains("session=SessionCookies[i3d_session]")
                    .doesNotContain(cookie);
        }
    }

    @Test
    void plainHttpNeedsLoopbackOrAnExplicitOptIn() {
        try (SessionClient client = clientInsideTrustedNetwork(transport)) {
            assertThat(client.toString()).contains("baseUri=http://session-gateway.internal:8080");
        }
        SessionClientBuilder withoutOptIn = SessionClient.builder()
                .baseUri(URI.create("http://session-gateway.internal:8080"))
                .transport(transport);

        assertThatThrownBy(withoutOptIn::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUri http://session-gateway.internal:8080 uses plain http to a host that is not"
                        + " loopback; use https, or call allowInsecureHttp() to send passwords and cookies"
                        + " unencrypted");
        assertThatThrownBy(() -> SessionClient.builder()
                        .baseUri(URI.create("https://user:pw@api.i3d.net"))
                        .transport(transport)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUri must not contain user info; use apiKey(...) for credentials");
        for (String loopback : new String[] {"http://localhost:8080", "http://127.0.0.1", "http://[::1]:9000"}) {
            SessionClient.builder()
                    .baseUri(URI.create(loopback))
                    .transport(transport)
                    .build()
                    .close();
        }
    }

    @Test
    void errorMessagesMaskThePasswordAndSecretLookingProperties() {
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder()
                        .status(500)
                        .body("upstream rejected alice/correct horse".getBytes(StandardCharsets.UTF_8))
                        .build());
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder()
                        .status(502)
                        .jsonBody("{\"userName\":\"alice\",\"password\":\"hunter2\",\"sessionId\":\"abc\"}")
                        .build());

        try (SessionClient client = newClient()) {
            ServerErrorException first = catchThrowableOfType(
                    ServerErrorException.class, () -> client.login(SessionLogin.of("alice", "correct horse")));
            ServerErrorException second = catchThrowableOfType(
                    ServerErrorException.class, () -> client.login(SessionLogin.of("alice", "correct horse")));

            assertThat(first)
                    .hasMessage("login failed: server error (HTTP 500); body: \"upstream rejected alice/****\"");
            assertThat(second)
                    .hasMessage("login failed: server error (HTTP 502); body: "
                            + "\"{\"userName\":\"alice\",\"password\":\"****\",\"sessionId\":\"****\"}\"");
        }
    }

    @Test
    void errorMessagesMaskTheApiKeyAndSessionCookie() {
        try (SessionClient client = clientWithApiKey(server.baseUri(), transport, API_KEY)) {
            client.login(SessionLogin.of("alice", "correct horse"));
            String cookie = cookieValue(client);
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(400)
                            .body(("key " + API_KEY + " cookie " + cookie).getBytes(StandardCharsets.UTF_8))
                            .build());

            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, client::getUser);

            assertThat(e).hasMessage("getUser failed: unexpected status (HTTP 400); body: \"key **** cookie ****\"");
        }
    }

    @Test
    void redirectsAreReturnedNotFollowed() {
        try (SessionClient client = newClient()) {
            server.enqueue(
                    "/v3/session/login",
                    FakeResponse.builder()
                            .status(307)
                            .header("Location", "https://elsewhere.example/v3/session/login")
                            .build());

            UnexpectedResponseException e = catchThrowableOfType(
                    UnexpectedResponseException.class, () -> client.login(SessionLogin.of("alice", "correct horse")));

            assertThat(e).hasMessage("login failed: unexpected status (HTTP 307)");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void twoClientsOnOneTransportHaveTwoSessions() {
        try (SessionClient alice = newClient();
                SessionClient nobody = newClient()) {
            alice.login(SessionLogin.of("alice", "correct horse"));

            assertThat(alice.getUser().userName()).isEqualTo("alice");
            assertThatThrownBy(nobody::getUser).isInstanceOf(NotLoggedInException.class);
        }
    }

    @Test
    void closeDropsTheSessionCookiesWithoutLoggingOut() {
        SessionClient client = newClient();
        client.login(SessionLogin.of("alice", "correct horse"));

        client.close();

        assertThat(client.toString()).contains("session=SessionCookies[]").endsWith(", closed}");
        assertThat(server.activeSessions()).isEqualTo(1);
        assertThat(server.requestCount("POST", "/v3/session/logout")).isZero();
    }

    private SessionClient newClient() {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .build();
    }

    /** The session cookie's value as the server saw it on the client's next request. */
    private String cookieValue(SessionClient client) {
        try {
            client.getUser();
        } catch (NotLoggedInException e) {
            throw new AssertionError("not logged in", e);
        }
        RecordedRequest last = server.requests().get(server.requests().size() - 1);
        String header = last.header("Cookie").orElseThrow();
        return header.substring(header.indexOf('=') + 1);
    }
}
