package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own, without {@code jdk.http.auth.tunneling.disabledSchemes} (see this module's pom.xml),
 * where the JDK keeps its default and refuses Basic credentials for an HTTPS tunnel: the failure must name the
 * property to change, and never the password.
 */
class JdkTunnelBasicRefusedTest {

    @Test
    void aProxyThatAsksBasicCredentialsForATunnelFailsNamingTheSystemPropertyToChange() throws Exception {
        assertThat(System.getProperty(ProxyOptions.TUNNELING_DISABLED_SCHEMES_PROPERTY))
                .as("runs in the jdk-default-tunnel-schemes execution of pom.xml, not in a JVM with the property set")
                .isNull();
        TestPki pki = TestPki.create();
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(pki.serverContext())
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.start("proxy-user", "proxy-s3cret");
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .proxy(ProxyOptions.of("127.0.0.1", proxy.port())
                                .credentials("proxy-user", "proxy-s3cret".toCharArray()))
                        .sslContext(pki.trustingContext())
                        .build()) {
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "pw")))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("the proxy 127.0.0.1:" + proxy.port()
                            + " asked for credentials (407) to open the HTTPS tunnel")
                    .hasMessageContaining("-Djdk.http.auth.tunneling.disabledSchemes=")
                    .satisfies(
                            failure -> assertThat(JdkProxyTest.chain(failure)).doesNotContain("proxy-s3cret"));
            assertThat(server.requestCount()).isZero();
        }
    }
}
