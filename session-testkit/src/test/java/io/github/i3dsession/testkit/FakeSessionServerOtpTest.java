package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.i3dsession.api.Totp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeSessionServerOtpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Totp RFC_TOTP = Totp.builder().secret(RFC_SECRET).build();

    private static FakeSessionServer.Builder withBob(SettableClock clock) {
        return FakeSessionServer.builder().clock(clock).user(FakeUser.withOtp("bob", "battery staple", "123456"));
    }

    @Test
    void loginThenOtpThenUserThenLogoutWalksTheWholeTwoFactorFlow() throws Exception {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server = withBob(clock).start()) {
            RawClient client = new RawClient(server);

            HttpResponse<String> login = client.login("bob", "battery staple");
            long deadline = START.plus(Duration.ofMinutes(5)).getEpochSecond();
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(MAPPER.readTree(login.body()))
                    .isEqualTo(MAPPER.readTree("{\"requiresOtp\":true," + "\"expiresAt\":" + deadline
                            + ",\"otpSessionExpiresAt\":" + deadline + "}"));
            assertThat(client.user().statusCode()).as("user while pending").isEqualTo(404);
            assertThat(server.activeSessions()).isEqualTo(1);

            HttpResponse<String> otp = client.otp("123456");
            assertThat(otp.statusCode()).isEqualTo(204);
            assertThat(otp.body()).isEmpty();
            assertThat(otp.headers().firstValue("Content-Type")).isEmpty();

            JsonNode user = MAPPER.readTree(client.user().body());
            assertThat(user.get("userName").asText()).isEqualTo("bob");

            assertThat(client.logout().statusCode()).isEqualTo(204);
            assertThat(server.activeSessions()).isZero();
        }
    }

    @Test
    void wrongOtpIsUnauthorizedAndKeepsTheSessionPending() {
        try (FakeSessionServer server = withBob(new SettableClock(START)).start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");

            HttpResponse<String> wrong = client.otp("654321");

            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).isEmpty();
            assertThat(client.otp("123456").statusCode()).isEqualTo(204);
        }
    }

    @Test
    void otpWithoutASessionCookieIsNotFound() {
        try (FakeSessionServer server = withBob(new SettableClock(START)).start()) {
            RawClient client = new RawClient(server);

            assertThat(client.otp("123456").statusCode()).isEqualTo(404);
            client.cookie("i3d_session=00000000000000000000000000000000");
            assertThat(client.otp("123456").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void otpAfterTheSessionIsAuthenticatedIsNotFound() {
        try (FakeSessionServer server = withBob(new SettableClock(START)).start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");
            client.otp("123456");

            HttpResponse<String> again = client.otp("123456");

            assertThat(again.statusCode()).isEqualTo(404);
            assertThat(client.user().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void otpAfterTheWindowClosesIsNotFoundAndDropsTheSession() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server =
                withBob(clock).otpWindow(Duration.ofSeconds(30)).start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");
            clock.advance(Duration.ofSeconds(31));

            HttpResponse<String> late = client.otp("123456");

            assertThat(late.statusCode()).isEqualTo(404);
            assertThat(server.activeSessions()).isZero();
            clock.set(START);
            assertThat(client.otp("123456").statusCode()).as("dropped for good").isEqualTo(404);
        }
    }

    @Test
    void otpAtTheLastSecondOfTheWindowIsAccepted() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server =
                withBob(clock).otpWindow(Duration.ofSeconds(30)).start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");
            clock.advance(Duration.ofSeconds(30));

            assertThat(client.otp("123456").statusCode()).isEqualTo(204);
        }
    }

    @Test
    void expiredPendingSessionsAreNotCountedAsActive() {
        SettableClock clock = new SettableClock(START);
        try (FakeSessionServer server = withBob(clock).start()) {
            new RawClient(server).login("bob", "battery staple");
            assertThat(server.activeSessions()).isEqualTo(1);

            clock.advance(Duration.ofMinutes(6));

            assertThat(server.activeSessions()).isZero();
        }
    }

    @Test
    void pendingSessionDoesNotMakeLoginAConflict() {
        try (FakeSessionServer server = withBob(new SettableClock(START)).start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");
            String pending = client.cookie();

            HttpResponse<String> again = client.login("bob", "battery staple");

            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(client.cookie()).isNotEqualTo(pending);
            assertThat(server.activeSessions()).isEqualTo(1);
        }
    }

    @Test
    void totpUserIsAcceptedWithTheRfc6238CodeOfTheServerClock() {
        SettableClock clock = new SettableClock(Instant.ofEpochSecond(59));
        try (FakeSessionServer server = FakeSessionServer.builder()
                .clock(clock)
                .user(FakeUser.withTotp("carol", "s3cret", RFC_SECRET))
                .start()) {
            RawClient client = new RawClient(server);
            client.login("carol", "s3cret");

            assertThat(RFC_TOTP.at(clock.instant())).isEqualTo("287082");
            assertThat(client.otp("287082").statusCode()).isEqualTo(204);
            assertThat(client.user().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void totpAcceptsThePreviousAndNextStepButNotFurther() {
        Instant now = Instant.parse("2030-06-01T12:00:10Z");
        SettableClock clock = new SettableClock(now);
        try (FakeSessionServer server = FakeSessionServer.builder()
                .clock(clock)
                .user(FakeUser.withTotp("carol", "s3cret", RFC_SECRET))
                .start()) {
            assertThat(acceptedAfterLogin(server, RFC_TOTP.at(now.minusSeconds(30))))
                    .isTrue();
            assertThat(acceptedAfterLogin(server, RFC_TOTP.at(now.plusSeconds(30))))
                    .isTrue();
            assertThat(acceptedAfterLogin(server, RFC_TOTP.at(now.minusSeconds(60))))
                    .isFalse();
            assertThat(acceptedAfterLogin(server, RFC_TOTP.at(now.plusSeconds(60))))
                    .isFalse();
        }
    }

    @Test
    void malformedOtpBodyOnAPendingSessionIsABadRequest() {
        try (FakeSessionServer server = withBob(new SettableClock(START)).start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");

            HttpResponse<String> response = client.post("/v3/session/login/otp", "{\"otp\":123456}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"property\":\"otp\"");
        }
    }

    private static boolean acceptedAfterLogin(FakeSessionServer server, String otp) {
        RawClient client = new RawClient(server);
        assertThat(client.login("carol", "s3cret").statusCode()).isEqualTo(200);
        return client.otp(otp).statusCode() == 204;
    }
}
