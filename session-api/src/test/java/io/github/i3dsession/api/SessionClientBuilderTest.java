package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionClientBuilderTest {
    private final ScriptedTransport transport = new ScriptedTransport();

    @Test
    void plainHttpToANonLoopbackHostIsRefusedWithoutTouchingTheNetwork() {
        assertThatThrownBy(() -> SessionClient.builder()
                        .baseUri(URI.create("http://api.i3d.net"))
                        .transport(transport)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUri http://api.i3d.net uses plain http to a host that is not loopback; use https,"
                        + " or call allowInsecureHttp() to send passwords and cookies unencrypted");
        assertThat(transport.sent).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080",
                "http://127.0.0.1:1",
                "http://127.1.2.3",
                "http://[::1]:9000",
                "http://app.localhost"
            })
    void plainHttpToLoopbackIsAllowed(String uri) {
        try (SessionClient client = SessionClient.builder()
                .baseUri(URI.create(uri))
                .transport(transport)
                .build()) {
            assertThat(client).isNotNull();
        }
    }

    @Test
    void asyncViewIsCreatedOnceAndSharedByEveryCaller() {
        try (SessionClient client = SessionClient.builder().transport(transport).build()) {
            AsyncSessionClient first = client.async();
            assertThat(first).isNotNull().isSameAs(client.async());
        }
    }

    @Test
    void allowInsecureHttpPermitsAnyHost() {
        try (SessionClient client = SessionClient.builder()
                .baseUri(URI.create("http://10.0.0.5"))
                .allowInsecureHttp()
                .transport(transport)
                .build()) {
            assertThat(client.toString()).contains("http://10.0.0.5");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://user:pw@api.i3d.net",
                "https://api.i3d.net?x=1",
                "https://api.i3d.net#f",
                "ftp://api.i3d.net",
                "/relative"
            })
    void unusableBaseUrisAreRefused(String uri) {
        assertThatThrownBy(() -> SessionClient.builder()
                        .baseUri(URI.create(uri))
                        .transport(transport)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("baseUri")
                .hasMessageNotContaining("pw@");
    }

    @Test
    void nullAndBlankArgumentsAreNamed() {
        SessionClientBuilder builder = SessionClient.builder();
        assertThatThrownBy(() -> builder.baseUri(null)).hasMessage("baseUri");
        assertThatThrownBy(() -> builder.apiKey(null)).hasMessage("apiKey");
        assertThatThrownBy(() -> builder.apiKey("  ")).hasMessage("apiKey must not be blank");
        assertThatThrownBy(() -> builder.apiKey("a\r\nX-Evil: 1")).hasMessage("apiKey must not contain a line break");
        assertThatThrownBy(() -> builder.transport(null)).hasMessage("transport");
        assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO))
                .hasMessage("requestTimeout must be positive: PT0S");
        assertThatThrownBy(() -> builder.maxResponseBytes(0)).hasMessage("maxResponseBytes must be positive: 0");
    }

    @Test
    void requestTimeoutLongerThanCallTimeoutIsRefused() {
        assertThatThrownBy(() -> SessionClient.builder()
                        .transport(transport)
                        .requestTimeout(Duration.ofSeconds(30))
                        .callTimeout(Duration.ofSeconds(5))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("requestTimeout (PT30S) must not exceed callTimeout (PT5S)");
    }

    @Test
    void toStringNeverShowsTheApiKey() {
        assertThat(SessionClient.builder().apiKey("super-secret-key").toString())
                .contains("apiKey=****")
                .doesNotContain("super-secret-key");
    }

    @Test
    void applicationTransportIsNotClosedWithTheClient() {
        SessionClient.builder()
                .baseUri(URI.create("http://localhost"))
                .transport(transport)
                .build()
                .close();

        assertThat(transport.closed).isFalse();
    }

    @Test
    void baseUriPathPrefixAndTrailingSlashAreKept() {
        transport.thenStatus(204, null);
        try (SessionClient client = SessionClient.builder()
                .baseUri(URI.create("https://proxy.example/i3d/"))
                .transport(transport)
                .build()) {
            client.logout();
        }

        assertThat(transport.sent.get(0).uri()).isEqualTo(URI.create("https://proxy.example/i3d/v3/session/logout"));
    }
}
