package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.TestPki;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Async calls through a proxy: HttpCore's async requester cannot tunnel, so the transport sends proxied requests
 * with its classic client, which answers the proxy's challenge.
 */
class HttpClient5AsyncProxyTest {

    @Test
    void asyncCallsGoThroughTheAuthenticatingProxyTunnel() throws Exception {
        TestPki pki = TestPki.create();
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(pki.serverContext())
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.start("proxy-user", "proxy-s3cret");
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .proxy(io.github.i3dsession.api.ProxyOptions.of("127.0.0.1", proxy.port())
                                .credentials("proxy-user", "proxy-s3cret".toCharArray()))
                        .sslContext(pki.trustingContext())
                        .build()) {
            String userName = client.async()
                    .login(SessionLogin.of("alice", "pw"))
                    .thenCompose(started -> client.async().getUser())
                    .get(30, TimeUnit.SECONDS)
                    .userName();

            assertThat(userName).isEqualTo("alice");
            assertThat(proxy.passed()).contains("CONNECT 127.0.0.1:" + server.port());
        }
    }
}
