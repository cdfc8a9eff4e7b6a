package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code sendAsync} over the async client the transport creates for itself. */
class HttpClient5TransportAsyncTest {
    private static final Set<String> FRAMING_HEADERS = Set.of("host", "content-length", "connection");
    private static final Duration MARGIN = Duration.ofSeconds(3);

    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final HttpClient5Transport transport = HttpClient5Transport.create();

    @AfterEach
    void tearDown() {
        transport.close();
        server.close();
    }

    @Test
    void postSendsExactlyTheRequestHeadersAndBody() throws Exception {
        TransportRequest request = Requests.login(server.baseUri())
                .header("PRIVATE-TOKEN", "api-key-123")
                .header("Cookie", "i3d_session=abc")
                .build();

        try (TransportResponse response = await(transport.sendAsync(request))) {
            assertThat(response.statusCode()).isEqualTo(200);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v3/session/login");
        assertThat(recorded.bodyUtf8()).isEqualTo(Requests.LOGIN_JSON);
        assertThat(recorded.headers("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headers("PRIVATE-TOKEN")).containsExactly("api-key-123");
        assertThat(recorded.headers("Cookie")).containsExactly("i3d_session=abc");
        assertThat(recorded.headers("Content-Length")).containsExactly(String.valueOf(Requests.LOGIN_JSON.length()));
        assertThat(extraHeaders(recorded, request)).isEmpty();
    }

    @Test
    void getSendsNoBodyAndNoHeadersOfItsOwn() throws Exception {
        TransportRequest request = Requests.getUser(server.baseUri()).build();

        try (TransportResponse response = await(transport.sendAsync(request))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.body()).isEmpty();
        assertThat(recorded.headers("User-Agent")).isEmpty();
        assertThat(recorded.headers("Accept-Encoding")).isEmpty();
        assertThat(recorded.headers("Upgrade")).isEmpty();
        assertThat(extraHeaders(recorded, request)).isEmpty();
    }

    @Test
    void theResponseCarriesStatusEveryHeaderValueAndTheBufferedBody() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .header("Set-Cookie", "a=1; Path=/")
                        .header("set-cookie", "b=2; Path=/")
                        .header("X-Multi", "one, two")
                        .jsonBody("{\"userName\":\"alice\"}")
                        .build());

        try (TransportResponse response =
                await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers("SET-COOKIE")).containsExactly("a=1; Path=/", "b=2; Path=/");
            assertThat(response.headers("x-multi")).containsExactly("one, two");
            assertThat(response.firstHeader("content-type")).hasValue("application/json");
            assertThat(response.headers("X-Absent")).isEmpty();
            assertThat(response.body()).isSameAs(response.body());
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"userName\":\"alice\"}");
        }
    }

    @Test
    void aResponseWithoutBodyHasAnEmptyStream() throws Exception {
        TransportRequest logout = TransportRequest.builder(
                        SessionOperation.LOGOUT, server.baseUri().resolve(SessionOperation.LOGOUT.path()))
                .build();

        try (TransportResponse response = await(transport.sendAsync(logout))) {
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body().read()).isEqualTo(-1);
        }
    }

    @Test
    void redirectsAreReturnedNotFollowed() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(302)
                        .header(
                                "Location",
                                server.baseUri().resolve("/elsewhere").toString())
                        .build());

        try (TransportResponse response =
                await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
            assertThat(response.statusCode()).isEqualTo(302);
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aBodyExactlyAtTheLimitIsAccepted() throws Exception {
        server.enqueue(
                "/v3/session/user", FakeResponse.builder().largeBody(4096).build());
        TransportRequest request =
                Requests.getUser(server.baseUri()).maxResponseBytes(4096).build();

        try (TransportResponse response = await(transport.sendAsync(request))) {
            assertThat(response.body().readAllBytes()).hasSize(4096);
        }
    }

    @Test
    void aDeclaredContentLengthOverTheLimitFailsAtOnceWithTheStatus() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(500).largeBody(4L << 30).build());
        TransportRequest request =
                Requests.getUser(server.baseUri()).maxResponseBytes(1000).build();

        long start = System.nanoTime();
        Throwable failure = failureOf(transport.sendAsync(request));

        assertThat(failure)
                .isExactlyInstanceOf(ResponseTooLargeException.class)
                .hasMessage("response body exceeds the limit of 1000 bytes");
        assertThat(((ResponseTooLargeException) failure).statusCode()).isEqualTo(500);
        assertThat(((ResponseTooLargeException) failure).limit()).isEqualTo(1000);
        // Reading 4 GiB would take far longer than this.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(MARGIN);
    }

    @Test
    void aChunkedBodyIsCutOffAsSoonAsItWouldExceedTheLimit() throws Exception {
        try (RawServer endless = RawServer.endlessChunks()) {
            TransportRequest request =
                    Requests.getUser(endless.baseUri()).maxResponseBytes(10_000).build();

            Throwable failure = failureOf(transport.sendAsync(request));

            assertThat(failure).isExactlyInstanceOf(ResponseTooLargeException.class);
            assertThat(((ResponseTooLargeException) failure).statusCode()).isEqualTo(200);
            assertThat(endless.awaitClientClosed(MARGIN))
                    .as("the client hung up")
                    .isTrue();
            // The server keeps writing into socket buffers for a while, but nowhere near without end.
            assertThat(endless.bodyBytesWritten()).isLessThan(64L << 20);
        }
    }

    @Test
    void aStalledServerTimesOutWithinTheRequestTimeout() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().delayBeforeHeaders(Duration.ofMinutes(1)).build());
        Duration timeout = Duration.ofMillis(500);
        TransportRequest request =
                Requests.getUser(server.baseUri()).timeout(timeout).build();

        long start = System.nanoTime();
        Throwable failure = failureOf(transport.sendAsync(request));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isInstanceOf(SocketTimeoutException.class);
        assertThat(elapsed).isGreaterThanOrEqualTo(timeout.minusMillis(50)).isLessThan(timeout.plus(MARGIN));
    }

    @Test
    void eachRequestWaitsItsOwnTimeoutOnAPooledConnection() throws Exception {
        // The first request opens the connection with a short timeout; the next one must not inherit it.
        try (TransportResponse first = await(transport.sendAsync(Requests.getUser(server.baseUri())
                .timeout(Duration.ofMillis(300))
                .build()))) {
            assertThat(first.statusCode()).isEqualTo(404);
        }
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .delayBeforeHeaders(Duration.ofMillis(1200))
                        .build());

        try (TransportResponse second = await(transport.sendAsync(Requests.getUser(server.baseUri())
                .timeout(Duration.ofSeconds(5))
                .build()))) {
            assertThat(second.statusCode()).isEqualTo(200);
        }

        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().delayBeforeHeaders(Duration.ofMinutes(1)).build());
        long start = System.nanoTime();
        assertThat(failureOf(transport.sendAsync(Requests.getUser(server.baseUri())
                        .timeout(Duration.ofMillis(400))
                        .build())))
                .isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(Duration.ofMillis(400).plus(MARGIN));
    }

    @Test
    void aRefusedConnectionFailsWithAConnectException() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        assertThat(failureOf(transport.sendAsync(Requests.getUser(closedPort).build())))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aBodyCutOffMidwayFailsWithAnIOException() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().largeBody(100_000).truncateAfter(1000).build());

        assertThat(failureOf(
                        transport.sendAsync(Requests.getUser(server.baseUri()).build())))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void cancellingTheFutureAbortsTheExchangeAndClosesTheConnection() throws Exception {
        try (RawServer stalled = RawServer.stalling()) {
            CompletableFuture<TransportResponse> future = transport.sendAsync(Requests.getUser(stalled.baseUri())
                    .timeout(Duration.ofMinutes(1))
                    .build());
            assertThat(stalled.awaitRequest(MARGIN))
                    .as("the request reached the server")
                    .isTrue();

            assertThat(future.cancel(true)).isTrue();

            assertThat(stalled.awaitClientClosed(MARGIN))
                    .as("the server saw the connection closed")
                    .isTrue();
            assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void theNextRequestWorksAfterACancelledOne() throws Exception {
        HttpClient5Transport single =
                HttpClient5Transport.builder().maxConnections(1).build();
        try (RawServer stalled = RawServer.stalling()) {
            CompletableFuture<TransportResponse> future = single.sendAsync(Requests.getUser(stalled.baseUri())
                    .timeout(Duration.ofMinutes(1))
                    .build());
            assertThat(stalled.awaitRequest(MARGIN)).isTrue();
            future.cancel(true);

            try (TransportResponse response =
                    await(single.sendAsync(Requests.getUser(server.baseUri()).build()))) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        } finally {
            single.close();
        }
    }

    @Test
    void anExhaustedPoolFailsOnceTheConnectTimeoutHasPassed() throws Exception {
        try (HttpClient5Transport single =
                        HttpClient5Transport.builder().maxConnections(1).build();
                RawServer stalled = RawServer.stalling()) {
            CompletableFuture<TransportResponse> holdsTheOnlyConnection =
                    single.sendAsync(Requests.getUser(stalled.baseUri())
                            .timeout(Duration.ofMinutes(1))
                            .build());
            assertThat(stalled.awaitRequest(MARGIN)).isTrue();
            Duration connectTimeout = Duration.ofMillis(300);

            long start = System.nanoTime();
            Throwable failure = failureOf(single.sendAsync(Requests.getUser(stalled.baseUri())
                    .connectTimeout(connectTimeout)
                    .timeout(Duration.ofMinutes(1))
                    .build()));

            assertThat(failure)
                    .isExactlyInstanceOf(ConnectionRequestTimeoutException.class)
                    .hasMessage("no connection for GET " + stalled.baseUri() + "/v3/session/user within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(connectTimeout.plus(MARGIN));
            assertThat(stalled.connections()).isEqualTo(1);
            holdsTheOnlyConnection.cancel(true);
        }
    }

    @Test
    void manyRequestsRunAtOnceOnOneTransport() throws Exception {
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(transport.sendAsync(Requests.getUser(server.baseUri()).build()));
        }
        for (CompletableFuture<TransportResponse> future : futures) {
            try (TransportResponse response = future.get(10, TimeUnit.SECONDS)) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
        assertThat(server.requestCount()).isEqualTo(200);
    }

    @Test
    void afterCloseTheFutureFailsWithAnIOExceptionAndNothingIsSent() {
        transport.close();

        assertThat(failureOf(
                        transport.sendAsync(Requests.getUser(server.baseUri()).build())))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("HttpClient5Transport is closed: cannot send GET " + server.baseUri() + "/v3/session/user");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void closingFailsARequestInFlightPromptly() throws Exception {
        try (RawServer stalled = RawServer.stalling()) {
            CompletableFuture<TransportResponse> future = transport.sendAsync(Requests.getUser(stalled.baseUri())
                    .timeout(Duration.ofMinutes(1))
                    .build());
            assertThat(stalled.awaitRequest(MARGIN)).isTrue();

            long start = System.nanoTime();
            transport.close();

            assertThat(failureOf(future)).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(MARGIN);
            assertThat(stalled.awaitClientClosed(MARGIN)).isTrue();
        }
    }

    @Test
    void nullRequestsAreRejected() {
        assertThatThrownBy(() -> transport.sendAsync(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("request");
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    /** Waits for the future to fail and returns the failure, unwrapped. */
    static Throwable failureOf(CompletableFuture<?> future) {
        try {
            Object value = future.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure but got " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not fail in time", e);
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
