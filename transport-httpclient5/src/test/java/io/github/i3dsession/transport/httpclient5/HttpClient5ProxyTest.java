package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.LogCapture;
import io.github.i3dsession.testkit.RecordedRequest;
import io.github.i3dsession.testkit.TestPki;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HttpClient5 transport a {@link SessionClient} discovers goes through Jetty's real proxy, which asks for Basic
 * credentials: plain forwarding for http, a CONNECT tunnel for https. The proxy records what it let through, so
 * each test proves the request did not go direct (the JDK's default selector would skip loopback hosts).
 */
class HttpClient5ProxyTest {
    private static final TestPki PKI = TestPki.create();
    private static final String PROXY_PASSWORD = "proxy-s3cret";

    @BeforeEach
    void captureLogs() {
        assertThat(LogCapture.isInstalled())
                .as("RecordingSlf4jProvider is the SLF4J provider")
                .isTrue();
        LogCapture.clear();
    }

    @Test
    void logsInAndReadsTheUserThroughAnAuthenticatingProxyOverHttp() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.start("proxy-user", PROXY_PASSWORD);
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .proxy(credentialed(proxy))
                        .build()) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
            assertThat(proxy.passed())
                    .contains(
                            "POST " + server.baseUri() + "/v3/session/login",
                            "GET " + server.baseUri() + "/v3/session/user");
            assertNoProxyHeaderReached(server);
            assertNoProxyCredentialLogged();
        }
    }

    @Test
    void logsInAndReadsTheUserThroughAnAuthenticatingProxyTunnelOverHttps() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(PKI.serverContext())
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.start("proxy-user", PROXY_PASSWORD);
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .proxy(credentialed(proxy))
                        .sslContext(PKI.trustingContext())
                        .build()) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
            assertThat(proxy.passed()).contains("CONNECT 127.0.0.1:" + server.port());
            assertThat(proxy.challenges()).isPositive();
            assertNoProxyHeaderReached(server);
            assertNoProxyCredentialLogged();
        }
    }

    @Test
    void aRefusedProxyPasswordFailsTheCallWithoutShowingIt() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .https(PKI.serverContext())
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.start("proxy-user", "another-password");
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .proxy(credentialed(proxy))
                        .sslContext(PKI.trustingContext())
                        .build()) {
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "pw")))
                    .satisfies(failure -> assertThat(chain(failure)).doesNotContain(PROXY_PASSWORD));
            assertThat(server.requestCount()).isZero();
            assertThat(proxy.challenges()).isPositive();
            assertNoProxyCredentialLogged();
        }
    }

    @Test
    void aNonProxyHostGoesDirect() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.open();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .proxy(ProxyOptions.of("127.0.0.1", proxy.port()).nonProxyHosts("127.*"))
                        .build()) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(client.getUser().userName()).isEqualTo("alice");
            assertThat(proxy.passed()).isEmpty();
        }
    }

    @Test
    void theJvmProxyPropertiesAreHonouredWithoutProxyOptions() throws Exception {
        Map<String, String> saved = SystemProperties.save("http.proxyHost", "http.proxyPort", "http.nonProxyHosts");
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                AuthenticatingProxy proxy = AuthenticatingProxy.open()) {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
            System.setProperty("http.nonProxyHosts", "example.invalid");
            // The JVM's selector never proxies loopback hosts: name one only the proxy knows.
            URI named = URI.create("http://session.test:" + server.port());
            try (SessionClient client =
                    SessionClient.builder().baseUri(named).allowInsecureHttp().build()) {
                client.login(SessionLogin.of("alice", "pw"));

                assertThat(client.getUser().userName()).isEqualTo("alice");
            }
            assertThat(proxy.passed()).contains("GET " + named + "/v3/session/user");
        } finally {
            SystemProperties.restore(saved);
        }
    }

    @Test
    void theUserAgentNamesTheLibraryTheTransportJavaAndTheApplication() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .userAgentSuffix("billing-sync/2.3")
                        .build()) {
            client.login(SessionLogin.of("alice", "pw"));

            assertThat(server.requests().get(0).headers("User-Agent"))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .matches("i3d-session-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(httpclient5; Java "
                            + java.util.regex.Pattern.quote(System.getProperty("java.version"))
                            + "\\) billing-sync/2\\.3");
        }
    }

    static ProxyOptions credentialed(AuthenticatingProxy proxy) {
        return ProxyOptions.of("127.0.0.1", proxy.port()).credentials("proxy-user", PROXY_PASSWORD.toCharArray());
    }

    private static void assertNoProxyHeaderReached(FakeSessionServer server) {
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).isNotEmpty();
        assertThat(requests)
                .allSatisfy(request ->
                        assertThat(request.header("Proxy-Authorization")).isEmpty());
    }

    /**
     * With every logger at TRACE, the HTTP library's included when it logs through SLF4J, no line of the client's
     * side holds the proxy password, plain or in the Base64 of Basic's {@code Proxy-Authorization}. Jetty's lines
     * are the proxy's own, and its request parser logs the header it received.
     */
    private static void assertNoProxyCredentialLogged() {
        List<String> lines = LogCapture.lines().stream()
                .filter(line -> !line.split(" ", 3)[1].startsWith("org.eclipse.jetty."))
                .collect(Collectors.toList());
        assertThat(lines).as("the client's own log lines").anyMatch(line -> line.contains("/v3/session/login"));
        assertThat(lines)
                .as("HttpClient's proxy authentication lines")
                .anyMatch(line -> line.startsWith("DEBUG org.apache.hc.client5.http.impl.auth.AuthenticationHandler"));
        String basic =
                Base64.getEncoder().encodeToString(("proxy-user:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(lines).noneMatch(line -> line.contains(PROXY_PASSWORD) || line.contains(basic));
    }

    static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    static SessionClientBuilder unused() {
        return SessionClient.builder();
    }
}
