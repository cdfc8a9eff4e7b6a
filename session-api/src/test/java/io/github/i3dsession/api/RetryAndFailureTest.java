package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The core's retry and failure rules, over a scripted transport (the contract kit proves them over real ones). */
class RetryAndFailureTest {
    private static final String AUTH = "{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}";
    private final ScriptedTransport transport = new ScriptedTransport();

    private SessionClient client(RetryPolicy policy) {
        return SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .retryPolicy(policy)
                .build();
    }

    private SessionClient client() {
        return client(RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .build());
    }

    @Test
    void logoutIsRetriedAfterA503AndSucceedsOnTheSecondAttempt() {
        transport.thenStatus(503, null).thenStatus(204, null);

        client().logout();

        assertThat(transport.sent).hasSize(2);
    }

    @Test
    void retriesStopAfterMaxAttempts() {
        transport.thenStatus(502, null).thenStatus(503, null).thenStatus(504, null);

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, client()::logout);

        assertThat(e.statusCode()).isEqualTo(504);
        assertThat(transport.sent).hasSize(3);
    }

    @Test
    void status500IsNotRetried() {
        transport.thenStatus(500, null);

        assertThatThrownBy(client()::logout).isInstanceOf(ServerErrorException.class);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void loginGetting503IsSentExactlyOnce() {
        transport.thenStatus(503, null);

        assertThatThrownBy(() -> client().login(SessionLogin.of("alice", "pw")))
                .isInstanceOf(ServerErrorException.class);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void loginIsRetriedWhenTheConnectionWasRefusedBeforeSending() {
        transport.thenFail(new ConnectException("Connection refused")).thenStatus(200, AUTH);

        client().login(SessionLogin.of("alice", "pw"));

        assertThat(transport.sent).hasSize(2);
    }

    @Test
    void loginIsNeverResentAfterTheConnectionBrokeMidRequest() {
        transport.thenFail(new SocketException("Connection reset"));

        TransportException e =
                catchThrowableOfType(TransportException.class, () -> client().login(SessionLogin.of("alice", "pw")));

        assertThat(transport.sent).hasSize(1);
        assertThat(e.statusCode()).isZero();
        assertThat(e)
                .hasMessage("login POST https://api.i3d.net/v3/session/login failed after 1 attempt:"
                        + " SocketException: Connection reset")
                .hasCauseInstanceOf(SocketException.class);
    }

    @Test
    void otpIsNeverResentAfterATimeout() {
        transport.thenFail(new java.net.SocketTimeoutException("Read timed out"));

        assertThatThrownBy(() -> client().provideOtp(SessionLoginOtp.of("123456")))
                .isInstanceOf(TransportException.class);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void getUserIsRetriedAfterAConnectionReset() {
        transport.thenFail(new SocketException("Connection reset")).thenStatus(404, null);

        assertThatThrownBy(client()::getUser).isInstanceOf(NotLoggedInException.class);
        assertThat(transport.sent).hasSize(2);
    }

    @Test
    void tooManyRequestsIsNotRetriedByDefault() {
        transport.thenStatus(429, null, "Retry-After", "0");

        TooManyRequestsException e = catchThrowableOfType(TooManyRequestsException.class, client()::logout);

        assertThat(e.retryAfter()).contains(Duration.ZERO);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void tooManyRequestsIsRetriedForIdempotentCallsWhenOptedIn() {
        transport.thenStatus(429, null, "Retry-After", "0").thenStatus(204, null);

        client(RetryPolicy.builder().retryOnTooManyRequests(true).build()).logout();

        assertThat(transport.sent).hasSize(2);
    }

    @Test
    void tooManyRequestsOnLoginIsNeverRetriedEvenWhenOptedIn() {
        transport.thenStatus(429, null, "Retry-After", "0");

        assertThatThrownBy(() -> client(RetryPolicy.builder()
                                .retryOnTooManyRequests(true)
                                .build())
                        .login(SessionLogin.of("alice", "pw")))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void retryAfterLongerThanTheCapEndsTheRetries() {
        transport.thenStatus(503, null, "Retry-After", "3600");

        assertThatThrownBy(client()::logout).isInstanceOf(ServerErrorException.class);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void noneMeansASingleAttempt() {
        transport.thenStatus(503, null);

        assertThatThrownBy(client(RetryPolicy.none())::logout).isInstanceOf(ServerErrorException.class);
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void callTimeoutBoundsEveryAttemptAndTheWholeCall() {
        transport.then(request -> {
            assertThat(request.timeout()).isLessThanOrEqualTo(Duration.ofMillis(300));
            throw new java.net.SocketTimeoutException("timed out");
        });
        transport.then(request -> {
            throw new java.net.SocketTimeoutException("timed out");
        });
        transport.then(request -> {
            throw new java.net.SocketTimeoutException("timed out");
        });

        SessionClient client = SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .requestTimeout(Duration.ofMillis(300))
                .callTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ZERO)
                        .maxBackoff(Duration.ZERO)
                        .build())
                .build();

        assertThatThrownBy(client::getUser).isInstanceOf(TransportException.class);
    }

    @Test
    void unexpectedRuntimeExceptionFromATransportBecomesTransportException() {
        transport.then(request -> {
            throw new IllegalStateException("library bug");
        });

        TransportException e = catchThrowableOfType(TransportException.class, client(RetryPolicy.none())::logout);

        assertThat(e).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void passwordBytesAreZeroedAfterTheCall() {
        AtomicReference<byte[]> body = new AtomicReference<>();
        transport.then(request -> {
            body.set(request.body());
            assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("hunter2");
            return ScriptedTransport.response(200, AUTH);
        });

        client().login(SessionLogin.of("alice", "hunter2"));

        assertThat(body.get()).containsOnly((byte) 0);
    }

    @Test
    void requestCarriesAcceptContentTypeAndApiKeyButNoCookieBeforeLogin() {
        transport.thenStatus(200, AUTH, "Set-Cookie", "sid=abc; Path=/").thenStatus(204, null);
        SessionClient client = SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .apiKey("key-1")
                .transport(transport)
                .build();

        client.login(SessionLogin.of("alice", "pw"));
        client.logout();

        TransportRequest login = transport.sent.get(0);
        assertThat(login.headers())
                .containsEntry("Accept", "application/json")
                .containsEntry("Content-Type", "application/json")
                .containsEntry("PRIVATE-TOKEN", "key-1")
                .doesNotContainKey("Cookie");
        assertThat(transport.sent.get(1).headers())
                .containsEntry("Cookie", "sid=abc")
                .doesNotContainKey("Content-Type");
        assertThat(login.toString()).doesNotContain("key-1");
    }

    @Test
    void errorMessagesNeverContainThePasswordEvenWhenTheServerEchoesIt() {
        transport.thenStatus(401, "{\"message\":\"bad password hunter2 for alice\"}");

        InvalidCredentialsException e = catchThrowableOfType(
                InvalidCredentialsException.class, () -> client().login(SessionLogin.of("alice", "hunter2")));

        assertThat(e.getMessage()).doesNotContain("hunter2").contains("****");
    }

    @Test
    void transportIOExceptionNeverEscapesUnwrapped() throws Exception {
        transport.thenFail(new IOException("boom"));

        assertThatThrownBy(() -> client(RetryPolicy.none()).logout())
                .isInstanceOf(TransportException.class)
                .hasRootCauseMessage("boom");
    }

    @Test
    void errorMessagesNeverContainTheOtpEvenWhenTheServerEchoesIt() {
        transport.thenStatus(500, "code 654321 rejected", "Content-Type", "text/plain");

        ServerErrorException e = catchThrowableOfType(
                ServerErrorException.class, () -> client().provideOtp(SessionLoginOtp.of("654321")));

        assertThat(e).hasMessage("provideOTP failed: server error (HTTP 500); body: \"code **** rejected\"");
    }

    @Test
    void conflictOutsideLoginIsAnUnexpectedResponse() {
        transport.thenStatus(409, null);

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, client()::getUser);

        assertThat(e).hasMessage("getUser failed: unexpected status (HTTP 409)");
    }
}
