package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HttpClient5TransportProviderTest {

    @Test
    void theServiceLoaderFindsTheProviderByItsName() {
        List<SessionTransportProvider> providers = ServiceLoader.load(SessionTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());

        assertThat(providers)
                .filteredOn(provider -> provider.name().equals("httpclient5"))
                .singleElement()
                .isInstanceOf(HttpClient5TransportProvider.class);
    }

    @Test
    void createdTransportsSendAndAreOwnedByTheCaller() throws IOException {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw"))
                        .start();
                SessionTransport transport =
                        new HttpClient5TransportProvider().create(TransportOptions.of(Duration.ofSeconds(2)))) {
            assertThat(transport)
                    .isInstanceOf(HttpClient5Transport.class)
                    .hasToString("HttpClient5Transport{client=own, asyncClient=own}");
            try (TransportResponse response =
                    transport.send(Requests.login(server.baseUri()).build())) {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void nullOptionsAreRejected() {
        assertThatThrownBy(() -> new HttpClient5TransportProvider().create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }
}
