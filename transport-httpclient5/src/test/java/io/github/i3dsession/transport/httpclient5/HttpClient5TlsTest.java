package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.TestPki;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * The HttpClient5 transport a {@link SessionClient} discovers with {@code sslContext(...)}: a private CA and mutual
 * TLS work, and the host name is always verified. Certificates are made when the test runs.
 */
class HttpClient5TlsTest {
    private static final TestPki PKI = TestPki.create();
    private static final TestPki OTHER = TestPki.create("other");

    @Test
    void mutualTlsWithAPrivateCaLogsInAndReadsTheUser() {
        try (FakeSessionServer server = mutualTlsServer(PKI.serverContext());
                SessionClient client = client(server, PKI.clientContext())) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
        }
    }

    @Test
    void withoutAClientCertificateTheServerRefusesTheHandshake() {
        try (FakeSessionServer server = mutualTlsServer(PKI.serverContext());
                SessionClient client = client(server, PKI.trustingContext())) {
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "pw")))
                    .isInstanceOf(TransportException.class);
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aServerOfAnotherCaIsRefused() {
        try (FakeSessionServer server = mutualTlsServer(OTHER.serverContext());
                SessionClient client = client(server, PKI.clientContext())) {
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "pw")))
                    .isInstanceOf(TransportException.class)
                    .hasStackTraceContaining("unable to find valid certification path");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(PKI.serverContextFor("other.example"))
                        .start();
                SessionClient client = client(server, PKI.trustingContext())) {
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "pw")))
                    .isInstanceOf(TransportException.class)
                    .hasStackTraceContaining("127.0.0.1");
            assertThat(server.requestCount()).isZero();
        }
    }

    private static FakeSessionServer mutualTlsServer(SSLContext serverContext) {
        return FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .https(serverContext)
                .requireClientCertificates()
                .start();
    }

    private static SessionClient client(FakeSessionServer server, SSLContext clientContext) {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .sslContext(clientContext)
                .build();
    }
}
