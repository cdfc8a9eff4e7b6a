package io.github.i3dsession.transport.feign;

import static io.github.i3dsession.transport.feign.AsyncCalls.await;
import static io.github.i3dsession.transport.feign.AsyncCalls.eventually;
import static io.github.i3dsession.transport.feign.AsyncCalls.failureOf;
import static io.github.i3dsession.transport.feign.AsyncCalls.newThreads;
import static io.github.i3dsession.transport.feign.AsyncCalls.threadIds;
import static io.github.i3dsession.transport.feign.AsyncCalls.threadsReadingABody;
import static io.github.i3dsession.transport.feign.Requests.bodyUtf8;
import static org.assertj.core.api.Assertions.assertThat;

import feign.AsyncClient;
import feign.AsyncFeign;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FeignTransport#sendAsync} over the application's {@link AsyncFeign.AsyncBuilder} and async client. */
class FeignTransportAsyncClientsTest {
    private static final String USER_PATH = "/v3/session/user";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Http2Client http2 = new Http2Client(http);
    private FakeSessionServer server;

    @BeforeEach
    void start() {
        server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sixtyFourConcurrentCallsOverHttp2ClientCompleteWhileFewThreadsLive() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        Http2Client client = new Http2Client(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(workers)
                .build());
        try (FeignTransport transport = FeignTransport.create(
                        Feign.builder().client(client),
                        AsyncFeign.<Object>builder().client(client));
                SessionClient session = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            session.login(SessionLogin.of("alice", "pw"));
            session.getUser();
            String user = lastResponseBody();
            for (int i = 0; i < 64; i++) {
                server.enqueue(
                        USER_PATH,
                        FakeResponse.builder()
                                .status(200)
                                .jsonBody(user)
                                .delayBeforeHeaders(Duration.ofSeconds(1))
                                .build());
            }
            Set<Long> before = threadIds();
            int liveBefore = before.size();

            List<CompletableFuture<SessionUser>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(session.async().getUser());
            }
            assertThat(eventually(5_000, () -> server.requestCount("GET", USER_PATH) == 1 + 64))
                    .isTrue();
            List<Thread> started = newThreads(before, "");
            started.removeIf(thread -> thread.getName().startsWith("fake-session-server-"));

            for (CompletableFuture<SessionUser> future : futures) {
                assertThat(await(future).userName()).isEqualTo("alice");
            }
            // A thread per call would be 64 more; the JDK client waits for all of them on its selector thread,
            // with at most four workers of the application's executor, some of them started by the login.
            assertThat(started)
                    .as("threads started while 64 calls were in flight, of %d before: %s", liveBefore, started)
                    .hasSizeLessThanOrEqualTo(4);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void loginOtpErrorsAndLogoutGoThroughHttp2ClientWithTheirBodies() throws Exception {
        try (FeignTransport transport = overHttp2Client()) {
            String cookie;
            try (TransportResponse response =
                    await(transport.sendAsync(Requests.login(server.baseUri(), "alice", "pw")))) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(bodyUtf8(response)).contains("\"requiresOtp\":false");
                cookie = response.headers("Set-Cookie").get(0).split(";", 2)[0];
            }
            try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri(), cookie)))) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(bodyUtf8(response)).contains("alice");
            }
            server.enqueue("/v3/session/login/otp", FakeResponse.error(401, 401, "Unauthorized", "otp", "wrong"));
            try (TransportResponse response =
                    await(transport.sendAsync(Requests.provideOtp(server.baseUri(), cookie)))) {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(bodyUtf8(response)).contains("\"message\":\"wrong\"");
            }
            server.enqueue(
                    USER_PATH,
                    FakeResponse.builder()
                            .status(302)
                            .header("Location", "http://127.0.0.2:9/x")
                            .build());
            try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
                assertThat(response.statusCode()).isEqualTo(302);
            }
            try (TransportResponse response = await(transport.sendAsync(Requests.logout(server.baseUri())))) {
                assertThat(response.statusCode()).isEqualTo(204);
            }
        }

        assertThat(server.requestCount()).isEqualTo(5);
        assertThat(server.requests().get(0).bodyUtf8()).isEqualTo("{\"userName\":\"alice\",\"password\":\"pw\"}");
        assertThat(server.requests().get(2).bodyUtf8()).isEqualTo("{\"otp\":\"123456\"}");
        assertThat(server.requests().get(4).headers("Content-Type")).isEmpty();
    }

    @Test
    void aBodyOverTheLimitFailsOverHttp2ClientToo() {
        server.enqueue(
                USER_PATH,
                FakeResponse.builder().status(200).largeBody(64L << 20).build());
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .maxResponseBytes(512)
                .build();

        try (FeignTransport transport = overHttp2Client()) {
            Throwable failure = failureOf(transport.sendAsync(request));

            assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
            assertThat(((ResponseTooLargeException) failure).statusCode()).isEqualTo(200);
            assertThat(((ResponseTooLargeException) failure).limit()).isEqualTo(512);
        }
    }

    @Test
    void aStalledServerTimesOutOverHttp2ClientWithItsTimeoutException() {
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .delayBeforeHeaders(Duration.ofSeconds(30))
                        .build());
        TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                .timeout(Duration.ofMillis(500))
                .build();

        try (FeignTransport transport = overHttp2Client()) {
            long start = System.nanoTime();
            assertThat(failureOf(transport.sendAsync(request))).isInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500 + 2000));
        }
    }

    @Test
    void cancellingACallOverHttp2ClientEndsItsFutureAtOnceAndTheTransportCarriesOn() throws Exception {
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .delayBeforeHeaders(Duration.ofSeconds(30))
                        .build());
        try (FeignTransport transport = overHttp2Client()) {
            CompletableFuture<TransportResponse> stalled = transport.sendAsync(Requests.getUser(server.baseUri()));
            assertThat(eventually(5_000, () -> server.requestCount() == 1)).isTrue();

            assertThat(stalled.cancel(true)).isTrue();

            assertThat(stalled).isCancelled();
            try (TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void cancellingACallWhoseBodyStallsOverHttp2ClientLeavesNoThreadReadingIt() throws Exception {
        // Ten bytes, then nothing for 30 s: the JDK client has no timeout for a body.
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .status(200)
                        .largeBody(1000)
                        .drip(10, Duration.ofSeconds(30))
                        .build());
        try (FeignTransport transport = overHttp2Client()) {
            CompletableFuture<TransportResponse> stalled = transport.sendAsync(Requests.getUser(server.baseUri()));
            assertThat(eventually(5_000, () -> !threadsReadingABody().isEmpty()))
                    .isTrue();

            stalled.cancel(true);

            assertThat(eventually(2_000, () -> threadsReadingABody().isEmpty()))
                    .as("threads still reading: %s", threadsReadingABody())
                    .isTrue();
        }
    }

    @Test
    void asyncFeignItselfDoesNotPassACancelOnToTheClientSoTheTransportDoes() {
        StallingAsyncClient raw = StallingAsyncClient.create();
        AsyncSessionApi api = AsyncFeign.<Object>builder()
                .client(raw)
                .target(AsyncSessionApi.class, server.baseUri().toString());
        api.getUser(Map.of(), new Request.Options()).cancel(true);
        assertThat(raw.calls())
                .singleElement()
                .satisfies(call -> assertThat(call).isNotDone());

        StallingAsyncClient stalling = StallingAsyncClient.create();
        try (FeignTransport transport = FeignTransport.create(
                Feign.builder(), AsyncFeign.<Object>builder().client(stalling))) {
            CompletableFuture<TransportResponse> future = transport.sendAsync(Requests.getUser(server.baseUri()));
            assertThat(stalling.calls())
                    .singleElement()
                    .satisfies(call -> assertThat(call).isNotDone());

            future.cancel(true);

            assertThat(stalling.calls().get(0)).isCancelled();
        }
    }

    @Test
    void aResponseThatArrivesAfterTheCallWasCancelledIsClosedNotDelivered() throws Exception {
        StallingAsyncClient deaf = StallingAsyncClient.ignoringCancel();
        try (FeignTransport transport = FeignTransport.create(
                Feign.builder(), AsyncFeign.<Object>builder().client(deaf))) {
            CompletableFuture<TransportResponse> future = transport.sendAsync(Requests.getUser(server.baseUri()));
            future.cancel(true);
            ClosingStream body = new ClosingStream(new byte[100_000]);

            deaf.calls()
                    .get(0)
                    .complete(feign.Response.builder()
                            .status(200)
                            .request(Request.create(
                                    Request.HttpMethod.GET, server.baseUri() + USER_PATH, Map.of(), null, null, null))
                            .headers(Map.of())
                            .body(body, 100_000)
                            .build());

            assertThat(future).isCancelled();
            assertThat(eventually(2_000, body::isClosed)).isTrue();
            assertThat(body.bytesRead()).isLessThan(100_000);
        }
    }

    @Test
    void theApplicationsInterceptorRunsOnTheCallingThreadAndItsLoggerSeesTheCall() throws Exception {
        List<String> interceptedOn = new CopyOnWriteArrayList<>();
        List<String> lines = new CopyOnWriteArrayList<>();
        AsyncFeign.AsyncBuilder<Object> asyncBuilder = AsyncFeign.<Object>builder()
                .client(http2)
                .requestInterceptor(template -> {
                    interceptedOn.add(Thread.currentThread().getName());
                    template.header("X-Request-Id", "r-1");
                })
                .logger(new Logger() {
                    @Override
                    protected void log(String configKey, String format, Object... args) {
                        lines.add(String.format(format, args));
                    }
                })
                .logLevel(Logger.Level.BASIC);
        try (FeignTransport transport = FeignTransport.create(Feign.builder().client(http2), asyncBuilder);
                TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        assertThat(interceptedOn).containsExactly(Thread.currentThread().getName());
        assertThat(server.requests().get(0).headers("X-Request-Id")).containsExactly("r-1");
        assertThat(server.requests().get(0).headers("PRIVATE-TOKEN")).containsExactly(Requests.API_KEY);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("---> GET " + server.baseUri()));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("<--- HTTP/1.1 404"));
    }

    @Test
    void theApplicationsCapabilityStillWrapsTheAsyncClient() throws Exception {
        CountingCapability counting = new CountingCapability();
        try (FeignTransport transport = FeignTransport.create(
                        Feign.builder(),
                        AsyncFeign.<Object>builder().client(http2).addCapability(counting));
                TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        assertThat(counting.executedAsync()).isEqualTo(1);
    }

    @Test
    void asyncFeignItselfRetriesALoginAfterANetworkErrorSoTheTransportReplacesItsRetryer() throws Exception {
        try (ResettingServer resetting = new ResettingServer()) {
            AsyncSessionApi raw = AsyncFeign.<Object>builder()
                    .client(http2)
                    .retryer(new Retryer.Default(1, 1, 3))
                    .target(AsyncSessionApi.class, resetting.baseUri().toString());
            CompletableFuture<FeignExchange> login = raw.login(
                    new byte[] {'{', '}'},
                    Map.of(),
                    new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false));
            assertThat(failureOf(login)).isInstanceOf(feign.RetryableException.class);
            assertThat(resetting.requestCount()).isEqualTo(3);
        }
        try (ResettingServer resetting = new ResettingServer();
                FeignTransport transport = FeignTransport.create(
                        Feign.builder(),
                        AsyncFeign.<Object>builder().client(http2).retryer(new Retryer.Default(1, 1, 3)))) {
            assertThat(failureOf(transport.sendAsync(Requests.login(resetting.baseUri(), "alice", "pw"))))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(feign.FeignException.class);
            assertThat(resetting.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedConnectionIsTheClientsConnectExceptionWithOrWithoutTheUnwrapPolicy() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (FeignTransport wrapping = overHttp2Client();
                FeignTransport unwrapping = FeignTransport.create(
                        Feign.builder(),
                        AsyncFeign.<Object>builder()
                                .client(http2)
                                .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP))) {
            assertThat(failureOf(wrapping.sendAsync(Requests.getUser(closedPort))))
                    .isInstanceOf(ConnectException.class);
            assertThat(failureOf(unwrapping.sendAsync(Requests.getUser(closedPort))))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aFeignFailureWithoutAnIoCauseFailsTheFutureWithAnIoExceptionNamingTheUri() {
        AsyncFeign.AsyncBuilder<Object> asyncBuilder = AsyncFeign.<Object>builder()
                .client(http2)
                .requestInterceptor(template -> {
                    throw new IllegalStateException("interceptor broke");
                });
        try (FeignTransport transport = FeignTransport.create(Feign.builder(), asyncBuilder)) {
            assertThat(failureOf(transport.sendAsync(Requests.getUser(server.baseUri()))))
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("Feign failed to send GET " + server.baseUri()
                            + "/v3/session/user: java.lang.IllegalStateException: interceptor broke")
                    .hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void closingTheTransportLeavesTheApplicationsAsyncClientAndExecutorOpen() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            AsyncClient<Object> client = new AsyncClient.Default<>(new OrderedHeadersClient(), executor);
            FeignTransport first = FeignTransport.create(
                    Feign.builder(), AsyncFeign.<Object>builder().client(client));
            await(first.sendAsync(Requests.getUser(server.baseUri()))).close();
            first.close();

            assertThat(executor.isShutdown()).isFalse();
            try (FeignTransport second = FeignTransport.create(
                            Feign.builder(), AsyncFeign.<Object>builder().client(client));
                    TransportResponse response = await(second.sendAsync(Requests.getUser(server.baseUri())))) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void withoutAnAsyncBuilderAsyncCallsRunOnTheCoresBlockingPool() throws Exception {
        List<String> interceptedOn = new CopyOnWriteArrayList<>();
        Feign.Builder builder = Feign.builder()
                .client(http2)
                .requestInterceptor(
                        template -> interceptedOn.add(Thread.currentThread().getName()));
        try (FeignTransport transport = FeignTransport.create(builder);
                TransportResponse response = await(transport.sendAsync(Requests.getUser(server.baseUri())))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(transport.toString()).contains("asyncClient=none");
        }

        assertThat(interceptedOn).singleElement().asString().startsWith("i3d-session-blocking-");
    }

    private FeignTransport overHttp2Client() {
        return FeignTransport.create(
                Feign.builder().client(http2), AsyncFeign.<Object>builder().client(http2));
    }

    private String lastResponseBody() {
        return server.exchanges().get(server.exchanges().size() - 1).responseBodyUtf8();
    }
}
