package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Endpoints a test adds with {@link FakeSessionServer.Builder#endpoint(String, String, int, String)}. */
class CustomEndpointTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOSTS = "[{\"id\":1,\"name\":\"game-01\"}]";

    private static FakeSessionServer.Builder withAlice() {
        return FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .endpoint("GET", "/v3/host", 200, HOSTS);
    }

    @Test
    void anAddedEndpointAnswersItsJsonToALoggedInSession() throws Exception {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            HttpResponse<String> response = client.get("/v3/host?page=2");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(MAPPER.readTree(response.body())).isEqualTo(MAPPER.readTree(HOSTS));
            RecordedRequest recorded = server.requests().get(1);
            assertThat(recorded.path()).isEqualTo("/v3/host");
            assertThat(recorded.query()).isEqualTo("page=2");
            assertThat(server.requestCount("GET", "/v3/host")).isEqualTo(1);
        }
    }

    @Test
    void withoutASessionAnAddedEndpointAnswers401WithAnErrorDocument() throws Exception {
        try (FakeSessionServer server = withAlice().start()) {
            HttpResponse<String> response = new RawClient(server).get("/v3/host");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(MAPPER.readTree(response.body()))
                    .isEqualTo(MAPPER.readTree("{\"errorCode\":401,\"errorMessage\":\"Unauthorized\",\"errors\":[]}"));
            assertThat(server.requestCount("GET", "/v3/host")).isEqualTo(1);
        }
    }

    @Test
    void aPendingTwoFactorSessionOrAnExpiredOneGets401() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withOtp("bob", "battery staple", "123456"))
                .endpoint("GET", "/v3/host", 200, HOSTS)
                .start()) {
            RawClient client = new RawClient(server);
            client.login("bob", "battery staple");
            assertThat(client.get("/v3/host").statusCode()).isEqualTo(401);
            client.otp("123456");
            assertThat(client.get("/v3/host").statusCode()).isEqualTo(200);

            server.expireSessions();

            assertThat(client.get("/v3/host").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aPostEndpointAcceptsAndRecordsTheRequestBody() {
        try (FakeSessionServer server = withAlice()
                .endpoint("POST", "/v3/host/1/reboot", 202, "{\"jobId\":7}")
                .endpoint("PATCH", "/v3/host/1", 200, "{\"id\":1}")
                .start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            HttpResponse<String> reboot = client.post("/v3/host/1/reboot", "{\"force\":true}");
            HttpResponse<String> patch = client.send(client.request("/v3/host/1")
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"game-02\"}")));

            assertThat(reboot.statusCode()).isEqualTo(202);
            assertThat(reboot.body()).isEqualTo("{\"jobId\":7}");
            assertThat(patch.statusCode()).isEqualTo(200);
            assertThat(server.requests())
                    .extracting(RecordedRequest::method, RecordedRequest::bodyUtf8)
                    .endsWith(
                            org.assertj.core.groups.Tuple.tuple("POST", "{\"force\":true}"),
                            org.assertj.core.groups.Tuple.tuple("PATCH", "{\"name\":\"game-02\"}"));
        }
    }

    @Test
    void anEmptyBodyIsSentWithoutContentType() {
        try (FakeSessionServer server =
                withAlice().endpoint("DELETE", "/v3/host/1", 204, "").start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            HttpResponse<String> response =
                    client.send(client.request("/v3/host/1").DELETE());

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        }
    }

    @Test
    void anotherMethodOnAnAddedPathIsStill404() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            assertThat(client.post("/v3/host", "{}").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void scriptedResponsesTakePrecedenceOverAnAddedEndpoint() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");
            server.enqueue("/v3/host", FakeResponse.serverError());

            assertThat(client.get("/v3/host").statusCode()).isEqualTo(500);
            assertThat(client.get("/v3/host").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void addedEndpointsDoNotChangeTheSessionEndpoints() {
        try (FakeSessionServer server = withAlice().start()) {
            RawClient client = new RawClient(server);

            assertThat(client.user().statusCode()).isEqualTo(404);
            assertThat(client.login("alice", "correct horse").statusCode()).isEqualTo(200);
            assertThat(client.user().statusCode()).isEqualTo(200);
            assertThat(client.logout().statusCode()).isEqualTo(204);
            assertThat(client.get("/v3/unknown").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void malformedEndpointsAreRejectedNamingTheArgument() {
        FakeSessionServer.Builder builder = FakeSessionServer.builder();

        assertThatThrownBy(() -> builder.endpoint("get", "/v3/host", 200, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("method must be an upper-case token such as GET: get");
        assertThatThrownBy(() -> builder.endpoint("GET", "v3/host", 200, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "path must start with / and have no query, fragment, spaces or control characters: v3/host");
        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/host?page=1", 200, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("path must start with /");
        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/host", 199, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be between 200 and 599: 199");
        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/host", 200, "{\"id\":"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("body must be empty or one JSON value");
        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/host", 200, "{} {}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("body must be empty or one JSON value");
        assertThatThrownBy(() -> builder.endpoint("DELETE", "/v3/host", 204, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("body must be empty for status 204");
        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/session/user", 200, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GET /v3/session/user is a session endpoint; script it with enqueue instead");
        assertThatThrownBy(() -> builder.endpoint(null, "/v3/host", 200, "{}"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("method");
        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/host", 200, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("body");
    }

    @Test
    void theSameMethodAndPathCannotBeAddedTwice() {
        FakeSessionServer.Builder builder = withAlice();

        assertThatThrownBy(() -> builder.endpoint("GET", "/v3/host", 500, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate endpoint: GET /v3/host");
    }
}
