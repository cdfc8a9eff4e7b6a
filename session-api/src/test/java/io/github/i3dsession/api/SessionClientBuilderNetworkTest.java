package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.model.SessionLogin;
import java.net.URI;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The builder's network settings: proxy, TLS context and User-Agent. */
class SessionClientBuilderNetworkTest {
    private final ScriptedTransport transport = new ScriptedTransport();

    @Test
    void everyRequestCarriesTheUserAgentWithTheApplicationSuffix() {
        transport.thenStatus(200, "{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}");
        try (SessionClient client = SessionClient.builder()
                .baseUri(URI.create("http://127.0.0.1:1"))
                .transport(transport)
                .userAgentSuffix("billing-sync/2.3")
                .build()) {
            client.login(SessionLogin.of("alice", "pw"));
        }

        assertThat(transport.sent.get(0).headers().get("User-Agent"))
                .matches("i3d-session-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(scripted; Java "
                        + Pattern.quote(System.getProperty("java.version"))
                        + "\\) billing-sync/2\\.3");
    }

    @Test
    void aUserAgentSuffixWithALineBreakOrNonAsciiIsRefused() {
        assertThatThrownBy(() -> SessionClient.builder().userAgentSuffix("app/1\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userAgentSuffix must be printable ASCII; found U+000D at index 5");
        assertThatThrownBy(() -> SessionClient.builder().userAgentSuffix("caf\u00e9/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userAgentSuffix must be printable ASCII; found U+00E9 at index 3");
        assertThatThrownBy(() -> SessionClient.builder().userAgentSuffix(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userAgentSuffix must not be blank");
        assertThatThrownBy(() -> SessionClient.builder().userAgentSuffix(null)).hasMessage("userAgentSuffix");
    }

    @Test
    void aProxyOrTlsContextForAnApplicationTransportIsRefusedRatherThanIgnored() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);

        assertThatThrownBy(() -> SessionClient.builder()
                        .transport(transport)
                        .proxy(ProxyOptions.of("proxy", 3128))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("proxy(...) and sslContext(...) apply to a transport the builder discovers; configure"
                        + " the proxy and TLS of the transport passed to transport(...) on it");
        assertThatThrownBy(() -> SessionClient.builder()
                        .transport(transport)
                        .sslContext(context)
                        .build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SessionClient.builder().proxy(null)).hasMessage("proxy");
        assertThatThrownBy(() -> SessionClient.builder().sslContext(null)).hasMessage("sslContext");
    }

    @Test
    void theBuilderShowsTheProxyButNeverItsPassword() {
        String text = SessionClient.builder()
                .proxy(ProxyOptions.of("proxy", 3128).credentials("alice", "s3cret".toCharArray()))
                .toString();

        assertThat(text).contains("proxy=ProxyOptions{proxy:3128, user=alice, password=****}");
        assertThat(text).doesNotContain("s3cret");
    }
}
