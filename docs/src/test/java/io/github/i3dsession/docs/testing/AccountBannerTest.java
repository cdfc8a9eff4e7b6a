package io.github.i3dsession.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples of testing-your-app.md: the banner tested against FakeSessionServer. */
class AccountBannerTest {
    // BEGIN: testing-setup
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "123456"))
            .start();
    private final JdkTransport transport = JdkTransport.create();
    private final SessionClient client = SessionClient.builder()
            .baseUri(server.baseUri()) // http://127.0.0.1:<port>: plain http is fine on loopback
            .transport(transport)
            .build();

    @AfterEach
    void stop() {
        client.close();
        transport.close();
        server.close();
    }
    // END: testing-setup

    // BEGIN: testing-login-without-otp
    @Test
    void bannerShowsTheLoggedInUser() {
        client.login(SessionLogin.of("alice", "correct horse"));

        assertThat(new AccountBanner(client).text())
                .isEqualTo("Jan de Vries <alice@example.com>"); // FakeUser.defaultProfile("alice")
    }

    @Test
    void bannerSaysNotLoggedInBeforeLogin() {
        assertThat(new AccountBanner(client).text()).isEqualTo("Not logged in");
    }
    // END: testing-login-without-otp

    // BEGIN: testing-login-with-otp
    @Test
    void userWithTwoFactorIsLoggedInOnlyAfterTheOtp() {
        assertThat(client.login(SessionLogin.of("bob", "battery staple")).requiresOtp())
                .isTrue();
        assertThat(new AccountBanner(client).text()).isEqualTo("Not logged in");

        client.provideOtp(SessionLoginOtp.of("123456"));

        assertThat(new AccountBanner(client).text()).endsWith("<bob@example.com>");
    }
    // END: testing-login-with-otp

    // BEGIN: testing-scripted-errors
    @Test
    void bannerSurvivesAServerError() {
        client.login(SessionLogin.of("alice", "correct horse"));
        server.enqueue("/v3/session/user", FakeResponse.serverError()); // 500 with an Error document

        assertThat(new AccountBanner(client).text()).isEqualTo("Account service unavailable");
        assertThat(new AccountBanner(client).text()).endsWith("<alice@example.com>"); // queue used up
    }

    @Test
    void a503IsRetriedBeforeTheBannerSeesIt() {
        client.login(SessionLogin.of("alice", "correct horse"));
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(503)
                        .header("Retry-After", "0")
                        .jsonBody("{\"errorCode\":503,\"errorMessage\":\"Maintenance\",\"errors\":[]}")
                        .build());

        assertThat(new AccountBanner(client).text()).endsWith("<alice@example.com>");
        assertThat(server.requestCount("GET", "/v3/session/user")).isEqualTo(2);
    }
    // END: testing-scripted-errors

    // BEGIN: testing-faults
    @Test
    void stalledServerEndsInTheRequestTimeout() {
        try (SessionClient impatient = SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .requestTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none())
                .build()) {
            impatient.login(SessionLogin.of("alice", "correct horse"));
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .delayBeforeHeaders(Duration.ofSeconds(30)) // ends early when the server closes
                            .build());

            assertThat(new AccountBanner(impatient).text()).isEqualTo("Account service unavailable");
        }
    }
    // END: testing-faults

    // BEGIN: testing-recorded-requests
    @Test
    void loginSendsTheSpecBodyAndTheCookieComesBack() {
        client.login(SessionLogin.of("alice", "correct horse"));
        new AccountBanner(client).text();

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::path).containsExactly("/v3/session/login", "/v3/session/user");
        assertThat(requests.get(0).bodyUtf8()).isEqualTo("{\"userName\":\"alice\",\"password\":\"correct horse\"}");
        assertThat(requests.get(1).header("Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).startsWith(server.sessionCookieName() + "="));
        assertThat(requests.get(1).header("PRIVATE-TOKEN")).isEmpty(); // no apiKey(...) set
    }
    // END: testing-recorded-requests

    // BEGIN: testing-lockout
    @Test
    void repeatedWrongPasswordsLockTheUserOut() {
        for (int i = 0; i < 3; i++) { // the default maxFailedLogins
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "wrong")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "correct horse")))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(60))); // the default lockout
    }
    // END: testing-lockout
}
