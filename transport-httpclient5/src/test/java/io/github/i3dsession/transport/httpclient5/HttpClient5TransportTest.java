package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.IOException;
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
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpClient5TransportTest {
    /** What HttpClient itself writes to frame a request; everything else must come from the TransportRequest. */
    private static final Set<String> FRAMING_HEADERS = Set.of("host", "content-length", "connection");

    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final HttpClient5Transport transport = HttpClient5Transport.create();

    @AfterEach
    void tearDown() {
        transport.close();
        server.close();
    }

    @Test
    void postSendsExactlyTheRequestHeadersAndBody() throws IOException {
        TransportRequest request = Requests.login(server.baseUri())
                .header("PRIVATE-TOKEN", "api-key-123")
                .header("User-Agent", "i3d-session-java/test")
                .build();

        try (TransportResponse response = transport.send(request)) {
            assertThat(response.statusCode()).isEqualTo(200);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v3/session/login");
        assertThat(recorded.bodyUtf8()).isEqualTo(Requests.LOGIN_JSON);
        assertThat(recorded.headers("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headers("Accept")).containsExactly("application/json");
        assertThat(recorded.headers("PRIVATE-TOKEN")).containsExactly("api-key-123");
        assertThat(recorded.headers("User-Agent")).containsExactly("i3d-session-java/test");
        assertThat(recorded.headers("Content-Length")).containsExactly(String.valueOf(Requests.LOGIN_JSON.length()));
        assertThat(extraHeaders(recorded, request)).isEmpty();
    }

    @Test
    void getSendsNoBodyAndNoHeadersOfItsOwn() throws IOException {
        TransportRequest request = Requests.getUser(server.baseUri())
                .header("Cookie", "i3d_session=abc")
                .build();

        try (TransportResponse response = transport.send(request)) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("GET");
        assertThat(recorded.body()).isEmpty();
        assertThat(recorded.headers("Cookie")).containsExactly("i3d_session=abc");
        assertThat(recorded.headers("User-Agent")).isEmpty();
        assertThat(recorded.headers("Accept-Encoding")).isEmpty();
        assertThat(extraHeaders(recorded, request)).isEmpty();
    }

    @Test
    void setCookieValuesComeBackOnePerHeaderLine() throws IOException {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(200)
                        .header("Set-Cookie", "a=1; Path=/; HttpOnly")
                        .header("Set-Cookie", "b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT")
                        .build());

        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.headers("Set-Cookie"))
                    .containsExactly("a=1; Path=/; HttpOnly", "b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT");
            assertThat(response.headers("set-cookie")).hasSize(2);
            assertThat(response.firstHeader("SET-COOKIE")).hasValue("a=1; Path=/; HttpOnly");
            assertThat(response.headers("X-Absent")).isEmpty();
        }
    }

    @Test
    void loginResponseCarriesStatusHeadersAndBody() throws IOException {
        try (TransportResponse response =
                transport.send(Requests.login(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.firstHeader("content-type")).hasValue("application/json");
            assertThat(response.headers("Set-Cookie"))
                    .singleElement()
                    .asString()
                    .startsWith("i3d_session=");
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(server.exchanges().get(0).responseBodyUtf8());
        }
    }

    @Test
    void errorStatusesAreReturnedWithTheirBody() throws IOException {
        server.enqueue("/v3/session/user", FakeResponse.serverError());

        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"errorCode\":500");
        }
    }

    @Test
    void aResponseWithoutBodyHasAnEmptyStream() throws IOException {
        TransportRequest logout = TransportRequest.builder(
                        SessionOperation.LOGOUT, server.baseUri().resolve(SessionOperation.LOGOUT.path()))
                .build();

        try (TransportResponse response = transport.send(logout)) {
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body()).isSameAs(response.body());
            assertThat(response.body().read()).isEqualTo(-1);
        }
        assertThat(server.requests().get(0).body()).isEmpty();
    }

    @Test
    void redirectsAreReturnedNotFollowed() throws IOException {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(302)
                        .header(
                                "Location",
                                server.baseUri().resolve("/elsewhere").toString())
                        .build());

        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.firstHeader("Location"))
                    .hasValue(server.baseUri().resolve("/elsewhere").toString());
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void closingAResponseTwiceIsHarmless() throws IOException {
        TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build());
        response.close();
        response.close();

        try (TransportResponse next =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(next.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void oneTransportServesManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(threads.submit(() -> {
                    try (TransportResponse response =
                            transport.send(Requests.getUser(server.baseUri()).build())) {
                        response.body().readAllBytes();
                        return response.statusCode();
                    }
                }));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(404);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(server.requestCount()).isEqualTo(40);
    }

    @Test
    void closeIsIdempotentAndLaterSendsFailWithAnIOException() {
        transport.close();
        transport.close();

        assertThatThrownBy(
                        () -> transport.send(Requests.getUser(server.baseUri()).build()))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("HttpClient5Transport is closed: cannot send GET " + server.baseUri() + "/v3/session/user");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void toStringNamesTheTransportAndWhoOwnsTheClient() throws IOException {
        assertThat(transport).hasToString("HttpClient5Transport{client=own, asyncClient=own}");
        transport.close();
        assertThat(transport).hasToString("HttpClient5Transport{client=own, asyncClient=own, closed}");
        try (CloseableHttpClient shared = HttpClients.createDefault()) {
            assertThat(HttpClient5Transport.create(shared))
                    .hasToString("HttpClient5Transport{client=application's, asyncClient=blocking}");
        }
    }

    @Test
    void responseToStringShowsHeaderNamesButNoValues() throws IOException {
        try (TransportResponse response =
                transport.send(Requests.login(server.baseUri()).build())) {
            assertThat(response.toString())
                    .startsWith("TransportResponse{status=200, headers=[")
                    .containsIgnoringCase("Set-Cookie")
                    .doesNotContain("i3d_session");
        }
    }

    @Test
    void argumentsAreCheckedAtOnceNamingTheCulprit() {
        assertThatThrownBy(() -> transport.send(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("request");
        assertThatThrownBy(() -> HttpClient5Transport.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("httpClient");
        assertThatThrownBy(() -> HttpClient5Transport.builder().httpClient(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("httpClient");
        assertThatThrownBy(() -> HttpClient5Transport.builder().connectTimeout(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("connectTimeout");
        assertThatThrownBy(() -> HttpClient5Transport.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must be positive: PT0S");
        assertThatThrownBy(() -> HttpClient5Transport.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConnections must be at least 1: 0");
    }

    @Test
    void poolSettingsCannotBeCombinedWithTheApplicationsClient() throws IOException {
        try (CloseableHttpClient shared = HttpClients.createDefault()) {
            assertThatThrownBy(() -> HttpClient5Transport.builder()
                            .httpClient(shared)
                            .maxConnections(4)
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("connectTimeout and maxConnections configure only the client the transport "
                            + "creates; set them on the httpClient handed in instead");
        }
    }

    private static Set<String> extraHeaders(RecordedRequest recorded, TransportRequest request) {
        Set<String> extra = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        extra.addAll(recorded.headers().keySet());
        request.headers().keySet().forEach(extra::remove);
        extra.removeIf(name -> FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
        return extra;
    }
}
