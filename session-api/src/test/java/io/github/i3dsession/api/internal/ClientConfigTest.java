package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "LOCALHOST",
                "app.localhost",
                "127.0.0.1",
                "127.255.255.255",
                "127.1.2.3",
                "127.01.0.1",
                "127.00.199.250",
                "[::1]",
                "[0:0:0:0:0:0:0:1]",
                "[0000:0:00:000:0:0:0:0001]",
                "[0:0:0:0:0:0:0:001]"
            })
    void loopbackHostsAreRecognised(String host) {
        assertThat(ClientConfig.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost.example",
                "127.0.0.256",
                "127.0.0.1.",
                "127.0.0",
                "127.0.0.1.1",
                "127.0.0.012",
                "127.0.0.0001",
                "127..0.1",
                "127.0.0.-1",
                "128.0.0.1",
                "1127.0.0.1",
                "127.0.0.1x",
                "[::2]",
                "[::]",
                "[0:0:0:0:0:0:0:0]",
                "[0:0:0:0:0:0:0:0:1]",
                "[0:0:0:0:0:0:1]",
                "[0:0:0:0:0:0:0:00001]",
                "[00000:0:0:0:0:0:0:1]",
                "[0:0:0:0:0:0::1]",
                "[1:0:0:0:0:0:0:1]",
                "::1",
                "[]"
            })
    void otherHostsAreNotLoopback(String host) {
        assertThat(ClientConfig.isLoopback(host)).isFalse();
    }

    @Test
    void handWrittenCheckAgreesWithTheRegularExpressionsItReplaced() {
        Pattern ipv4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
        Pattern ipv6 = Pattern.compile("(0{1,4}:){7}0{0,3}1");
        String[] octets = {
            "0", "1", "00", "01", "09", "10", "99", "000", "001", "010", "100", "199", "200", "249", "250", "255",
            "256", "299", "300", "999", "0000", "", "a"
        };
        List<String> hosts = new ArrayList<>();
        for (String a : octets) {
            for (String b : octets) {
                hosts.add("127." + a + "." + b + ".1");
                hosts.add("127.0." + a + "." + b);
            }
        }
        String[] groups = {"0", "00", "000", "0000", "00000", "1", "01", "001", "0001", "00001", "", "10", "a"};
        for (String g : groups) {
            for (String last : groups) {
                hosts.add("[0:0:0:" + g + ":0:0:0:" + last + "]");
                hosts.add("[" + g + ":0:0:0:0:0:0:" + last + "]");
            }
        }
        for (String host : hosts) {
            boolean expected = host.startsWith("[")
                    ? ipv6.matcher(host.substring(1, host.length() - 1)).matches()
                    : ipv4.matcher(host).matches();
            assertThat(ClientConfig.isLoopback(host)).as(host).isEqualTo(expected);
        }
    }
}
