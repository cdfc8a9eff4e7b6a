package io.github.i3dsession.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.AsyncFeign;
import feign.Feign;
import feign.hc5.ApacheHttp5Client;
import feign.http2client.Http2Client;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

/** Compiles and runs the usage examples of {@link FeignTransport}'s documentation. */
class FeignTransportExampleTest {

    @Test
    void theDocumentedExampleLogsInAndReadsTheUser() throws IOException {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start()) {
            SessionUser user = example(server.baseUri(), "pw");

            assertThat(user.userName()).isEqualTo("alice");
            assertThat(server.requests())
                    .allSatisfy(request ->
                            assertThat(request.header("X-Request-Id")).isPresent());
        }
    }

    @Test
    void theDocumentedAsyncExampleLogsInAndReadsTheUserThroughHttp2Client() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start()) {
            SessionUser user = asyncExample(server.baseUri(), "pw");

            assertThat(user.userName()).isEqualTo("alice");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    private static SessionUser asyncExample(URI baseUri, String password) throws Exception {
        // BEGIN: FeignTransport.create(Feign.Builder, AsyncFeign.AsyncBuilder) example
        Http2Client client = new Http2Client(HttpClient.newHttpClient()); // no CookieHandler
        try (FeignTransport transport = FeignTransport.create(
                        Feign.builder().client(client),
                        AsyncFeign.<Object>builder().client(client));
                SessionClient session = SessionClient.builder()
                        .baseUri(baseUri)
                        .transport(transport)
                        .build()) {
            return session.async()
                    .login(SessionLogin.of("alice", password))
                    .thenCompose(started -> session.async().getUser())
                    .get(30, TimeUnit.SECONDS);
        }
        // END: FeignTransport.create(Feign.Builder, AsyncFeign.AsyncBuilder) example
    }

    private static SessionUser example(URI baseUri, String password) throws IOException {
        // BEGIN: FeignTransport class example
        try (CloseableHttpClient httpClient = HttpClients.custom()
                        .disableCookieManagement() // session cookies belong to each SessionClient
                        .disableAutomaticRetries() // the core decides what may be sent again
                        .build();
                FeignTransport transport = FeignTransport.create(Feign.builder()
                        .client(new ApacheHttp5Client(httpClient))
                        .requestInterceptor(template -> template.header(
                                "X-Request-Id", UUID.randomUUID().toString())));
                SessionClient client = SessionClient.builder()
                        .baseUri(baseUri)
                        .transport(transport)
                        .build()) {
            client.login(SessionLogin.of("alice", password));
            return client.getUser();
        }
        // END: FeignTransport class example
    }
}
