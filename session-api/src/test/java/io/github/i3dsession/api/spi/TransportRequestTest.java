package io.github.i3dsession.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportRequestTest {
    private static final URI USER = URI.create("https://api.example.test/v3/session/user");

    @Test
    void aBuilderChangedAfterBuildLeavesTheBuiltRequestAsItWas() {
        TransportRequest.Builder builder =
                TransportRequest.builder(SessionOperation.GET_USER, USER).header("Accept", "application/json");
        TransportRequest first = builder.build();

        builder.header("Cookie", "sid=1").header("Accept", "text/plain");
        TransportRequest second = builder.build();
        builder.header("X-Later", "yes");

        assertThat(first.headers()).containsExactly(Map.entry("Accept", "application/json"));
        assertThat(second.headers()).containsOnlyKeys("Accept", "Cookie").containsEntry("Accept", "text/plain");
    }

    @Test
    void headersOfABuiltRequestCannotBeChanged() {
        TransportRequest request = TransportRequest.builder(SessionOperation.GET_USER, USER)
                .header("Accept", "application/json")
                .build();

        assertThatThrownBy(() -> request.headers().put("Cookie", "sid=1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void timeoutsDefaultToThirtyAndTenSeconds() {
        TransportRequest request =
                TransportRequest.builder(SessionOperation.GET_USER, USER).build();

        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(request.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
