package io.github.i3dsession.transport.httpclient5;

import static io.github.i3dsession.transport.httpclient5.HttpClient5TransportAsyncTest.await;
import static io.github.i3dsession.transport.httpclient5.HttpClient5TransportAsyncTest.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sendAsync} over an application's {@link CloseableHttpAsyncClient} with HttpClient's defaults: cookies
 * on, redirects followed. Automatic retries are off, as the transport documents they must be.
 */
class SharedHttpAsyncClientTest {
    private static final Duration MARGIN = Duration.ofSeconds(3);

    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final BasicCookieStore applicationCookies = cookieStore();
    private final CloseableHttpAsyncClient application = HttpAsyncClients.custom()
            .setDefaultCookieStore(applicationCookies)
            .disableAutomaticRetries()
            .build();
    private final HttpClient5Transport transport =
            HttpClient5Transport.builder().httpAsyncClient(application).build();

    SharedHttpAsyncClientTest() {
        application.start();
    }

    @AfterEach
    void tearDown() {
        transport.close();
        application.close(CloseMode.GRACEFUL);
        server.close();
    }

    @Test
    void theApplicationsClientReallyManagesCookies() throws Exception {
        applicationGet(userUri());

        assertThat(server.requests().get(0).headers("Cookie")).containsExactly("application=secret");
    }

    @Test
    void cookiesOfEarlierResponsesAndOfTheApplicationAreNeitherSentNorKept() throws Exception {
        String sessionCookie;
        try (TransportResponse login =
                await(transport.sendAsync(Requests.login(server.baseUri()).build()))) {
            assertThat(login.statusCode()).isEqualTo(200);
            sessionCookie = login.headers("Set-Cookie").get(0).split(";", 2)[0];
        }
        try (TransportResponse user =
                await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
            assertThat(user.statusCode()).isEqualTo(404);
        }

        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.headers("Cookie")).isEmpty());
        assertThat(applicationCookies.getCookies())
                .extracting(cookie -> cookie.getName())
                .containsExactly("application");

        try (TransportResponse user = await(transport.sendAsync(Requests.getUser(server.baseUri())
                .header("Cookie", sessionCookie)
                .build()))) {
            assertThat(user.statusCode()).isEqualTo(200);
        }
        assertThat(server.requests().get(2).headers("Cookie")).containsExactly(sessionCookie);
    }

    @Test
    void theRequestHeadersAndBodyAreSentAsGiven() throws Exception {
        TransportRequest request = Requests.login(server.baseUri())
                .header("PRIVATE-TOKEN", "api-key-123")
                .build();

        try (TransportResponse response = await(transport.sendAsync(request))) {
            assertThat(response.statusCode()).isEqualTo(200);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.bodyUtf8()).isEqualTo(Requests.LOGIN_JSON);
        assertThat(recorded.headers("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headers("PRIVATE-TOKEN")).containsExactly("api-key-123");
        assertThat(recorded.headers("Upgrade")).isEmpty();
        // The application's client adds what it is configured to add (here its default User-Agent), nothing more.
        assertThat(recorded.headers().keySet())
                .allMatch(name -> Set.of(
                                "host",
                                "content-length",
                                "connection",
                                "content-type",
                                "accept",
                                "private-token",
                                "user-agent")
                        .contains(name.toLowerCase()));
    }

    @Test
    void redirectsAreReturnedEvenThoughTheApplicationsClientFollowsThem() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(302)
                        .header("Location", "/v3/session/user")
                        .build());

        try (TransportResponse response =
                await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
            assertThat(response.statusCode()).isEqualTo(302);
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theResponseCarriesEveryHeaderValueAndTheBufferedBody() throws Exception {
        try (TransportResponse response =
                await(transport.sendAsync(Requests.login(server.baseUri()).build()))) {
            assertThat(response.headers("set-cookie"))
                    .singleElement()
                    .asString()
                    .startsWith("i3d_session=");
            assertThat(new String(response.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(server.exchanges().get(0).responseBodyUtf8());
        }
    }

    @Test
    void aBodyOverTheLimitFailsAndTheConnectionIsDropped() throws Exception {
        server.enqueue(
                "/v3/session/user", FakeResponse.builder().largeBody(4L << 30).build());
        assertThat(failureOf(transport.sendAsync(Requests.getUser(server.baseUri())
                        .maxResponseBytes(1000)
                        .build())))
                .isExactlyInstanceOf(ResponseTooLargeException.class)
                .hasMessage("response body exceeds the limit of 1000 bytes");

        try (RawServer endless = RawServer.endlessChunks()) {
            Throwable failure = failureOf(transport.sendAsync(
                    Requests.getUser(endless.baseUri()).maxResponseBytes(10_000).build()));

            assertThat(failure).isExactlyInstanceOf(ResponseTooLargeException.class);
            assertThat(endless.awaitClientClosed(MARGIN))
                    .as("the client hung up")
                    .isTrue();
        }
    }

    @Test
    void aStalledServerTimesOutWithinTheRequestTimeout() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().delayBeforeHeaders(Duration.ofMinutes(1)).build());
        Duration timeout = Duration.ofMillis(500);

        long start = System.nanoTime();
        Throwable failure = failureOf(transport.sendAsync(
                Requests.getUser(server.baseUri()).timeout(timeout).build()));

        assertThat(failure).isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(timeout.plus(MARGIN));
    }

    /**
     * The future is cancelled at once and HttpClient's exchange with it. HttpClient 5.6 can lose that
     * cancellation for an exchange that opened a new connection (it sets the exchange's cancellable, then
     * overwrites it with the finished connect step's), so the connection is only sure to close at the
     * request's response timeout.
     */
    @Test
    void cancellingTheFutureEndsTheCallAtOnceAndTheExchangeByItsTimeoutAtTheLatest() throws Exception {
        try (RawServer stalled = RawServer.stalling()) {
            CompletableFuture<TransportResponse> future = transport.sendAsync(Requests.getUser(stalled.baseUri())
                    .timeout(Duration.ofSeconds(1))
                    .build());
            assertThat(stalled.awaitRequest(MARGIN))
                    .as("the request reached the server")
                    .isTrue();

            assertThat(future.cancel(true)).isTrue();

            assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
            assertThat(stalled.awaitClientClosed(Duration.ofSeconds(1).plus(MARGIN)))
                    .as("the server saw the connection closed")
                    .isTrue();
        }
    }

    @Test
    void closingTheTransportLeavesTheApplicationsClientRunning() throws Exception {
        try (TransportResponse response =
                await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        transport.close();

        assertThat(applicationGet(userUri()).getCode()).isEqualTo(404);
        assertThat(failureOf(
                        transport.sendAsync(Requests.getUser(server.baseUri()).build())))
                .hasMessageStartingWith("HttpClient5Transport is closed");
    }

    @Test
    void aClientThatWasNeverStartedFailsTheFutureWithAnIOExceptionNamingTheRequest() {
        CloseableHttpAsyncClient notStarted = HttpAsyncClients.createDefault();
        HttpClient5Transport overIt =
                HttpClient5Transport.builder().httpAsyncClient(notStarted).build();
        TransportRequest request = Requests.getUser(server.baseUri()).build();

        assertThat(failureOf(overIt.sendAsync(request)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot send GET " + request.uri() + ": ");
        notStarted.close(CloseMode.IMMEDIATE);
    }

    @Test
    void theTransportStartsNoAsyncClientOfItsOwnAndSaysWhoseClientsItUses() throws Exception {
        List<Thread> before = List.copyOf(Thread.getAllStackTraces().keySet());

        try (TransportResponse response =
                await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(thread -> !before.contains(thread))
                .noneMatch(thread -> thread.getName().startsWith("requester-dispatch"));
        assertThat(transport).hasToString("HttpClient5Transport{client=own, asyncClient=application's}");
    }

    @Test
    void poolSettingsConfigureTheClassicClientTheTransportCreatesBesideTheApplicationsAsyncClient() throws Exception {
        try (HttpClient5Transport mixed = HttpClient5Transport.builder()
                        .httpAsyncClient(application)
                        .maxConnections(2)
                        .connectTimeout(Duration.ofSeconds(1))
                        .build();
                TransportResponse response =
                        mixed.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(mixed).hasToString("HttpClient5Transport{client=own, asyncClient=application's}");
        }
    }

    @Test
    void withBothClientsOfTheApplicationTheTransportClosesNeither() throws Exception {
        try (CloseableHttpClient classic = HttpClients.createDefault()) {
            HttpClient5Transport both = HttpClient5Transport.builder()
                    .httpClient(classic)
                    .httpAsyncClient(application)
                    .build();
            assertThat(both).hasToString("HttpClient5Transport{client=application's, asyncClient=application's}");

            both.close();

            int status = classic.execute(new HttpGet(userUri()), response -> response.getCode());
            assertThat(status).isEqualTo(404);
            assertThat(applicationGet(userUri()).getCode()).isEqualTo(404);
        }
    }

    @Test
    void theAsyncClientIsCheckedAtOnce() {
        assertThatThrownBy(() -> HttpClient5Transport.builder().httpAsyncClient(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("httpAsyncClient");
    }

    private SimpleHttpResponse applicationGet(URI uri) throws Exception {
        return application.execute(SimpleRequestBuilder.get(uri).build(), null).get(10, TimeUnit.SECONDS);
    }

    private URI userUri() {
        return server.baseUri().resolve("/v3/session/user");
    }

    private static BasicCookieStore cookieStore() {
        BasicCookieStore store = new BasicCookieStore();
        BasicClientCookie cookie = new BasicClientCookie("application", "secret");
        cookie.setDomain("127.0.0.1");
        cookie.setPath("/");
        cookie.setAttribute("domain", "127.0.0.1");
        store.addCookie(cookie);
        return store;
    }
}
