package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport over an application's client with HttpClient's defaults: cookies on, redirects followed. */
class SharedHttpClientTest {
    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final BasicCookieStore applicationCookies = new BasicCookieStore();
    private final CloseableHttpClient application =
            HttpClients.custom().setDefaultCookieStore(applicationCookies).build();
    private final HttpClient5Transport transport = HttpClient5Transport.create(application);

    @BeforeEach
    void setUp() {
        BasicClientCookie cookie = new BasicClientCookie("application", "secret");
        cookie.setDomain("127.0.0.1");
        cookie.setPath("/");
        cookie.setAttribute("domain", "127.0.0.1");
        applicationCookies.addCookie(cookie);
    }

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
        application.close();
        server.close();
    }

    @Test
    void theApplicationsClientReallyManagesCookies() throws IOException {
        application.execute(new HttpGet(userUri()), response -> response.getCode());

        assertThat(server.requests().get(0).headers("Cookie")).containsExactly("application=secret");
    }

    @Test
    void cookiesOfEarlierResponsesAndOfTheApplicationAreNeitherSentNorKept() throws IOException {
        String sessionCookie;
        try (TransportResponse login =
                transport.send(Requests.login(server.baseUri()).build())) {
            assertThat(login.statusCode()).isEqualTo(200);
            sessionCookie = login.headers("Set-Cookie").get(0).split(";", 2)[0];
        }
        try (TransportResponse user =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(user.statusCode()).isEqualTo(404);
        }

        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.headers("Cookie")).isEmpty());
        assertThat(applicationCookies.getCookies())
                .extracting(cookie -> cookie.getName())
                .containsExactly("application");

        try (TransportResponse user = transport.send(Requests.getUser(server.baseUri())
                .header("Cookie", sessionCookie)
                .build())) {
            assertThat(user.statusCode()).isEqualTo(200);
        }
        assertThat(server.requests().get(2).headers("Cookie")).containsExactly(sessionCookie);
    }

    @Test
    void redirectsAreReturnedEvenThoughTheApplicationsClientFollowsThem() throws IOException {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(302)
                        .header("Location", "/v3/session/user")
                        .build());

        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(302);
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void closingTheTransportLeavesTheApplicationsClientOpen() throws IOException {
        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        transport.close();

        int status = application.execute(new HttpGet(userUri()), response -> response.getCode());
        assertThat(status).isEqualTo(404);
    }

    @Test
    void withOnlyTheApplicationsClassicClientSendAsyncRunsTheBlockingSendOnAPool() throws Exception {
        // A body over the limit arrives as a stream instead of failing: the SPI's blocking default, not a buffer.
        server.enqueue(
                "/v3/session/user", FakeResponse.builder().largeBody(64 * 1024).build());
        TransportRequest request =
                Requests.getUser(server.baseUri()).maxResponseBytes(1000).build();
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());

        try (TransportResponse response = transport.sendAsync(request).get(10, TimeUnit.SECONDS)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().readAllBytes()).hasSize(64 * 1024);
        }

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(thread -> !before.contains(thread))
                .noneMatch(thread -> thread.getName().startsWith("requester-dispatch"));
        assertThat(transport).hasToString("HttpClient5Transport{client=application's, asyncClient=blocking}");
    }

    private URI userUri() {
        return server.baseUri().resolve("/v3/session/user");
    }
}
