package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.TestPki;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of networks.md, run against a FakeSessionServer over HTTPS with a CA made for the test. */
class NetworksTest {
    private static final TestPki PKI = TestPki.create();

    @TempDir
    Path dir;

    @BeforeEach
    void chooseTheTransport() {
        // Three transports sit on this module's class path: the samples build clients by discovery.
        System.setProperty(SessionClientBuilder.TRANSPORT_PROPERTY, "jdk");
    }

    @AfterEach
    void forgetTheChoice() {
        System.clearProperty(SessionClientBuilder.TRANSPORT_PROPERTY);
    }

    // BEGIN: proxy-explicit
    static SessionClient throughTheCorporateProxy(char[] proxyPassword) {
        return SessionClient.builder()
                .proxy(ProxyOptions.of("proxy.corp.example", 3128)
                        .credentials("svc-billing", proxyPassword) // copied; Basic, answered on 407
                        .nonProxyHosts("localhost", "*.corp.example"))
                .build();
    }
    // END: proxy-explicit

    // BEGIN: proxy-environment
    static SessionClient proxiedLikeCurl() {
        SessionClientBuilder builder = SessionClient.builder();
        // HTTPS_PROXY=http://user:password@proxy:3128, NO_PROXY=localhost,.corp.example
        ProxyOptions.fromEnvironment().ifPresent(builder::proxy);
        return builder.build();
    }
    // END: proxy-environment

    // BEGIN: private-ca
    static SSLContext trusting(Path caCertificatePem) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers(caCertificatePem), null); // only this CA, not the JDK's cacerts
        return context;
    }

    static TrustManager[] trustManagers(Path caCertificatePem) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caCertificatePem)) {
            trusted.setCertificateEntry(
                    "corp-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        return trust.getTrustManagers();
    }
    // END: private-ca

    // BEGIN: mutual-tls
    static SSLContext withClientCertificate(Path clientPkcs12, char[] password, Path caCertificatePem)
            throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(clientPkcs12)) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers(caCertificatePem), null);
        return context;
    }
    // END: mutual-tls

    // BEGIN: user-agent
    static SessionClient identified(URI baseUri) {
        return SessionClient.builder()
                .baseUri(baseUri)
                .userAgentSuffix(
                        "billing-sync/2.3") // appended to i3d-session-java/<version> (<transport>; Java <version>)
                .build();
    }
    // END: user-agent

    // BEGIN: http-version
    static JdkTransport http2Transport() {
        return JdkTransport.builder().version(HttpClient.Version.HTTP_2).build();
    }
    // END: http-version

    @Test
    void theExplicitProxyIsShownWithoutItsPassword() {
        try (SessionClient client = throughTheCorporateProxy("s3cret".toCharArray())) {
            assertThat(client.toString()).doesNotContain("s3cret");
        }
    }

    @Test
    void withoutProxyVariablesTheClientIsBuiltAsUsual() {
        try (SessionClient client = proxiedLikeCurl()) {
            assertThat(client).isNotNull();
        }
    }

    @Test
    void aPrivateCaInPemIsTrusted() throws Exception {
        Path ca = PKI.writeCaCertificatePem(dir.resolve("corp-ca.pem"));
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(PKI.serverContext())
                        .start();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .sslContext(trusting(ca))
                        .build()) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
        }
    }

    @Test
    void aClientCertificateFromPkcs12PassesMutualTls() throws Exception {
        Path ca = PKI.writeCaCertificatePem(dir.resolve("corp-ca.pem"));
        Path keys = PKI.writeClientKeyStore(dir.resolve("client.p12"));
        char[] password = TestPki.keyStorePassword();
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(PKI.serverContext())
                        .requireClientCertificates()
                        .start();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .sslContext(withClientCertificate(keys, password, ca))
                        .build()) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Test
    void theUserAgentCarriesTheApplicationSuffix() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                SessionClient client = identified(server.baseUri())) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(server.requests().get(0).header("User-Agent").orElseThrow())
                    .startsWith("i3d-session-java/")
                    .contains("(jdk; Java ")
                    .endsWith(") billing-sync/2.3");
        }
    }

    @Test
    void http2IsAChoice() {
        try (JdkTransport transport = http2Transport()) {
            assertThat(transport.name()).isEqualTo("jdk");
        }
    }
}
