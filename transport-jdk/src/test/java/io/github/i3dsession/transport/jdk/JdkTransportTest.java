package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What only the JDK adapter does: guarding the application's client, owning and closing its own. */
class JdkTransportTest {

    @Test
    void applicationClientWithACookieHandlerIsRefusedBecauseItWouldMixSessions() {
        HttpClient shared =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        assertThatThrownBy(() -> JdkTransport.create(shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("httpClient must not have a CookieHandler: session cookies are kept per SessionClient,"
                        + " and a shared cookie handler would mix sessions");
    }

    @Test
    void applicationClientThatFollowsRedirectsIsRefused() {
        HttpClient shared = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        assertThatThrownBy(() -> JdkTransport.create(shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("httpClient must use HttpClient.Redirect.NEVER");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> JdkTransport.create(null)).hasMessage("httpClient");
        assertThatThrownBy(() -> JdkTransport.builder().connectTimeout(null)).hasMessage("connectTimeout");
        assertThatThrownBy(() -> JdkTransport.builder().connectTimeout(Duration.ZERO))
                .hasMessage("connectTimeout must be positive: PT0S");
    }

    @Test
    void applicationClientStaysUsableAfterTheTransportIsClosed() throws Exception {
        HttpClient shared = HttpClient.newHttpClient();
        try (FakeSessionServer server =
                FakeSessionServer.builder().user(FakeUser.withoutOtp("a", "pw")).start()) {
            JdkTransport transport = JdkTransport.create(shared);
            try (SessionClient client = SessionClient.builder()
                    .baseUri(server.baseUri())
                    .transport(transport)
                    .build()) {
                client.login(SessionLogin.of("a", "pw"));
            }
            transport.close();

            TransportRequest request = TransportRequest.builder(
                            SessionOperation.GET_USER, URI.create(server.baseUri() + "/v3/session/user"))
                    .build();
            try (TransportResponse response = JdkTransport.create(shared).send(request)) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void ownClientRefusesToSendAfterClose() {
        JdkTransport transport = JdkTransport.create();
        transport.close();
        transport.close();

        assertThatThrownBy(() -> transport.send(TransportRequest.builder(
                                SessionOperation.GET_USER, URI.create("http://127.0.0.1:9/v3/session/user"))
                        .build()))
                .isInstanceOf(IOException.class);
        assertThat(transport.toString()).isEqualTo("JdkTransport{own HttpClient, closed}");
    }

    @Test
    void discoveredTransportIsTheJdkOneAndIsOwnedByTheClient() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("a", "pw"))
                        .start();
                SessionClient client =
                        SessionClient.builder().baseUri(server.baseUri()).build()) {
            client.login(SessionLogin.of("a", "pw"));

            assertThat(client.toString()).contains("transport=JdkTransport{own HttpClient}");
        }
    }
}
