package io.github.i3dsession.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class FeignTransportProviderTest {

    @Test
    void theServiceLoaderFindsTheProviderNamedFeign() {
        assertThat(ServiceLoader.load(SessionTransportProvider.class))
                .filteredOn(provider -> provider.name().equals("feign"))
                .singleElement()
                .isInstanceOf(FeignTransportProvider.class);
    }

    @Test
    void theProviderCreatesAFreshTransportOverTheDefaultClient() {
        FeignTransportProvider provider = new FeignTransportProvider();

        try (SessionTransport first = provider.create(TransportOptions.of(Duration.ofSeconds(3)));
                SessionTransport second = provider.create(TransportOptions.of(Duration.ofSeconds(3)))) {
            assertThat(first).isInstanceOf(FeignTransport.class).isNotSameAs(second);
            assertThat(first.toString()).startsWith("FeignTransport{client=feign.Client.Default");
        }
    }

    @Test
    void nullOptionsAreRejectedByName() {
        assertThatThrownBy(() -> new FeignTransportProvider().create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }

    @Test
    void aNullBuilderIsRejectedByName() {
        assertThatThrownBy(() -> FeignTransport.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("builder");
    }
}
