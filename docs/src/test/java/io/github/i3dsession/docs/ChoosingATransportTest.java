package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Feign;
import feign.hc5.ApacheHttp5Client;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import io.github.i3dsession.transport.feign.FeignTransport;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples of choosing-a-transport.md, each proved by a login against the fake server. */
class ChoosingATransportTest {
    private static final ProxySelector NO_PROXY = ProxySelector.of(null);

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    // BEGIN: jdk-own-client
    static JdkTransport jdkTransport(SSLContext tls, ProxySelector proxies) {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(tls)
                .proxy(proxies)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER) // required (and the JDK's default)
                .build(); // no cookieHandler(...): required too
        return JdkTransport.create(http); // closing the transport leaves http alone
    }
    // END: jdk-own-client

    // BEGIN: httpclient5-own-client
    static CloseableHttpClient apacheClient(SSLContext tls, ProxySelector proxies) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
                        .setMaxConnTotal(200)
                        .setMaxConnPerRoute(50)
                        .build())
                .setRoutePlanner(new SystemDefaultRoutePlanner(proxies))
                .disableAutomaticRetries() // the session client decides what may be sent again
                .build();
    }

    static String whoAmI(URI baseUri, SSLContext tls, ProxySelector proxies, SessionLogin login) throws Exception {
        try (CloseableHttpClient http = apacheClient(tls, proxies);
                HttpClient5Transport transport = HttpClient5Transport.create(http);
                SessionClient client = SessionClient.builder()
                        .baseUri(baseUri)
                        .transport(transport)
                        .build()) {
            client.login(login);
            return client.getUser().userName();
        }
    }
    // END: httpclient5-own-client

    // BEGIN: httpclient5-async-client
    static HttpClient5Transport apacheTransport(CloseableHttpClient http, CloseableHttpAsyncClient httpAsync) {
        return HttpClient5Transport.builder()
                .httpClient(http) // blocking calls
                .httpAsyncClient(httpAsync) // async calls: started, with disableAutomaticRetries()
                .build(); // closing the transport leaves both open
    }
    // END: httpclient5-async-client

    // BEGIN: feign-own-builder
    static String whoAmIOverFeign(URI baseUri, SessionLogin login) throws Exception {
        try (CloseableHttpClient http = HttpClients.custom()
                        .disableCookieManagement() // session cookies belong to each SessionClient
                        .disableAutomaticRetries() // the session client decides what may be sent again
                        .build();
                FeignTransport transport = FeignTransport.create(Feign.builder()
                        .client(new ApacheHttp5Client(http))
                        .requestInterceptor(template -> template.header(
                                "X-Request-Id", UUID.randomUUID().toString())));
                SessionClient client = SessionClient.builder()
                        .baseUri(baseUri)
                        .transport(transport)
                        .build()) {
            client.login(login);
            return client.getUser().userName();
        }
    }
    // END: feign-own-builder

    @Test
    void eachTransportCreatedWithDefaultsLogsIn() {
        // BEGIN: create-transports
        SessionTransport jdk = JdkTransport.create(); // java.net.http.HttpClient
        SessionTransport apache = HttpClient5Transport.create(); // a pooled Apache HttpClient 5 of its own
        SessionTransport feign = FeignTransport.create(); // Feign's default client
        // END: create-transports

        for (SessionTransport transport : List.of(jdk, apache, feign)) {
            try (transport;
                    SessionClient client = client(transport)) {
                client.login(SessionLogin.of("alice", "correct horse"));
                assertThat(client.getUser().userName()).as("%s", transport).isEqualTo("alice");
            }
        }
    }

    @Test
    void jdkTransportOverTheApplicationsClientLogsIn() throws NoSuchAlgorithmException {
        try (JdkTransport transport = jdkTransport(SSLContext.getDefault(), NO_PROXY);
                SessionClient client = client(transport)) {
            client.login(SessionLogin.of("alice", "correct horse"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
        }
    }

    @Test
    void jdkTransportRefusesAClientWithCookiesOrRedirects() {
        HttpClient withCookies =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpClient withRedirects = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        assertThatThrownBy(() -> JdkTransport.create(withCookies))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("httpClient must not have a CookieHandler: session cookies are kept per SessionClient,"
                        + " and a shared cookie handler would mix sessions");
        assertThatThrownBy(() -> JdkTransport.create(withRedirects))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("httpClient must use HttpClient.Redirect.NEVER: a redirect could re-send a login or"
                        + " carry the session to another host");
    }

    @Test
    void httpClient5OverTheApplicationsClientLogsIn() throws Exception {
        String user =
                whoAmI(server.baseUri(), SSLContext.getDefault(), NO_PROXY, SessionLogin.of("alice", "correct horse"));

        assertThat(user).isEqualTo("alice");
    }

    @Test
    void httpClient5AsyncCallsGoThroughTheApplicationsAsyncClient() throws Exception {
        try (CloseableHttpClient http = apacheClient(SSLContext.getDefault(), NO_PROXY);
                CloseableHttpAsyncClient httpAsync = HttpAsyncClients.custom()
                        .disableAutomaticRetries()
                        .disableCookieManagement()
                        .build()) {
            httpAsync.start();
            try (HttpClient5Transport transport = apacheTransport(http, httpAsync);
                    SessionClient client = client(transport)) {
                client.async().login(SessionLogin.of("alice", "correct horse")).join();

                assertThat(client.async().getUser().join().userName()).isEqualTo("alice");
                assertThat(client.getUser().userName()).isEqualTo("alice");
            }
        }
    }

    @Test
    void defaultTransportsServeTheAsyncView() {
        for (SessionTransport transport :
                List.of(JdkTransport.create(), HttpClient5Transport.create(), FeignTransport.create())) {
            try (transport;
                    SessionClient client = client(transport)) {
                client.async().login(SessionLogin.of("alice", "correct horse")).join();
                assertThat(client.async().getUser().join().userName())
                        .as("%s", transport)
                        .isEqualTo("alice");
            }
        }
    }

    @Test
    void feignTransportKeepsTheApplicationsInterceptors() throws Exception {
        String user = whoAmIOverFeign(server.baseUri(), SessionLogin.of("alice", "correct horse"));

        assertThat(user).isEqualTo("alice");
        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy((RecordedRequest request) ->
                        assertThat(request.header("X-Request-Id")).isPresent());
    }

    @Test
    void withSeveralTransportsOnTheClassPathBuildNeedsAChoice() {
        assertThat(System.getProperty(SessionClientBuilder.TRANSPORT_PROPERTY)).isNull();

        assertThatThrownBy(
                        () -> SessionClient.builder().baseUri(server.baseUri()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Several SessionTransport providers found: ")
                .hasMessageContaining("feign, httpclient5, jdk")
                .hasMessageEndingWith(". Choose one with -Di3dsession.transport=<name>"
                        + " or SessionClient.builder().transport(...)");
    }

    @Test
    void theSystemPropertyPicksADiscoveredTransport() {
        System.setProperty(SessionClientBuilder.TRANSPORT_PROPERTY, "httpclient5");
        try (SessionClient client =
                SessionClient.builder().baseUri(server.baseUri()).build()) {
            assertThat(client.toString()).contains("transport=HttpClient5Transport{client=own");
            client.login(SessionLogin.of("alice", "correct horse"));
        } finally {
            System.clearProperty(SessionClientBuilder.TRANSPORT_PROPERTY);
        }
    }

    private SessionClient client(SessionTransport transport) {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .build();
    }
}
