package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/**
 * The HTTP version of the client {@link JdkTransport} creates. Over cleartext the JDK asks to upgrade to HTTP/2
 * with an {@code Upgrade: h2c} header, so the header shows which version the client prefers.
 */
class JdkTransportVersionTest {

    @Test
    void theOwnClientSpeaksHttp11ByDefaultAndOffersNoUpgrade() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                JdkTransport transport = JdkTransport.create()) {
            login(server, transport);

            assertThat(server.requests().get(0).header("Upgrade")).isEmpty();
        }
    }

    @Test
    void http2CanBeChosenAndFallsBackToHttp11WhereTheServerDeclines() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                JdkTransport transport = JdkTransport.builder()
                        .version(HttpClient.Version.HTTP_2)
                        .build()) {
            login(server, transport);

            assertThat(server.requests().get(0).header("Upgrade")).contains("h2c");
        }
    }

    @Test
    void aNullVersionIsNamed() {
        assertThatThrownBy(() -> JdkTransport.builder().version(null)).hasMessage("version");
    }

    private static void login(FakeSessionServer server, JdkTransport transport) {
        try (SessionClient client = SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .build()) {
            client.login(SessionLogin.of("alice", "pw"));
        }
    }
}
