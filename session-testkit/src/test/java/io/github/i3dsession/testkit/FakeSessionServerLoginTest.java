package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeSessionServerLoginTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static FakeSessionServer.Builder withAlice() {
        return FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "correct horse"));
    }

    @Test
    void loginWithoutOtpAuthenticatesAtOnceAndSetsTheSessionCookie() throws Exception {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);

            HttpResponse<String> login = client.login("alice", "correct horse");

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(MAPPER.readTree(login.body()))
                    .isEqualTo(MAPPER.readTree("{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}"));
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                    .matches("i3d_session=[0-9a-f]{32}; Path=/; HttpOnly");
            assertThat(server.activeSessions()).isEqualTo(1);
            assertThat(client.user().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void userReturnsTheProfileOfTheLoggedInUser() throws Exception {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            HttpResponse<String> user = client.user();

            assertThat(user.statusCode()).isEqualTo(200);
            assertThat(user.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode json = MAPPER.readTree(user.body());
            assertThat(json.get("userName").asText()).isEqualTo("alice");
            assertThat(json.get("userId").asLong())
                    .isEqualTo(FakeUser.defaultProfile("alice").userId());
            assertThat(json.get("accessLevel").asInt()).isEqualTo(10);
            assertThat(json.get("details").get("language").asInt()).isEqualTo(1);
            assertThat(json.get("details")
                            .get("unconfirmedEmail")
                            .get("expiresAt")
                            .isIntegralNumber())
                    .isTrue();
        }
    }

    @Test
    void userIsNotFoundWithoutASession() {
        try (FakeSessionServer server = withAlice().start()) {
            HttpResponse<String> user = new RawClient(server).user();

            assertThat(user.statusCode()).isEqualTo(404);
            assertThat(user.body()).isEmpty();
        }
    }

    @Test
    void logoutDropsTheSessionAndClearsTheCookie() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");
            String cookie = client.cookie();

            HttpResponse<String> logout = client.logout();

            assertThat(logout.statusCode()).isEqualTo(204);
            assertThat(logout.body()).isEmpty();
            assertThat(logout.headers().firstValue("Set-Cookie")).hasValue("i3d_session=; Path=/; Max-Age=0");
            assertThat(server.activeSessions()).isZero();
            client.cookie(cookie);
            assertThat(client.user().statusCode()).isEqualTo(404);
        }
    }

    @Test
    void logoutWithoutASessionStillAnswersNoContent() {
        try (FakeSessionServer server = withAlice().start()) {
            assertThat(new RawClient(server).logout().statusCode()).isEqualTo(204);
        }
    }

    @Test
    void wrongPasswordAndUnknownUserAreUnauthorizedWithAnEmptyBody() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);

            HttpResponse<String> wrongPassword = client.login("alice", "wrong");
            HttpResponse<String> unknownUser = client.login("mallory", "correct horse");

            assertThat(wrongPassword.statusCode()).isEqualTo(401);
            assertThat(wrongPassword.body()).isEmpty();
            assertThat(unknownUser.statusCode()).isEqualTo(401);
            assertThat(unknownUser.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(server.activeSessions()).isZero();
        }
    }

    @Test
    void loginWhileAuthenticatedIsAConflict() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            HttpResponse<String> again = client.login("alice", "correct horse");

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).isEmpty();
            assertThat(server.activeSessions()).isEqualTo(1);
        }
    }

    @Test
    void tooManyFailedLoginsLockTheUserOutWithRetryAfter() {
        MutableClock clock = MutableClock.startingAt(Instant.parse("2030-01-01T00:00:00Z"));
        try (FakeSessionServer server =
                withAlice().clock(clock).lockout(Duration.ofSeconds(60)).start()) {
            RawClient client = new RawClient(server);
            for (int i = 0; i < 3; i++) {
                assertThat(client.login("alice", "wrong").statusCode()).isEqualTo(401);
            }
            clock.advance(Duration.ofMillis(10_500));

            HttpResponse<String> locked = client.login("alice", "correct horse");

            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("50");
            assertThat(locked.body()).isEmpty();
            assertThat(client.login("bob", "x").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void lockoutIsLiftedOnceItHasPassed() {
        MutableClock clock = MutableClock.startingAt(Instant.parse("2030-01-01T00:00:00Z"));
        try (FakeSessionServer server =
                withAlice().clock(clock).maxFailedLogins(2).start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "wrong");
            client.login("alice", "wrong");
            assertThat(client.login("alice", "correct horse").statusCode()).isEqualTo(429);

            clock.advance(Duration.ofSeconds(59));
            assertThat(client.login("alice", "correct horse").statusCode()).isEqualTo(429);
            clock.advance(Duration.ofSeconds(1));

            assertThat(client.login("alice", "correct horse").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "wrong");
            client.login("alice", "wrong");
            client.login("alice", "correct horse");
            client.logout();

            client.login("alice", "wrong");
            client.login("alice", "wrong");

            assertThat(client.login("alice", "correct horse").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void malformedLoginBodyIsABadRequestWithAnErrorDocument() throws Exception {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);

            HttpResponse<String> notJson = client.post("/v3/session/login", "userName=alice");
            HttpResponse<String> numberPassword =
                    client.post("/v3/session/login", "{\"userName\":\"alice\",\"password\":1}");

            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(numberPassword.statusCode()).isEqualTo(400);
            assertThat(MAPPER.readTree(notJson.body()))
                    .isEqualTo(MAPPER.readTree("{\"errorCode\":400,"
                            + "\"errorMessage\":\"Bad Request\",\"errors\":[{\"property\":\"userName\","
                            + "\"message\":\"userName and password must be strings in a JSON object\"}]}"));
        }
    }

    @Test
    void wrapObjectsInArraySendsEveryJsonObjectAsAOneElementArray() throws Exception {
        try (FakeSessionServer server = withAlice().wrapObjectsInArray(true).start()) {
            RawClient client = new RawClient(server);

            JsonNode login =
                    MAPPER.readTree(client.login("alice", "correct horse").body());
            JsonNode user = MAPPER.readTree(client.user().body());

            assertThat(login.isArray()).isTrue();
            assertThat(login).hasSize(1);
            assertThat(login.get(0).get("requiresOtp").asBoolean()).isFalse();
            assertThat(user.isArray()).isTrue();
            assertThat(user.get(0).get("userName").asText()).isEqualTo("alice");
        }
    }

    @Test
    void sessionCookieNameIsConfigurable() {
        try (FakeSessionServer server = withAlice().sessionCookieName("SID").start()) {
            RawClient client = new RawClient(server);

            HttpResponse<String> login = client.login("alice", "correct horse");

            assertThat(server.sessionCookieName()).isEqualTo("SID");
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("SID=");
            assertThat(client.user().statusCode()).isEqualTo(200);
            assertThat(client.logout().headers().firstValue("Set-Cookie")).hasValue("SID=; Path=/; Max-Age=0");
        }
    }

    @Test
    void aStandardCookieJarKeepsTheSession() throws Exception {
        try (FakeSessionServer server = withAlice().start()) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .build();
            URI base = server.baseUri();

            HttpResponse<Void> login = client.send(
                    HttpRequest.newBuilder(base.resolve("/v3/session/login"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"userName\":\"alice\",\"password\":\"correct horse\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> user = client.send(
                    HttpRequest.newBuilder(base.resolve("/v3/session/user")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(user.statusCode()).isEqualTo(200);
            assertThat(server.requests().get(1).header("cookie").orElseThrow()).startsWith("i3d_session=");
        }
    }

    @Test
    void eachLoginCreatesItsOwnSession() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient first = new RawClient(server);
            RawClient second = new RawClient(server);
            first.login("alice", "correct horse");
            second.login("alice", "correct horse");

            assertThat(first.cookie()).isNotEqualTo(second.cookie());
            assertThat(server.activeSessions()).isEqualTo(2);
            first.logout();
            assertThat(server.activeSessions()).isEqualTo(1);
            assertThat(second.user().statusCode()).isEqualTo(200);
        }
    }
}
