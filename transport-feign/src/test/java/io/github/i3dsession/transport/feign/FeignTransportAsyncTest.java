package io.github.i3dsession.transport.feign;

import static io.github.i3dsession.transport.feign.AsyncCalls.POOL_THREAD;
import static io.github.i3dsession.transport.feign.AsyncCalls.await;
import static io.github.i3dsession.transport.feign.AsyncCalls.eventually;
import static io.github.i3dsession.transport.feign.AsyncCalls.failureOf;
import static io.github.i3dsession.transport.feign.AsyncCalls.newThreads;
import static io.github.i3dsession.transport.feign.AsyncCalls.threadIds;
import static io.github.i3dsession.transport.feign.AsyncCalls.threadsReadingABody;
import static io.github.i3dsession.transport.feign.Requests.bodyUtf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FeignTransport#sendAsync} over {@link FeignTransport#create()}: Feign's async over its blocking client. */
class FeignTransportAsyncTest {
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
    void aSessionClientLogsInAndReadsTheUserAsynchronously() throws Exception {
        try (SessionClient client = SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .build()) {
            await(client.async().login(SessionLogin.of("alice", "pw")));

            assertThat(await(client.async().getUser()).userName()).isEqualTo("alice");
            await(client.async().logout());
        }
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(server.activeSessions()).isZero();
    }

    @Test
    void aLoginSendsExactlyTheCoresHeadersAndBody() throws Exception {
        byte[] body = "{\"userName\":\"alice\",\"password\":\"pw\"}".getBytes(StandardCharsets.UTF_8);
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.LOGIN)
                .header("Content-Type", "application/json")
                .header("Cookie", "other={not-a-template}; x=%20")
                .body(body)
                .build();

        try (TransportResponse response = await(transport.sendAsync(request))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers("set-cookie"))
                    .singleElement()
                    .asString()
                    .startsWith("i3d_session=");
            assertThat(bodyUtf8(response)).contains("\"requiresOtp\":false");
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v3/session/login");
        assertThat(recorded.body()).isEqualTo(body);
        assertThat(recorded.headers("Cookie")).containsExactly("other={not-a-template}; x=%20");
        assertThat(recorded.headers("PRIVATE-TOKEN")).containsExactly(Requests.API_KEY);
        assertThat(namesBeyondFraming(recorded)).containsExactly("accept", "content-type", "cookie", "private-token");
    }

    @Test
    void aGetUserSendsNoBodyAndNoContentType() throws Exception {
        try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri(), "s=1")))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.method()).isEqualTo("GET");
        assertThat(recorded.body()).isEmpty();
        assertThat(namesBeyondFraming(recorded)).containsExactly("accept", "cookie", "private-token");
    }

    @Test
    void unauthorizedNotFoundAndServerErrorComeBackAsResponsesWithTheirBodies() throws Exception {
        server.enqueue("/v3/session/user", FakeResponse.error(401, 401, "Unauthorized", "PRIVATE-TOKEN", "bad key"));
        server.enqueue("/v3/session/user", FakeResponse.error(404, 404, "Not Found", "session", "none"));
        server.enqueue("/v3/session/user", FakeResponse.serverError());

        try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.firstHeader("Content-Type")).hasValue("application/json");
            assertThat(bodyUtf8(response)).contains("\"message\":\"bad key\"");
        }
        try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(bodyUtf8(response)).contains("\"message\":\"none\"");
        }
        try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(bodyUtf8(response))
                    .isEqualTo("{\"errorCode\":500,\"errorMessage\":\"Internal Server Error\",\"errors\":[]}");
        }
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void serviceUnavailableWithRetryAfterIsReturnedNotRetried() throws Exception {
        server.enqueue(
                "/v3/session/logout",
                FakeResponse.builder().status(503).header("Retry-After", "1").build());

        try (TransportResponse response = await(transport.sendAsync(Requests.logout(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.firstHeader("Retry-After")).hasValue("1");
        }
        assertThat(server.requestCount()).isEqualTo(1);
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

        try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.firstHeader("Location")).hasValue(server.baseUri() + "/elsewhere");
            assertThat(bodyUtf8(response)).isEqualTo("{\"moved\":true}");
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void setCookieComesBackOneValuePerHeaderLineInOrder() throws Exception {
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder()
                        .status(200)
                        .header("Set-Cookie", "a=1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT")
                        .header("Set-Cookie", "b=2; Path=/; HttpOnly")
                        .jsonBody("{}")
                        .build());

        try (TransportResponse response = await(transport.sendAsync(Requests.login(server.baseUri(), "a", "b")))) {
            assertThat(response.headers("set-cookie"))
                    .containsExactly("a=1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT", "b=2; Path=/; HttpOnly");
        }
    }

    @Test
    void aSuccessfulBodyOverTheLimitFailsAsResponseTooLargeWithItsStatus() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(200).largeBody(10L << 20).build());

        Throwable failure = failureOf(transport.sendAsync(limitedGetUser(1000)));

        assertThat(failure)
                .isInstanceOf(ResponseTooLargeException.class)
                .hasMessage("response body exceeds the limit of 1000 bytes");
        assertThat(((ResponseTooLargeException) failure).statusCode()).isEqualTo(200);
        assertThat(((ResponseTooLargeException) failure).limit()).isEqualTo(1000);
    }

    @Test
    void anErrorBodyOverTheLimitFailsAsResponseTooLargeWithItsStatus() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(500).largeBody(10L << 20).build());

        Throwable failure = failureOf(transport.sendAsync(limitedGetUser(1000)));

        assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
        assertThat(((ResponseTooLargeException) failure).statusCode()).isEqualTo(500);
        assertThat(((ResponseTooLargeException) failure).limit()).isEqualTo(1000);
    }

    @Test
    void aBodyWithoutAUsableLengthIsCutOffOneBytePastTheLimit() {
        // With a Content-Encoding the length counts encoded bytes, so the body is counted as it is read.
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(200)
                        .header("Content-Encoding", "x-opaque")
                        .largeBody(10L << 20)
                        .build());

        Throwable failure = failureOf(transport.sendAsync(limitedGetUser(1000)));

        assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
        assertThat(((ResponseTooLargeException) failure).statusCode()).isEqualTo(200);
    }

    @Test
    void bodiesExactlyAtTheLimitAreReturnedWhole() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(200).largeBody(1000).build());
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().status(500).largeBody(1000).build());

        try (TransportResponse response = await(transport.sendAsync(limitedGetUser(1000)))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().readAllBytes()).hasSize(1000);
        }
        try (TransportResponse response = await(transport.sendAsync(limitedGetUser(1000)))) {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body().readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void aBodyCutOffMidwayFailsTheFutureWithAnIoException() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(200)
                        .largeBody(100_000)
                        .truncateAfter(1000)
                        .build());

        assertThat(failureOf(transport.sendAsync(Requests.getUser(server.baseUri()))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aRefusedConnectionFailsTheFutureWithTheClientsConnectException() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        assertThat(failureOf(transport.sendAsync(Requests.getUser(closedPort)))).isInstanceOf(ConnectException.class);
    }

    @Test
    void aStalledServerTimesOutWithinTheRequestTimeout() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(200)
                        .delayBeforeHeaders(Duration.ofSeconds(30))
                        .build());
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .timeout(Duration.ofMillis(500))
                .build();

        long start = System.nanoTime();
        Throwable failure = failureOf(transport.sendAsync(request));

        assertThat(failure).isInstanceOf(java.net.SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(400), Duration.ofMillis(500 + 2000));
    }

    @Test
    void cancellingACallToAStalledServerDisconnectsItAndFreesItsThreadAtOnce() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(200)
                        .delayBeforeHeaders(Duration.ofSeconds(30))
                        .build());
        Set<Long> before = threadIds();
        CompletableFuture<TransportResponse> future = transport.sendAsync(Requests.getUser(server.baseUri()));
        assertThat(eventually(5_000, () -> server.requestCount() == 1)).isTrue();

        long start = System.nanoTime();
        assertThat(future.cancel(true)).isTrue();
        transport.close();

        assertThat(future).isCancelled();
        // The request timeout is 10 s and the stall 30 s: only the disconnect ends the pool's thread this soon.
        assertThat(eventually(2_000, () -> newThreads(before, POOL_THREAD).isEmpty()))
                .as("pool threads still alive: %s", newThreads(before, POOL_THREAD))
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void cancellingACallWhoseBodyStallsEndsItsReadAtTheReadTimeoutAtTheLatest() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(200)
                        .largeBody(1000)
                        .drip(10, Duration.ofSeconds(30))
                        .build());
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .timeout(Duration.ofSeconds(1))
                .build();
        CompletableFuture<TransportResponse> stalled = transport.sendAsync(request);
        assertThat(eventually(5_000, () -> !threadsReadingABody().isEmpty())).isTrue();

        stalled.cancel(true);

        // HttpURLConnection holds a lock while it reads, which a close from another thread waits for: a cancel
        // takes effect with the next bytes, and the read timeout bounds the wait for them.
        assertThat(eventually(3_000, () -> threadsReadingABody().isEmpty()))
                .as("threads still reading: %s", threadsReadingABody())
                .isTrue();
    }

    @Test
    void callsBeyondSixtyFourWaitForAThreadInsteadOfFailing() throws Exception {
        int calls = AsyncThreads.MAX_THREADS + 6;
        for (int i = 0; i < calls; i++) {
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(204)
                            .delayBeforeHeaders(Duration.ofMillis(500))
                            .build());
        }
        Set<Long> before = threadIds();
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(transport.sendAsync(Requests.getUser(server.baseUri())));
        }
        assertThat(eventually(5_000, () -> server.requestCount() == AsyncThreads.MAX_THREADS))
                .isTrue();

        assertThat(newThreads(before, POOL_THREAD)).hasSize(AsyncThreads.MAX_THREADS);
        for (CompletableFuture<TransportResponse> future : futures) {
            try (TransportResponse response = await(future)) {
                assertThat(response.statusCode()).isEqualTo(204);
            }
        }
        assertThat(server.requestCount()).isEqualTo(calls);
    }

    @Test
    void sequentialCallsReuseIdleDaemonThreadsWhichEndAfterAFewSeconds() throws Exception {
        Set<Long> before = threadIds();
        int calls = 20;
        for (int i = 0; i < calls; i++) {
            await(transport.sendAsync(Requests.getUser(server.baseUri()))).close();
        }

        // The caller may get its response a moment before the thread that completed it is idle again, and then
        // the next call starts another thread; mostly an idle one is waiting.
        List<Thread> threads = newThreads(before, POOL_THREAD);
        assertThat(threads).hasSizeBetween(1, calls / 4).allSatisfy(thread -> {
            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).matches("i3d-session-feign-async-\\d+");
        });
        assertThat(eventually(
                        (AsyncThreads.IDLE_SECONDS + 5) * 1000L,
                        () -> threads.stream().noneMatch(Thread::isAlive)))
                .isTrue();
    }

    @Test
    void aClosedTransportFailsTheFutureWithAnIoExceptionWithoutSending() {
        transport.close();

        assertThat(failureOf(transport.sendAsync(Requests.getUser(server.baseUri()))))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("FeignTransport is closed; cannot send GET " + server.baseUri() + "/v3/session/user");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aUriThatDoesNotEndWithTheOperationPathFailsTheFutureWithoutSending() {
        TransportRequest request = TransportRequest.builder(
                        SessionOperation.GET_USER, URI.create(server.baseUri() + "/v3/session/other"))
                .build();

        assertThat(failureOf(transport.sendAsync(request)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FeignTransport needs a URI that ends with /v3/session/user for GET_USER, without query "
                        + "or fragment: " + server.baseUri() + "/v3/session/other");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void toStringNamesTheAsyncClientAndTheBaseUrisOfAsyncCalls() throws Exception {
        await(transport.sendAsync(Requests.getUser(server.baseUri(), "i3d_session=secret")))
                .close();

        assertThat(transport.toString())
                .isEqualTo("FeignTransport{client=feign.Client.Default, "
                        + "asyncClient=feign.AsyncClient.Default, baseUris=[" + server.baseUri() + "]}");
    }

    private TransportRequest limitedGetUser(long maxResponseBytes) {
        return Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .maxResponseBytes(maxResponseBytes)
                .build();
    }

    /** Header names beyond those HttpURLConnection adds for framing and identification, sorted. */
    private static Set<String> namesBeyondFraming(RecordedRequest recorded) {
        Set<String> names = new TreeSet<>();
        recorded.headers().keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        names.removeAll(Set.of("host", "user-agent", "connection", "content-length"));
        return names;
    }
}
