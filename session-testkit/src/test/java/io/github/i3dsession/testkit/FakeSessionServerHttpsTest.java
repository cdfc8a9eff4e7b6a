package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class FakeSessionServerHttpsTest {
    private static final TestPki PKI = TestPki.create();

    @Test
    void httpsModeServesOverTlsWithACertificateForTheLoopbackAddress() throws Exception {
        try (FakeSessionServer server =
                FakeSessionServer.builder().https(PKI.serverContext()).start()) {
            assertThat(server.baseUri().toString()).startsWith("https://127.0.0.1:");

            assertThat(getUser(server, PKI.trustingContext()).statusCode()).isEqualTo(404);
            assertThat(server.requestCount("GET", "/v3/session/user")).isEqualTo(1);
        }
    }

    @Test
    void requiredClientCertificatesRefuseAHandshakeWithoutOne() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .https(PKI.serverContext())
                .requireClientCertificates()
                .start()) {
            assertThat(getUser(server, PKI.clientContext()).statusCode()).isEqualTo(404);
            assertThatThrownBy(() -> getUser(server, PKI.trustingContext())).isInstanceOf(IOException.class);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void clientCertificatesWithoutHttpsAreRefusedAtStart() {
        assertThatThrownBy(() ->
                        FakeSessionServer.builder().requireClientCertificates().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("requireClientCertificates() needs https(serverContext)");
        assertThatThrownBy(() -> FakeSessionServer.builder().https(null)).hasMessage("serverContext");
    }

    private static HttpResponse<String> getUser(FakeSessionServer server, SSLContext context)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(context)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(server.baseUri() + "/v3/session/user"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
