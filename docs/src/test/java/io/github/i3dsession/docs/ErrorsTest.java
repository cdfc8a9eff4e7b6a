package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.AlreadyLoggedInException;
import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.UnexpectedOtpException;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.ApiError;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples and every message quoted in errors.md. */
class ErrorsTest {
    private static final String USER_PATH = "/v3/session/user";
    private static final String LOGIN_PATH = "/v3/session/login";

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "123456"))
            .start();
    private final JdkTransport transport = JdkTransport.create();
    private final SessionClient client = SessionClient.builder()
            .baseUri(server.baseUri())
            .transport(transport)
            .build();

    @AfterEach
    void close() {
        client.close();
        transport.close();
        server.close();
    }

    // BEGIN: handle-login-errors
    static String tryLogin(SessionClient client, SessionLogin login) {
        try {
            SessionAuthReq auth = client.login(login);
            return auth.requiresOtp() ? "enter your one-time password" : "welcome";
        } catch (InvalidCredentialsException e) {
            return "wrong user name or password";
        } catch (TooManyRequestsException e) {
            return "too many attempts; try again in "
                    + e.retryAfter().map(wait -> wait.toSeconds() + " s").orElse("a while");
        } catch (AlreadyLoggedInException e) {
            return "already logged in";
        } catch (ServerErrorException | TransportException e) {
            return "the service is unavailable: " + e.getMessage();
        }
    }
    // END: handle-login-errors

    // BEGIN: describe-exception
    static String describe(SessionException e) {
        String status = e.statusCode() == 0 ? "no response" : "HTTP " + e.statusCode();
        return status
                + e.apiError()
                        .map(error -> ", errorCode " + error.errorCode() + " (" + error.errorMessage() + ")")
                        .orElse("");
    }
    // END: describe-exception

    // BEGIN: retry-policy
    static SessionClient patientClient(URI baseUri, SessionTransport transport) {
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(5) // the first attempt included
                .initialBackoff(Duration.ofMillis(200)) // full jitter: 0..200 ms, then 0..400 ms, ...
                .maxBackoff(Duration.ofSeconds(3))
                .maxRetryAfter(Duration.ofSeconds(20)) // a longer Retry-After ends the retries
                .retryOnTooManyRequests(true) // 429 on getUser and logout only
                .build();
        return SessionClient.builder()
                .baseUri(baseUri)
                .transport(transport)
                .retryPolicy(policy)
                .callTimeout(Duration.ofSeconds(60))
                .build();
    }
    // END: retry-policy

    // BEGIN: async-errors
    static Optional<SessionUser> currentUser(AsyncSessionClient async) {
        try {
            return Optional.of(async.getUser().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof NotLoggedInException) {
                return Optional.empty();
            }
            throw e;
        }
    }
    // END: async-errors

    @Test
    void tryLoginNamesEachOutcome() {
        assertThat(tryLogin(client, SessionLogin.of("bob", "battery staple")))
                .isEqualTo("enter your one-time password");
        try (SessionClient other = newClient()) {
            assertThat(tryLogin(other, SessionLogin.of("alice", "correct horse")))
                    .isEqualTo("welcome");
            assertThat(tryLogin(other, SessionLogin.of("alice", "correct horse")))
                    .isEqualTo("already logged in");
        }
        try (SessionClient other = newClient()) {
            for (int i = 0; i < 3; i++) {
                assertThat(tryLogin(other, SessionLogin.of("carol", "guess" + i)))
                        .isEqualTo("wrong user name or password");
            }
            assertThat(tryLogin(other, SessionLogin.of("carol", "guess")))
                    .isEqualTo("too many attempts; try again in 60 s");
        }
        server.enqueue(LOGIN_PATH, FakeResponse.serverError());
        try (SessionClient other = newClient()) {
            assertThat(tryLogin(other, SessionLogin.of("alice", "correct horse")))
                    .isEqualTo(
                            "the service is unavailable: login failed: server error (HTTP 500); errorCode 500: Internal Server Error");
        }
    }

    @Test
    void tryLoginReportsAConnectionRefusedAfterEveryAttempt() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (SessionClient unreachable = SessionClient.builder()
                .baseUri(closed)
                .transport(transport)
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(1))
                        .build())
                .build()) {
            assertThat(tryLogin(unreachable, SessionLogin.of("alice", "correct horse")))
                    .startsWith("the service is unavailable: login POST " + closed
                            + "/v3/session/login failed after 3 attempts:" + " ConnectException");
        }
    }

    @Test
    void everyDocumentedStatusMapsToItsException() {
        assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "wrong")))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("login failed: invalid credentials (HTTP 401)");
        assertThatThrownBy(() -> client.provideOtp(SessionLoginOtp.of("123456")))
                .isInstanceOf(UnexpectedOtpException.class)
                .hasMessage("provideOTP failed: no login is waiting for a one-time password (HTTP 404)");
        assertThatThrownBy(client::getUser)
                .isInstanceOf(NotLoggedInException.class)
                .hasMessage("getUser failed: not logged in (HTTP 404)");
        client.login(SessionLogin.of("bob", "battery staple"));
        assertThatThrownBy(() -> client.provideOtp(SessionLoginOtp.of("000000")))
                .isInstanceOf(InvalidOtpException.class)
                .hasMessage("provideOTP failed: invalid one-time password (HTTP 401)");
        client.provideOtp(SessionLoginOtp.of("123456"));
        assertThatThrownBy(() -> client.login(SessionLogin.of("bob", "battery staple")))
                .isInstanceOf(AlreadyLoggedInException.class)
                .hasMessage("login failed: already logged in; log out first (HTTP 409)");
    }

    @Test
    void statusesOutsideTheTableAreUnexpectedResponses() {
        server.enqueue(USER_PATH, FakeResponse.status(401));
        server.enqueue(
                USER_PATH,
                FakeResponse.builder().status(403).body("Forbidden".getBytes()).build());
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .status(302)
                        .header("Location", "https://example.com/")
                        .build());

        assertThatThrownBy(client::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("getUser failed: unexpected status (HTTP 401)");
        assertThatThrownBy(client::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("getUser failed: unexpected status (HTTP 403); body: \"Forbidden\"");
        assertThatThrownBy(client::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("getUser failed: unexpected status (HTTP 302)");
    }

    @Test
    void describeShowsStatusAndErrorDocument() {
        server.enqueue(USER_PATH, FakeResponse.error(500, 1234, "Database unavailable", "database", "timeout"));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, client::getUser);

        assertThat(e)
                .hasMessage(
                        "getUser failed: server error (HTTP 500); errorCode 1234: Database unavailable [database: timeout]");
        assertThat(e.apiError().map(ApiError::errorCode)).contains(1234);
        assertThat(describe(e)).isEqualTo("HTTP 500, errorCode 1234 (Database unavailable)");
        assertThat(describe(new TransportException("getUser GET ... failed", null)))
                .isEqualTo("no response");
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        server.enqueue(
                USER_PATH,
                FakeResponse.builder().status(429).header("Retry-After", "120").build());

        TooManyRequestsException e = catchThrowableOfType(TooManyRequestsException.class, client::getUser);

        assertThat(e).hasMessage("getUser failed: too many requests (HTTP 429), retry after 120 s");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void unreadableSuccessBodiesAreUnexpectedResponses() {
        client.login(SessionLogin.of("alice", "correct horse"));
        server.enqueue(
                USER_PATH,
                FakeResponse.builder().jsonBody("{\"userId\": \"seven\"}").build());

        assertThatThrownBy(client::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("getUser failed: unexpected response (HTTP 200): body is not a valid SessionUser: "
                        + "SessionUser.userId: expected an integer, found a string");
    }

    @Test
    void getUserIsRetriedOn503ButLoginIsNot() {
        client.login(SessionLogin.of("alice", "correct horse"));
        server.enqueue(USER_PATH, FakeResponse.status(503));
        server.enqueue(USER_PATH, FakeResponse.status(503));
        server.enqueue(LOGIN_PATH, FakeResponse.status(503));

        assertThat(client.getUser().userName()).isEqualTo("alice");
        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(3);
        try (SessionClient other = newClient()) {
            assertThatThrownBy(() -> other.login(SessionLogin.of("alice", "correct horse")))
                    .isInstanceOf(ServerErrorException.class)
                    .hasMessage("login failed: server error (HTTP 503)");
        }
        assertThat(server.requestCount("POST", LOGIN_PATH)).isEqualTo(2);
    }

    @Test
    void patientClientRetries429OnGetUserWithinRetryAfter() {
        try (SessionClient patient = patientClient(server.baseUri(), transport)) {
            patient.login(SessionLogin.of("alice", "correct horse"));
            server.enqueue(
                    USER_PATH,
                    FakeResponse.builder()
                            .status(429)
                            .header("Retry-After", "0")
                            .build());
            server.enqueue(USER_PATH, FakeResponse.status(503));

            assertThat(patient.getUser().userName()).isEqualTo("alice");
            assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(3);

            server.enqueue(
                    USER_PATH,
                    FakeResponse.builder()
                            .status(429)
                            .header("Retry-After", "3600")
                            .build());
            assertThatThrownBy(patient::getUser).isInstanceOf(TooManyRequestsException.class);
            assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(4);
        }
    }

    @Test
    void currentUserIsEmptyWhenNotLoggedIn() {
        assertThat(currentUser(client.async())).isEmpty();

        client.login(SessionLogin.of("alice", "correct horse"));

        assertThat(currentUser(client.async()).map(SessionUser::userName)).contains("alice");
    }

    private SessionClient newClient() {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .build();
    }
}
