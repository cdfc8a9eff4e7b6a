package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRequestTest {
    private static final byte[] JSON = "{\"name\":\"game-02\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void getHasNoBodyQueryOrHeaders() {
        ApiRequest request = ApiRequest.get("/v3/host");

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v3/host");
        assertThat(request.queryParameters()).isEmpty();
        assertThat(request.headers()).isEmpty();
        assertThat(request.body()).isEmpty();
        assertThat(request.contentType()).isEmpty();
        assertThat(request.pathAndQuery()).isEqualTo("/v3/host");
    }

    @Test
    void theShortcutsSetMethodBodyAndContentType() {
        assertThat(ApiRequest.delete("/v3/host/1").method()).isEqualTo("DELETE");
        for (ApiRequest request : List.of(
                ApiRequest.post("/v3/host", JSON, "application/json"),
                ApiRequest.put("/v3/host/1", JSON, "application/json"),
                ApiRequest.patch("/v3/host/1", JSON, "application/json"))) {
            assertThat(request.body()).isEqualTo(JSON);
            assertThat(request.contentType()).contains("application/json");
        }
        assertThat(ApiRequest.put("/v3/host/1", JSON, "application/json").method())
                .isEqualTo("PUT");
        assertThat(ApiRequest.patch("/v3/host/1", JSON, "application/json").method())
                .isEqualTo("PATCH");
        assertThat(ApiRequest.post("/v3/host", JSON, "application/json").method())
                .isEqualTo("POST");
    }

    @Test
    void theBodyIsCopiedInAndOut() {
        byte[] body = JSON.clone();
        ApiRequest request = ApiRequest.post("/v3/host", body, "application/json");
        body[0] = 'x';
        request.body()[1] = 'y';

        assertThat(request.body()).isEqualTo(JSON);
    }

    @ParameterizedTest
    @CsvSource({"GET, true", "HEAD, true", "PUT, true", "DELETE, true", "OPTIONS, true", "POST, false", "PATCH, false"})
    void idempotencyFollowsTheMethod(String method, boolean idempotent) {
        assertThat(ApiRequest.builder(method, "/v3/host").build().isIdempotent())
                .isEqualTo(idempotent);
    }

    @Test
    void queryParametersAppendAndAreEncodedAsUtf8() {
        ApiRequest request = ApiRequest.builder("GET", "/v3/host")
                .query("name", "game 01")
                .query("tag", "eu&us")
                .query("name", "café=€/?#")
                .query("empty", "")
                .build();

        assertThat(request.queryParameters())
                .containsExactly(
                        Map.entry("name", List.of("game 01", "café=€/?#")),
                        Map.entry("tag", List.of("eu&us")),
                        Map.entry("empty", List.of("")));
        assertThat(request.pathAndQuery())
                .isEqualTo("/v3/host?name=game%2001&tag=eu%26us&name=caf%C3%A9%3D%E2%82%AC%2F%3F%23&empty=");
    }

    @Test
    void queryNamesAreEncodedToo() {
        ApiRequest request =
                ApiRequest.builder("GET", "/v3/host").query("a b[]", "1").build();

        assertThat(request.pathAndQuery()).isEqualTo("/v3/host?a%20b%5B%5D=1");
    }

    @Test
    void thePathIsEncodedButItsEscapesAreKept() {
        ApiRequest request = ApiRequest.get("/v3/host/game 01/ü/a%2Fb/x:y@z");

        assertThat(request.path()).isEqualTo("/v3/host/game 01/ü/a%2Fb/x:y@z");
        assertThat(request.pathAndQuery()).isEqualTo("/v3/host/game%2001/%C3%BC/a%2Fb/x:y@z");
    }

    @Test
    void headersAppendAndAreLookedUpWithoutCase() {
        ApiRequest request = ApiRequest.builder("GET", "/v3/host")
                .header("Accept", "application/json")
                .header("X-Trace", "a")
                .header("x-trace", "b")
                .build();

        assertThat(request.headers().get("accept")).containsExactly("application/json");
        assertThat(request.headers().get("X-TRACE")).containsExactly("a", "b");
        assertThat(request.headers()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cookie",
                "cookie",
                "PRIVATE-TOKEN",
                "Private-Token",
                "Host",
                "Content-Length",
                "content-type",
                "Transfer-Encoding",
                "Connection"
            })
    void headersTheClientSetsAreRefused(String name) {
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/v3/host").header(name, "secret-value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("header " + name + " is set by the client and cannot be given")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void contentTypeAsAHeaderPointsToBody() {
        assertThatThrownBy(() -> ApiRequest.builder("POST", "/v3/host").header("Content-Type", "text/plain"))
                .hasMessage("header Content-Type is set by the client and cannot be given; pass the content type"
                        + " to body(..)");
    }

    @Test
    void headerNamesMustBeTokensAndValuesFreeOfControlCharacters() {
        ApiRequest.Builder builder = ApiRequest.builder("GET", "/v3/host");

        assertThatThrownBy(() -> builder.header("X Trace", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("header name must be a token: X Trace");
        assertThatThrownBy(() -> builder.header("", "a")).hasMessage("header name must be a token: ");
        assertThatThrownBy(() -> builder.header("X-Api", "key\r\nCookie: stolen"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of header X-Api has a control character at index 3");
        assertThat(builder.header("X-Tab", "a\tb").build().headers().get("X-Tab"))
                .containsExactly("a\tb");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://evil.example/v3/host | path must start with a single / and be relative to the base URI, such"
                        + " as /v3/host: http://evil.example/v3/host",
                "//evil.example/v3/host | path must start with a single / and be relative to the base URI, such as"
                        + " /v3/host: //evil.example/v3/host",
                "v3/host | path must start with a single / and be relative to the base URI, such as /v3/host: v3/host",
                "'' | path must not be empty; the base URI itself is /",
                "/v3/host?page=2 | path must not contain ?; add query parameters with query(name, value):"
                        + " /v3/host?page=2",
                "/v3/host#top | path must not contain #; add query parameters with query(name, value): /v3/host#top",
                "/v3/../admin | path must not contain . or .. segments: /v3/../admin",
                "/v3/./host | path must not contain . or .. segments: /v3/./host",
                "/v3/host/.. | path must not contain . or .. segments: /v3/host/..",
                "/v3/%2e%2e/admin | path must not contain . or .. segments: /v3/%2e%2e/admin",
                "/v3/%2E%2E/admin | path must not contain . or .. segments: /v3/%2E%2E/admin",
                "/v3/.%2e/admin | path must not contain . or .. segments: /v3/.%2e/admin",
                "/v3/%2e | path must not contain . or .. segments: /v3/%2e",
                "/v3/a%2F..%2Fadmin | path must not contain . or .. segments: /v3/a%2F..%2Fadmin",
                "/v3/a%5C..%5Cadmin | path must not contain . or .. segments: /v3/a%5C..%5Cadmin",
                "/v3/100% | path has a % at index 7 that does not start a %XX escape; write % as %25",
                "/v3/%zz | path has a % at index 4 that does not start a %XX escape; write % as %25",
            })
    void unsafePathsAreRefused(String path, String message) {
        assertThatThrownBy(() -> ApiRequest.get(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void controlCharactersInThePathAreRefused() {
        assertThatThrownBy(() -> ApiRequest.get("/v3/host\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path has a control character at index 8");
        assertThatThrownBy(() -> ApiRequest.get("/v3/\u0000")).hasMessage("path has a control character at index 4");
    }

    @Test
    void dotsInsideSegmentsAreFine() {
        assertThat(ApiRequest.get("/v3/host/a.b/...").pathAndQuery()).isEqualTo("/v3/host/a.b/...");
        assertThat(ApiRequest.get("/").pathAndQuery()).isEqualTo("/");
    }

    @ParameterizedTest
    @CsvSource({"get", "Get", "GET /", "''"})
    void methodsMustBeUpperCaseTokens(String method) {
        assertThatThrownBy(() -> ApiRequest.builder(method, "/v3/host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("method must be an upper-case token such as GET: " + method);
    }

    @Test
    void connectAndTraceAreRefused() {
        assertThatThrownBy(() -> ApiRequest.builder("TRACE", "/v3/host"))
                .hasMessage("method TRACE is not supported for API calls");
        assertThatThrownBy(() -> ApiRequest.builder("CONNECT", "/v3/host"))
                .hasMessage("method CONNECT is not supported for API calls");
    }

    @Test
    void anyOtherUpperCaseMethodIsAllowed() {
        ApiRequest request = ApiRequest.builder("PROPFIND", "/v3/host").build();

        assertThat(request.method()).isEqualTo("PROPFIND");
        assertThat(request.isIdempotent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void methodsWithoutABodyRefuseOne(String method) {
        assertThatThrownBy(() -> ApiRequest.builder(method, "/v3/host").body(JSON, "application/json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("body is not allowed for " + method);
    }

    @Test
    void deleteMayCarryABody() {
        ApiRequest request = ApiRequest.builder("DELETE", "/v3/host")
                .body(JSON, "application/json")
                .build();

        assertThat(request.body()).isEqualTo(JSON);
    }

    @Test
    void bodyReplacesAndNeedsAContentType() {
        ApiRequest request = ApiRequest.builder("POST", "/v3/host")
                .body(new byte[] {1}, "application/octet-stream")
                .body(JSON, "application/json; charset=utf-8")
                .build();

        assertThat(request.body()).isEqualTo(JSON);
        assertThat(request.contentType()).contains("application/json; charset=utf-8");
        assertThatThrownBy(() -> ApiRequest.post("/v3/host", JSON, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contentType must not be blank");
        assertThatThrownBy(() -> ApiRequest.post("/v3/host", JSON, "text/plain\r\nX: 1"))
                .hasMessage("value of header Content-Type has a control character at index 10");
        assertThatThrownBy(() -> ApiRequest.post("/v3/host", null, "application/json"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("body");
        assertThatThrownBy(() -> ApiRequest.post("/v3/host", JSON, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("contentType");
    }

    @Test
    void nullsAndEmptyQueryNamesAreRefused() {
        ApiRequest.Builder builder = ApiRequest.builder("GET", "/v3/host");

        assertThatThrownBy(() -> ApiRequest.get(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("path");
        assertThatThrownBy(() -> ApiRequest.builder(null, "/")).hasMessage("method");
        assertThatThrownBy(() -> builder.query("", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query parameter name must not be empty");
        assertThatThrownBy(() -> builder.query("page", null)).hasMessage("value");
        assertThatThrownBy(() -> builder.header("Accept", null)).hasMessage("value");
    }

    @Test
    void toStringShowsMethodAndPathOnly() {
        ApiRequest request = ApiRequest.builder("POST", "/v3/host")
                .query("token", "query-secret")
                .header("X-Api-Key", "header-secret")
                .body("body-secret".getBytes(StandardCharsets.UTF_8), "text/plain")
                .build();

        assertThat(request.toString()).isEqualTo("ApiRequest{POST /v3/host}");
    }

    @Test
    void equalRequestsAreEqualAndToBuilderCopies() {
        ApiRequest request = ApiRequest.builder("PATCH", "/v3/host/1")
                .query("a", "1")
                .header("X-Trace", "t")
                .body(JSON, "application/json")
                .build();
        ApiRequest sameButHeaderCase = ApiRequest.builder("PATCH", "/v3/host/1")
                .query("a", "1")
                .header("x-trace", "t")
                .body(JSON.clone(), "application/json")
                .build();

        assertThat(request).isEqualTo(sameButHeaderCase).hasSameHashCodeAs(sameButHeaderCase);
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(request.toBuilder().query("b", "2").build())
                .isNotEqualTo(request)
                .extracting(ApiRequest::pathAndQuery)
                .isEqualTo("/v3/host/1?a=1&b=2");
        assertThat(request).isNotEqualTo(ApiRequest.patch("/v3/host/1", JSON, "application/json"));
    }
}
