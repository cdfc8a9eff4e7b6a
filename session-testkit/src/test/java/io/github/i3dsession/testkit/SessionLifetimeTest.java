package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Idle expiry, {@link FakeSessionServer#expireSessions()} and {@link FakeSessionServer#loginCount()}. */
class SessionLifetimeTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private static FakeSessionServer.Builder withAlice(SettableClock clock) {
        return FakeSessionServer.builder().clock(clock).user(FakeUser.withoutOtp("alice", "correct horse"));
    }

    @Test
    void aSessionIdleForTheTimeoutIsGoneAndGetUserAnswers404() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server =
                withAlice(clock).sessionIdleTimeout(Duration.ofMinutes(10)).start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            clock.advance(Duration.ofMinutes(10));

            assertThat(client.user().statusCode()).isEqualTo(404);
            assertThat(server.activeSessions()).isZero();
        }
    }

    @Test
    void everyUseRestartsTheIdleTimeout() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server =
                withAlice(clock).sessionIdleTimeout(Duration.ofMinutes(10)).start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofMinutes(9));
                assertThat(client.user().statusCode()).isEqualTo(200);
            }
            assertThat(server.activeSessions()).isEqualTo(1);
        }
    }

    @Test
    void idleSessionsAreNotCountedAsActive() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server =
                withAlice(clock).sessionIdleTimeout(Duration.ofSeconds(30)).start()) {
            new RawClient(server).login("alice", "correct horse");
            clock.advance(Duration.ofSeconds(29));
            assertThat(server.activeSessions()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));

            assertThat(server.activeSessions()).isZero();
        }
    }

    @Test
    void withoutAnIdleTimeoutSessionsLiveOn() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server = withAlice(clock).start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            clock.advance(Duration.ofDays(365));

            assertThat(client.user().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPendingTwoFactorSessionAlsoExpiresWhenIdle() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server = FakeSessionServer.builder()
                .clock(clock)
                .user(FakeUser.withOtp("bob", "battery staple", "123456"))
                .otpWindow(Duration.ofMinutes(5))
                .sessionIdleTimeout(Duration.ofMinutes(1))
                .start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");

            clock.advance(Duration.ofMinutes(2));

            assertThat(client.otp("123456").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void sessionIdleTimeoutMustBePositive() {
        assertThatThrownBy(() -> FakeSessionServer.builder().sessionIdleTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must be positive: PT0S");
        assertThatThrownBy(() -> FakeSessionServer.builder().sessionIdleTimeout(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("timeout");
    }

    @Test
    void expireSessionsEndsEverySessionButKeepsTheUsers() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .user(FakeUser.withOtp("bob", "battery staple", "123456"))
                .start()) {
            RawClient alice = new RawClient(server);
            RawClient bob = new RawClient(server);
            alice.login("alice", "correct horse");
            bob.login("bob", "battery staple");
            assertThat(server.activeSessions()).isEqualTo(2);

            server.expireSessions();

            assertThat(server.activeSessions()).isZero();
            assertThat(alice.user().statusCode()).isEqualTo(404);
            assertThat(bob.otp("123456").statusCode()).isEqualTo(404);
            assertThat(alice.login("alice", "correct horse").statusCode()).isEqualTo(200);
            assertThat(alice.user().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void loginCountCountsOnlyLoginsAnswered200() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .user(FakeUser.withOtp("bob", "battery staple", "123456"))
                .start()) {
            RawClient alice = new RawClient(server);
            assertThat(alice.login("alice", "wrong").statusCode()).isEqualTo(401);
            assertThat(server.loginCount()).isZero();

            alice.login("alice", "correct horse");
            assertThat(alice.login("alice", "correct horse").statusCode()).isEqualTo(409);
            new RawClient(server).login("bob", "battery staple");

            assertThat(server.loginCount()).isEqualTo(2);
        }
    }

    @Test
    void loginCountIncludesScriptedSuccessesAndSurvivesClearRequests() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");
            server.enqueue(
                    "/v3/session/login",
                    FakeResponse.builder()
                            .status(200)
                            .jsonBody("{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}")
                            .build());
            server.enqueue("/v3/session/login", FakeResponse.serverError());
            new RawClient(server).login("alice", "correct horse");
            new RawClient(server).login("alice", "correct horse");

            server.clearRequests();

            assertThat(server.loginCount()).isEqualTo(2);
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void loginCountIsKeptWithRecordingOff() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .recording(false)
                .start()) {
            new RawClient(server).login("alice", "correct horse");

            assertThat(server.loginCount()).isEqualTo(1);
        }
    }
}
