package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingAndScriptingTest {

    private static FakeSessionServer startWithAlice() {
        return FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .start();
    }

    @Test
    void everyRequestIsRecordedWithMethodPathQueryHeadersAndBody() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            client.send(client.request("/v3/session/user?a=1&b=%20x")
                    .header("X-Trace", "one")
                    .header("X-Trace", "two")
                    .GET());
            client.login("alice", "correct horse");

            List<RecordedRequest> requests = server.requests();

            assertThat(requests).hasSize(2);
            RecordedRequest get = requests.get(0);
            assertThat(get.method()).isEqualTo("GET");
            assertThat(get.path()).isEqualTo("/v3/session/user");
            assertThat(get.query()).isEqualTo("a=1&b=%20x");
            assertThat(get.header("x-trace")).hasValue("one");
            assertThat(get.headers("X-TRACE")).containsExactly("one", "two");
            assertThat(get.header("PRIVATE-TOKEN")).hasValue("test-token");
            assertThat(get.header("X-Missing")).isEmpty();
            assertThat(get.headers("X-Missing")).isEmpty();
            assertThat(get.body()).isEmpty();
            RecordedRequest login = requests.get(1);
            assertThat(login.query()).isEmpty();
            assertThat(login.bodyUtf8()).isEqualTo("{\"userName\":\"alice\",\"password\":\"correct horse\"}");
            assertThat(login.body()).isEqualTo(login.bodyUtf8().getBytes(StandardCharsets.UTF_8));
            assertThat(login.toString()).isEqualTo("POST /v3/session/login (47 body bytes)");
        }
    }

    @Test
    void requestCountsCanBeFilteredByMethodAndPathAndCleared() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            client.login("alice", "wrong");
            client.login("alice", "correct horse");
            client.user();

            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(server.requestCount("POST", "/v3/session/login")).isEqualTo(2);
            assertThat(server.requestCount("post", "/v3/session/login")).isEqualTo(2);
            assertThat(server.requestCount("GET", "/v3/session/login")).isZero();

            server.clearRequests();

            assertThat(server.requestCount()).isZero();
            assertThat(server.requests()).isEmpty();
            assertThat(server.exchanges()).isEmpty();
            assertThat(client.user().statusCode())
                    .as("sessions survive clearRequests")
                    .isEqualTo(200);
        }
    }

    @Test
    void exchangesHoldTheResponseStatusHeadersAndBody() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            HttpResponse<String> login = client.login("alice", "correct horse");
            client.logout();

            List<RecordedExchange> exchanges = server.exchanges();

            assertThat(exchanges).hasSize(2);
            RecordedExchange first = exchanges.get(0);
            assertThat(first.request().path()).isEqualTo("/v3/session/login");
            assertThat(first.responseStatus()).isEqualTo(200);
            assertThat(first.responseHeaders().get("content-type")).containsExactly("application/json");
            assertThat(first.responseHeaders().get("SET-COOKIE"))
                    .containsExactly(login.headers().firstValue("Set-Cookie").orElseThrow());
            assertThat(first.responseBodyUtf8()).isEqualTo(login.body());
            assertThat(exchanges.get(1).responseStatus()).isEqualTo(204);
            assertThat(exchanges.get(1).responseBody()).isEmpty();
        }
    }

    @Test
    void unknownPathsAndMethodsAreNotFoundWithoutABody() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);

            HttpResponse<String> unknownPath = client.get("/v3/session/nope");
            HttpResponse<String> wrongMethod = client.get("/v3/session/login");
            HttpResponse<String> delete =
                    client.send(client.request("/v3/session/user").DELETE());

            assertThat(unknownPath.statusCode()).isEqualTo(404);
            assertThat(unknownPath.body()).isEmpty();
            assertThat(wrongMethod.statusCode()).isEqualTo(404);
            assertThat(delete.statusCode()).isEqualTo(404);
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void scriptedResponsesAreServedFirstInFirstOutPerPathAndStillRecorded() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            server.enqueue("/v3/session/user", FakeResponse.status(503));
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(200)
                            .jsonBody("{\"scripted\":true}")
                            .header("X-Scripted", "yes")
                            .build());
            server.enqueue("/v3/session/logout", FakeResponse.status(502));

            HttpResponse<String> first = client.user();
            HttpResponse<String> second = client.user();
            HttpResponse<String> third = client.user();

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo("{\"scripted\":true}");
            assertThat(second.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(second.headers().firstValue("X-Scripted")).hasValue("yes");
            assertThat(third.statusCode()).as("script used up: normal handling").isEqualTo(404);
            assertThat(server.requestCount("GET", "/v3/session/user")).isEqualTo(3);
            assertThat(server.exchanges().get(0).responseStatus()).isEqualTo(503);
            assertThat(client.logout().statusCode()).isEqualTo(502);
        }
    }

    @Test
    void scriptedLoginChangesNoSessionState() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            server.enqueue("/v3/session/login", FakeResponse.serverError());

            HttpResponse<String> login = client.login("alice", "correct horse");

            assertThat(login.statusCode()).isEqualTo(500);
            assertThat(server.activeSessions()).isZero();
            assertThat(client.login("alice", "correct horse").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void clearScriptDropsUnusedResponses() {
        try (FakeSessionServer server = startWithAlice()) {
            server.enqueue("/v3/session/user", FakeResponse.serverError());

            server.clearScript();

            assertThat(new RawClient(server).user().statusCode()).isEqualTo(404);
        }
    }

    @Test
    void serverErrorAndErrorCarryTheSpecErrorDocument() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            server.enqueue("/v3/session/user", FakeResponse.serverError());
            server.enqueue("/v3/session/user", FakeResponse.error(422, 1002, "Validation failed", "otp", "too short"));

            HttpResponse<String> serverError = client.user();
            HttpResponse<String> error = client.user();

            assertThat(serverError.statusCode()).isEqualTo(500);
            assertThat(serverError.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(serverError.body())
                    .isEqualTo("{\"errorCode\":500,\"errorMessage\":\"Internal Server Error\",\"errors\":[]}");
            assertThat(error.statusCode()).isEqualTo(422);
            assertThat(error.body())
                    .isEqualTo("{\"errorCode\":1002,\"errorMessage\":\"Validation failed\","
                            + "\"errors\":[{\"property\":\"otp\",\"message\":\"too short\"}]}");
        }
    }

    @Test
    void scriptedNoContentNeverSendsABody() {
        try (FakeSessionServer server = startWithAlice()) {
            RawClient client = new RawClient(server);
            server.enqueue(
                    "/v3/session/logout",
                    FakeResponse.builder()
                            .status(204)
                            .body("ignored".getBytes(StandardCharsets.UTF_8))
                            .build());

            HttpResponse<String> logout =
                    client.send(client.request("/v3/session/logout").POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(logout.statusCode()).isEqualTo(204);
            assertThat(logout.body()).isEmpty();
            assertThat(client.user().statusCode()).as("connection still usable").isEqualTo(404);
        }
    }
}
