package io.github.i3dsession.transport.feign;

import static io.github.i3dsession.transport.feign.Requests.bodyUtf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FeignTransport} over Feign's default client against {@link FakeSessionServer}. */
class FeignTransportTest {
    /** Headers HttpURLConnection adds for framing and identification; none carries state. */
    private static final Set<String> CLIENT_HEADERS = Set.of("host", "user-agent", "connection", "content-length");

    private FakeSessionServer server;
    private FeignTransport transport;

    @BeforeEach
    void start() {
        server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start();
        transport = FeignTransport.create();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void loginSendsExactlyTheCoresHeadersAndBody() throws Exception {
        byte[] body = "{\"userName\":\"alice\",\"password\":\"pw\"}".getBytes(StandardCharsets.UTF_8);
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.LOGIN)
                .header("Content-Type", "application/json")
                .header("Cookie", "other={not-a-template}; x=%20")
                .header("X-Custom", "one, two")
                .body(body)
                .build();

        try (TransportResponse response = transport.send(request)) {
            assertThat(response.statusCode()).isEqualTo(200);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v3/session/login");
        assertThat(recorded.body()).isEqualTo(body);
        assertThat(recorded.headers("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headers("Accept")).containsExactly("application/json");
        assertThat(recorded.headers("PRIVATE-TOKEN")).containsExactly(Requests.API_KEY);
        assertThat(recorded.headers("Cookie")).containsExactly("other={not-a-template}; x=%20");
        assertThat(recorded.headers("X-Custom")).containsExactly("one, two");
        assertThat(recorded.headers("Content-Length")).containsExactly(Integer.toString(body.length));
        assertThat(namesBeyond(recorded, CLIENT_HEADERS))
                .containsExactlyInAnyOrder("accept", "content-type", "cookie", "private-token", "x-custom");
    }

    @Test
    void logoutSendsNoBodyAndNoContentType() throws Exception {
        try (TransportResponse response = transport.send(Requests.logout(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(204);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v3/session/logout");
        assertThat(recorded.body()).isEmpty();
        assertThat(recorded.headers("Content-Type")).isEmpty();
        assertThat(namesBeyond(recorded, CLIENT_HEADERS)).containsExactlyInAnyOrder("accept", "private-token");
    }

    @Test
    void getUserSendsAGetWithTheCookieItWasGiven() throws Exception {
        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri(), "i3d_session=abc"))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("GET");
        assertThat(recorded.path()).isEqualTo("/v3/session/user");
        assertThat(recorded.headers("Cookie")).containsExactly("i3d_session=abc");
        assertThat(recorded.headers("Content-Type")).isEmpty();
    }

    @Test
    void aBasePathIsKeptInFrontOfTheOperationPath() throws Exception {
        URI withBasePath = URI.create(server.baseUri() + "/gateway");
        try (TransportResponse response = transport.send(Requests.getUser(withBasePath))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        assertThat(server.requests().get(0).path()).isEqualTo("/gateway/v3/session/user");
    }

    @Test
    void aSuccessfulLoginComesBackWithItsStatusBodyAndCookie() throws Exception {
        try (TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "pw"))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.firstHeader("content-type")).hasValue("application/json");
            assertThat(response.headers("SET-COOKIE"))
                    .singleElement()
                    .asString()
                    .startsWith("i3d_session=");
            assertThat(bodyUtf8(response)).contains("\"requiresOtp\":false");
        }
    }

    @Test
    void noContentComesBackWithAnEmptyBody() throws Exception {
        try (TransportResponse response = transport.send(Requests.logout(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body().read()).isEqualTo(-1);
        }
    }

    @Test
    void unauthorizedToAGetIsReturnedWithItsBodyNotThrown() throws Exception {
        server.enqueue("/v3/session/user", FakeResponse.error(401, 401, "Unauthorized", "PRIVATE-TOKEN", "bad key"));

        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.firstHeader("Content-Type")).hasValue("application/json");
            assertThat(bodyUtf8(response)).contains("\"errorCode\":401").contains("\"message\":\"bad key\"");
        }
    }

    @Test
    void unauthorizedToALoginOverTheDefaultClientKeepsItsStatusAndHeadersButNotItsBody() throws Exception {
        // HttpURLConnection drops a 401 body when it streamed the request body, as create() documents.
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder()
                        .status(401)
                        .header("WWW-Authenticate", "Basic realm=\"i3d\"")
                        .jsonBody("{\"errorCode\":401}")
                        .build());

        try (TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "bad"))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.firstHeader("WWW-Authenticate")).hasValue("Basic realm=\"i3d\"");
            assertThat(bodyUtf8(response)).isEmpty();
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void notFoundIsReturnedWithItsBodyNotThrown() throws Exception {
        server.enqueue("/v3/session/user", FakeResponse.error(404, 404, "Not Found", "session", "none"));

        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(bodyUtf8(response)).contains("\"errorCode\":404");
        }
    }

    @Test
    void serverErrorIsReturnedWithItsBodyAndSentOnce() throws Exception {
        server.enqueue("/v3/session/user", FakeResponse.serverError());

        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(bodyUtf8(response))
                    .isEqualTo("{\"errorCode\":500,\"errorMessage\":\"Internal Server Error\",\"errors\":[]}");
        }
        assertThat(server.requestCount("GET", "/v3/session/user")).isEqualTo(1);
    }

    @Test
    void serviceUnavailableWithRetryAfterIsReturnedNotRetried() throws Exception {
        // Feign's default error decoder would turn Retry-After into a RetryableException and retry.
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(503).header("Retry-After", "1").build());

        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.firstHeader("Retry-After")).hasValue("1");
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void setCookieComesBackOneValuePerHeaderLine() throws Exception {
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder()
                        .status(200)
                        .header("Set-Cookie", "a=1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT")
                        .header("Set-Cookie", "b=2; Path=/; HttpOnly")
                        .jsonBody("{}")
                        .build());

        try (TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "pw"))) {
            assertThat(response.headers("set-cookie"))
                    .containsExactly("a=1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT", "b=2; Path=/; HttpOnly");
        }
    }

    @Test
    void aRedirectIsReturnedNotFollowed() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(302)
                        .header("Location", server.baseUri() + "/elsewhere")
                        .jsonBody("{\"moved\":true}")
                        .build());

        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.firstHeader("Location")).hasValue(server.baseUri() + "/elsewhere");
            assertThat(bodyUtf8(response)).isEqualTo("{\"moved\":true}");
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aSuccessfulBodyStreamsInsteadOfBeingBuffered() throws Exception {
        // Three GiB cannot be held in one array: a transport that buffered would fail.
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(200).largeBody(3L << 30).build());

        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            InputStream body = response.body();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body.readNBytes(64 * 1024)).hasSize(64 * 1024);
            assertThat(response.body()).isSameAs(body);
        }
    }

    @Test
    void anErrorBodyOverTheLimitFailsAsResponseTooLargeWithItsStatus() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(500).largeBody(10L << 20).build());
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .maxResponseBytes(1000)
                .build();

        ResponseTooLargeException e =
                catchThrowableOfType(ResponseTooLargeException.class, () -> transport.send(request));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.limit()).isEqualTo(1000);
        assertThat(e).hasMessage("response body exceeds the limit of 1000 bytes");
    }

    @Test
    void anErrorBodyExactlyAtTheLimitIsReturnedWhole() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(500).largeBody(1000).build());
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .maxResponseBytes(1000)
                .build();

        try (TransportResponse response = transport.send(request)) {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body().readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void closingAResponseTwiceIsHarmless() throws Exception {
        TransportResponse response = transport.send(Requests.getUser(server.baseUri()));
        response.close();
        response.close();

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void oneTransportServesManyThreads() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
                        bodyUtf8(response);
                        return response.statusCode();
                    }
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(404);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requestCount()).isEqualTo(40);
    }

    @Test
    void aUriThatDoesNotEndWithTheOperationPathIsRejected() {
        TransportRequest request = TransportRequest.builder(
                        SessionOperation.GET_USER, URI.create(server.baseUri() + "/v3/session/other"))
                .build();

        assertThatThrownBy(() -> transport.send(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FeignTransport needs a URI that ends with /v3/session/user for GET_USER, without query "
                        + "or fragment: " + server.baseUri() + "/v3/session/other");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aBodyOnARequestThatHasNoneIsRejected() {
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .body(new byte[] {1, 2, 3})
                .build();

        assertThatThrownBy(() -> transport.send(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FeignTransport sends no body for GET_USER, got 3 bytes");
    }

    @Test
    void sendAfterCloseFailsWithAnIoExceptionAndCloseIsIdempotent() {
        transport.close();
        transport.close();

        assertThatThrownBy(() -> transport.send(Requests.getUser(server.baseUri())))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("FeignTransport is closed; cannot send GET " + server.baseUri() + "/v3/session/user");
    }

    @Test
    void aSubMillisecondTimeoutIsNotTurnedIntoNoTimeout() {
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .timeout(Duration.ofNanos(1))
                .connectTimeout(Duration.ofDays(365))
                .build();

        feign.Request.Options options = FeignTransport.options(request);

        assertThat(options.readTimeoutMillis()).isEqualTo(1);
        assertThat(options.connectTimeoutMillis()).isEqualTo(Integer.MAX_VALUE);
        assertThat(options.isFollowRedirects()).isFalse();
    }

    @Test
    void toStringNamesTheClientAndBaseUrisButNoHeaderValues() throws Exception {
        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri(), "i3d_session=secret"))) {
            assertThat(response.toString()).doesNotContain("secret");
        }

        assertThat(transport.toString())
                .isEqualTo("FeignTransport{client=feign.Client.Default, asyncClient=feign.AsyncClient.Default, "
                        + "baseUris=[" + server.baseUri() + "]}")
                .doesNotContain(Requests.API_KEY);
    }

    private static Set<String> namesBeyond(RecordedRequest recorded, Set<String> allowed) {
        Set<String> names = new TreeSet<>();
        recorded.headers().keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        names.removeAll(allowed);
        return names;
    }
}
