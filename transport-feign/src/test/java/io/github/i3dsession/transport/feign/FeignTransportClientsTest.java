package io.github.i3dsession.transport.feign;

import static io.github.i3dsession.transport.feign.Requests.bodyUtf8;
import static org.assertj.core.api.Assertions.assertThat;

import feign.Feign;
import feign.Logger;
import feign.hc5.ApacheHttp5Client;
import feign.http2client.Http2Client;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FeignTransport} over the application's own {@link Feign.Builder}, client and interceptors. */
class FeignTransportClientsTest {
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
    void theJdkHttpClientThroughFeignJava11CarriesLoginAndErrors() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (FeignTransport transport = FeignTransport.create(Feign.builder().client(new Http2Client(http)))) {
            // feign-java11 13.6 collects each header's values in a HashSet: their order is lost.
            assertLoginAndErrorsWork(transport, false);
        }
    }

    @Test
    void apacheHttpClient5ThroughFeignHc5CarriesLoginAndErrors() throws Exception {
        try (CloseableHttpClient http = statelessHc5();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)))) {
            assertLoginAndErrorsWork(transport, true);
        }
    }

    @Test
    void apacheHttpClient5ReturnsARedirectWithoutFollowingIt() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(307)
                        .header("Location", server.baseUri() + "/v3/session/login")
                        .build());
        try (CloseableHttpClient http = statelessHc5();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)));
                TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(307);
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theJdkHttpClientReturnsARedirectWithoutFollowingIt() throws Exception {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(302)
                        .header("Location", server.baseUri() + "/v3/session/login")
                        .build());
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
        try (FeignTransport transport = FeignTransport.create(Feign.builder().client(new Http2Client(http)));
                TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(302);
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void theApplicationsRequestInterceptorStillRuns() throws Exception {
        Feign.Builder builder = Feign.builder().requestInterceptor(template -> template.header("X-Request-Id", "r-1"));
        try (FeignTransport transport = FeignTransport.create(builder);
                TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "pw"))) {
            assertThat(response.statusCode()).isEqualTo(200);
        }

        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.headers("X-Request-Id")).containsExactly("r-1");
        assertThat(recorded.headers("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headers("PRIVATE-TOKEN")).containsExactly(Requests.API_KEY);
    }

    @Test
    void theApplicationsCapabilityStillWrapsTheClient() throws Exception {
        CountingCapability counting = new CountingCapability();
        Feign.Builder builder = Feign.builder().addCapability(counting);
        try (FeignTransport transport = FeignTransport.create(builder);
                TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        assertThat(counting.executed()).isEqualTo(1);
    }

    @Test
    void aBuilderThatDismisses404StillGetsTheNotFoundResponse() throws Exception {
        server.enqueue("/v3/session/user", FakeResponse.error(404, 404, "Not Found", "session", "none"));
        try (FeignTransport transport = FeignTransport.create(Feign.builder().dismiss404());
                TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(bodyUtf8(response)).contains("\"message\":\"none\"");
        }
    }

    @Test
    void theApplicationsLoggerSeesTheCalls() throws Exception {
        List<String> lines = new ArrayList<>();
        Feign.Builder builder = Feign.builder()
                .logger(new Logger() {
                    @Override
                    protected void log(String configKey, String format, Object... args) {
                        lines.add(String.format(format, args));
                    }
                })
                .logLevel(Logger.Level.BASIC);
        try (FeignTransport transport = FeignTransport.create(builder);
                TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(404);
        }

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("---> GET " + server.baseUri()));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("<--- HTTP/1.1 404"));
    }

    @Test
    void theApplicationsEncoderAndRetryerAreReplacedSoTheBodyIsExactAndSentOnce() throws Exception {
        AtomicInteger encoded = new AtomicInteger();
        Feign.Builder builder = Feign.builder()
                .encoder((object, type, template) -> {
                    encoded.incrementAndGet();
                    template.body("mangled");
                })
                .retryer(new feign.Retryer.Default(1, 1, 5));
        byte[] body = "{\"userName\":\"alice\",\"password\":\"pw\"}".getBytes(StandardCharsets.UTF_8);
        try (ResettingServer resetting = new ResettingServer();
                FeignTransport transport = FeignTransport.create(builder)) {
            try (TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "pw"))) {
                assertThat(response.statusCode()).isEqualTo(200);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> transport.send(Requests.login(resetting.baseUri(), "alice", "pw")));
            assertThat(resetting.requestCount()).isEqualTo(1);
        }

        assertThat(encoded).hasValue(0);
        assertThat(server.requests().get(0).body()).isEqualTo(body);
    }

    @Test
    void feignHc5WithItsDefaultCookieStoreWouldCarryCookiesBetweenClientsAsDocumented() throws Exception {
        try (CloseableHttpClient http = HttpClients.createDefault();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)))) {
            transport.send(Requests.login(server.baseUri(), "alice", "pw")).close();
            transport.send(Requests.getUser(server.baseUri())).close();
        }

        assertThat(server.requests().get(1).headers("Cookie")).isNotEmpty();
    }

    @Test
    void feignHc5WithCookieManagementDisabledSendsOnlyTheCoresCookies() throws Exception {
        try (CloseableHttpClient http = statelessHc5();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)))) {
            transport.send(Requests.login(server.baseUri(), "alice", "pw")).close();
            transport.send(Requests.getUser(server.baseUri())).close();
        }

        assertThat(server.requests().get(1).headers("Cookie")).isEmpty();
    }

    @Test
    void theDefaultClientKeepsNoCookies() throws Exception {
        try (FeignTransport transport = FeignTransport.create()) {
            transport.send(Requests.login(server.baseUri(), "alice", "pw")).close();
            transport.send(Requests.getUser(server.baseUri())).close();
        }

        assertThat(server.requests().get(1).headers("Cookie")).isEmpty();
    }

    @Test
    void closingTheTransportLeavesTheApplicationsClientOpen() throws Exception {
        try (CloseableHttpClient http = statelessHc5()) {
            FeignTransport first = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)));
            first.send(Requests.getUser(server.baseUri())).close();
            first.close();

            try (FeignTransport second = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)));
                    TransportResponse response = second.send(Requests.getUser(server.baseUri()))) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void feignHc5sDefaultRetryStrategyWouldResendALoginAnswered503AsDocumented() throws Exception {
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder().status(503).header("Retry-After", "1").build());
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder().status(503).header("Retry-After", "1").build());
        try (CloseableHttpClient http = HttpClients.createDefault();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)))) {
            transport.send(Requests.login(server.baseUri(), "alice", "pw")).close();
        }

        assertThat(server.requestCount("POST", "/v3/session/login")).isEqualTo(2);
    }

    @Test
    void feignHc5WithAutomaticRetriesDisabledReturnsA503ToALoginAfterOneRequest() throws Exception {
        server.enqueue(
                "/v3/session/login",
                FakeResponse.builder().status(503).header("Retry-After", "1").build());
        try (CloseableHttpClient http = statelessHc5();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new ApacheHttp5Client(http)));
                TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "pw"))) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.firstHeader("Retry-After")).hasValue("1");
        }

        assertThat(server.requestCount("POST", "/v3/session/login")).isEqualTo(1);
    }

    /** An Apache client configured as FeignTransport documents: no cookie store, no retries of its own. */
    private static CloseableHttpClient statelessHc5() {
        return HttpClients.custom()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .build();
    }

    private void assertLoginAndErrorsWork(FeignTransport transport, boolean keepsHeaderOrder) throws Exception {
        String cookie;
        try (TransportResponse response = transport.send(Requests.login(server.baseUri(), "alice", "pw"))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(bodyUtf8(response)).contains("\"requiresOtp\":false");
            cookie = response.headers("Set-Cookie").get(0).split(";", 2)[0];
        }
        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri(), cookie))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(bodyUtf8(response)).contains("alice");
        }
        server.enqueue("/v3/session/login/otp", FakeResponse.error(401, 401, "Unauthorized", "otp", "wrong"));
        try (TransportResponse response = transport.send(Requests.provideOtp(server.baseUri(), cookie))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(bodyUtf8(response)).contains("\"message\":\"wrong\"");
        }
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .status(500)
                        .header("Set-Cookie", "a=1; Path=/")
                        .header("Set-Cookie", "b=2; Path=/")
                        .jsonBody("{\"errorCode\":500}")
                        .build());
        try (TransportResponse response = transport.send(Requests.getUser(server.baseUri(), cookie))) {
            assertThat(response.statusCode()).isEqualTo(500);
            if (keepsHeaderOrder) {
                assertThat(response.headers("set-cookie")).containsExactly("a=1; Path=/", "b=2; Path=/");
            } else {
                assertThat(response.headers("set-cookie")).containsExactlyInAnyOrder("a=1; Path=/", "b=2; Path=/");
            }
            assertThat(bodyUtf8(response)).contains("\"errorCode\":500");
        }
        try (TransportResponse response = transport.send(Requests.logout(server.baseUri()))) {
            assertThat(response.statusCode()).isEqualTo(204);
        }

        RecordedRequest login = server.requests().get(0);
        assertThat(login.headers("Content-Type")).containsExactly("application/json");
        assertThat(login.headers("PRIVATE-TOKEN")).containsExactly(Requests.API_KEY);
        assertThat(login.bodyUtf8()).isEqualTo("{\"userName\":\"alice\",\"password\":\"pw\"}");
        assertThat(server.requests().get(4).headers("Content-Type")).isEmpty();
        assertThat(server.requests().get(2).bodyUtf8()).isEqualTo("{\"otp\":\"123456\"}");
    }
}
