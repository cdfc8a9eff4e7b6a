package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientConfigTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://u:PW@bad_host.test:8443",
                "https://user:secret@host.test/",
                "http://u:p@[::1]:1/",
                "https://user:secret@host.test/?q=1",
                "ftp://user:secret@host.test/",
                "http://user:secret@api.i3d.net"
            })
    void userInfoIsRefusedFirstAndNoPartOfItIsEchoed(String uri) {
        assertThatThrownBy(() -> ClientConfig.checkBaseUri(URI.create(uri), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUri must not contain user info; use apiKey(...) for credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://u:PW@bad_host.test:8443", "https://user:secret@host.test/", "http://u:p@[::1]:1/"})
    void builderNeverEchoesTheUserInfo(String uri) {
        // The documented message says "user info" (docs/security.md), so "user" alone is checked as the URI's.
        assertThatThrownBy(
                        () -> SessionClient.builder().baseUri(URI.create(uri)).build())
                .isInstanceOf(IllegalStateException.class)
                .message()
                .doesNotContain("PW", "secret", "u:", "user:", "user@", "host", "8443", "::1")
                .isEqualTo("baseUri must not contain user info; use apiKey(...) for credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user:secret@host.test", "mailto:user:secret@host.test", "/path/user:secret@host"})
    void uriWithAnAtSignThatIsNotUserInfoIsStillNotEchoed(String uri) {
        assertThatThrownBy(() -> ClientConfig.checkBaseUri(URI.create(uri), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUri must be an absolute http or https URI:"
                        + " (not shown: it contains '@', which may carry credentials)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bad_host.test:8443", "https://api.i3d.net/x?y=1", "ftp://api.i3d.net"})
    void uriWithoutCredentialsIsNamedInTheMessage(String uri) {
        assertThatThrownBy(() -> ClientConfig.checkBaseUri(URI.create(uri), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("baseUri")
                .hasMessageEndingWith(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.i3d.net/", "http://127.0.0.1:8080//", "https://proxy.example/i3d@v3"})
    void usableUriIsReturnedWithoutTrailingSlashes(String uri) {
        assertThat(ClientConfig.checkBaseUri(URI.create(uri), false).toString()).doesNotEndWith("/");
    }
}
