package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyOptionsTest {

    @Test
    void hostAndPortAreCheckedAtOnceNamingTheArgument() {
        assertThatThrownBy(() -> ProxyOptions.of(null, 8080)).hasMessage("host");
        assertThatThrownBy(() -> ProxyOptions.of(" ", 8080))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("proxy host must be a host name without whitespace: ' '");
        assertThatThrownBy(() -> ProxyOptions.of("proxy", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("proxy port must be between 1 and 65535: 0");
    }

    @Test
    void credentialsCopyThePasswordAndToStringNeverShowsIt() {
        char[] password = "s3cret-pw".toCharArray();
        ProxyOptions plain = ProxyOptions.of("proxy.corp.example", 3128);

        ProxyOptions withCredentials = plain.credentials("alice", password);
        java.util.Arrays.fill(password, 'x');

        assertThat(plain.credentials()).isEmpty();
        PasswordAuthentication credentials = withCredentials.credentials().orElseThrow();
        assertThat(credentials.getUserName()).isEqualTo("alice");
        assertThat(credentials.getPassword()).containsExactly("s3cret-pw".toCharArray());
        assertThat(withCredentials.toString())
                .isEqualTo("ProxyOptions{proxy.corp.example:3128, user=alice, password=****}")
                .doesNotContain("s3cret");
    }

    @Test
    void aUserWithAColonIsRefusedBecauseBasicCannotCarryIt() {
        assertThatThrownBy(() -> ProxyOptions.of("proxy", 1).credentials("a:b", new char[] {'p'}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("proxy user must be non-empty, without a colon or control characters");
        assertThatThrownBy(() -> ProxyOptions.of("proxy", 1).credentials("alice", null))
                .hasMessage("password");
    }

    @Test
    void nonProxyHostsMatchExactHostsSuffixesPrefixesAndEverything() {
        ProxyOptions options =
                ProxyOptions.of("proxy", 3128).nonProxyHosts("localhost", "*.corp.example", "10.*", "[::1]");

        assertThat(options.bypasses("LOCALHOST")).isTrue();
        assertThat(options.bypasses("api.corp.example")).isTrue();
        assertThat(options.bypasses("10.1.2.3")).isTrue();
        assertThat(options.bypasses("[::1]")).isTrue();
        assertThat(options.bypasses("corp.example.org")).isFalse();
        assertThat(options.bypasses("api.i3d.net")).isFalse();
        assertThat(options.bypasses("127.0.0.1")).isFalse();
        assertThat(ProxyOptions.of("proxy", 1).nonProxyHosts("*").bypasses("api.i3d.net"))
                .isTrue();
    }

    @Test
    void aBadNonProxyPatternIsNamed() {
        assertThatThrownBy(() -> ProxyOptions.of("proxy", 1).nonProxyHosts("a|b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nonProxyHosts pattern must be a host pattern: 'a|b'");
    }

    @Test
    void theSelectorSendsLoopbackThroughTheProxyUnlessItIsListed() {
        ProxyOptions options = ProxyOptions.of("proxy.corp.example", 3128).nonProxyHosts("*.internal");

        List<Proxy> loopback = options.proxySelector().select(URI.create("http://127.0.0.1:8080/v3"));
        List<Proxy> internal = options.proxySelector().select(URI.create("https://api.internal/v3"));

        assertThat(loopback)
                .containsExactly(
                        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp.example", 3128)));
        assertThat(internal).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void theAuthenticatorAnswersOnlyTheConfiguredProxy() {
        Authenticator authenticator = ProxyOptions.of("proxy", 3128)
                .credentials("alice", "pw".toCharArray())
                .proxyAuthenticator();

        PasswordAuthentication proxy = request(authenticator, "proxy", 3128, Authenticator.RequestorType.PROXY);
        PasswordAuthentication server = request(authenticator, "proxy", 3128, Authenticator.RequestorType.SERVER);
        PasswordAuthentication otherProxy = request(authenticator, "other", 3128, Authenticator.RequestorType.PROXY);

        assertThat(proxy.getUserName()).isEqualTo("alice");
        assertThat(server).isNull();
        assertThat(otherProxy).isNull();
    }

    private static PasswordAuthentication request(
            Authenticator authenticator, String host, int port, Authenticator.RequestorType type) {
        return authenticator.requestPasswordAuthenticationInstance(
                host, null, port, "http", "realm", "Basic", null, type);
    }
}
