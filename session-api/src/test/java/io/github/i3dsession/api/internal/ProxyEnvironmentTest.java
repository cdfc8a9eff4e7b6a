package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.ProxyOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyEnvironmentTest {

    @Test
    void aCurlStyleProxyUrlGivesHostPortAndDecodedCredentials() {
        ProxyOptions options = ProxyEnvironment.fromEnvironment(
                        Map.of("HTTPS_PROXY", "http://alice:p%40ss+word@proxy.corp.example:3128/")::get)
                .orElseThrow();

        assertThat(options.host()).isEqualTo("proxy.corp.example");
        assertThat(options.port()).isEqualTo(3128);
        assertThat(options.credentials().orElseThrow().getUserName()).isEqualTo("alice");
        assertThat(options.credentials().orElseThrow().getPassword()).containsExactly("p@ss+word".toCharArray());
    }

    @Test
    void theHttpsVariablesComeFirstLowerCaseBeforeUpperCaseAndThePortDefaultsToCurls1080() {
        ProxyOptions options = ProxyEnvironment.fromEnvironment(
                        Map.of("https_proxy", "lower:1", "HTTPS_PROXY", "upper:2", "http_proxy", "plain:3")::get)
                .orElseThrow();
        ProxyOptions fallback = ProxyEnvironment.fromEnvironment(Map.of("HTTP_PROXY", "plain")::get)
                .orElseThrow();

        assertThat(options.host()).isEqualTo("lower");
        assertThat(fallback.host()).isEqualTo("plain");
        assertThat(fallback.port()).isEqualTo(1080);
    }

    @Test
    void noProxyEntriesCoverTheDomainAndItsSubdomainsAsInCurl() {
        ProxyOptions options = ProxyEnvironment.fromEnvironment(
                        Map.of("https_proxy", "proxy:3128", "NO_PROXY", "localhost, .corp.example,10.0.0.7")::get)
                .orElseThrow();

        assertThat(options.bypasses("localhost")).isTrue();
        assertThat(options.bypasses("corp.example")).isTrue();
        assertThat(options.bypasses("api.corp.example")).isTrue();
        assertThat(options.bypasses("10.0.0.7")).isTrue();
        assertThat(options.bypasses("api.i3d.net")).isFalse();
    }

    @Test
    void noVariableMeansNoProxy() {
        assertThat(ProxyEnvironment.fromEnvironment(Map.of("https_proxy", " ")::get))
                .isEmpty();
    }

    @Test
    void aProxyOfAnotherSchemeIsRefusedNamingTheVariableButNotItsValue() {
        assertThatThrownBy(() -> ProxyEnvironment.fromEnvironment(
                        Map.of("https_proxy", "socks5://alice:s3cret@proxy:1080")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable https_proxy names a proxy with scheme 'socks5'; only http://"
                        + " proxies are supported");
        assertThatThrownBy(() ->
                        ProxyEnvironment.fromEnvironment(Map.of("https_proxy", "http://alice:s3cret@proxy:99999")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable https_proxy has an invalid proxy port");
    }

    @Test
    void theJvmPropertiesPreferHttpsAndSplitTheNonProxyHosts() {
        ProxyOptions options = ProxyEnvironment.fromProperties(Map.of(
                        "https.proxyHost", "secure-proxy",
                        "http.proxyHost", "plain-proxy",
                        "http.proxyPort", "8080",
                        "http.nonProxyHosts", "localhost|*.corp.example")::get)
                .orElseThrow();

        assertThat(options.host()).isEqualTo("secure-proxy");
        assertThat(options.port()).isEqualTo(443);
        assertThat(options.nonProxyHosts()).containsExactly("localhost", "*.corp.example");
        assertThat(ProxyEnvironment.fromProperties(Map.<String, String>of()::get))
                .isEmpty();
        assertThatThrownBy(() ->
                        ProxyEnvironment.fromProperties(Map.of("http.proxyHost", "p", "http.proxyPort", "x")::get))
                .hasMessage("http.proxyPort has an invalid proxy port");
    }
}
