package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportDiscoveryTest {
    private static final SessionTransportProvider JDK = provider("jdk");
    private static final SessionTransportProvider FEIGN = provider("feign");

    @Test
    void noProviderNamesTheThreeArtifactsToAdd() {
        assertThatThrownBy(() -> TransportDiscovery.choose(List.of(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "No SessionTransport found on the class path. Add one of io.github.i3dsession:transport-jdk,"
                                + " io.github.i3dsession:transport-httpclient5 or io.github.i3dsession:transport-feign,"
                                + " or pass a transport with SessionClient.builder().transport(...)");
    }

    @Test
    void singleProviderIsChosen() {
        assertThat(TransportDiscovery.choose(List.of(JDK), null)).isSameAs(JDK);
    }

    @Test
    void severalProvidersAreListedWithHowToChoose() {
        assertThatThrownBy(() -> TransportDiscovery.choose(List.of(FEIGN, JDK), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Several SessionTransport providers found: feign, jdk. Choose one with"
                        + " -Di3dsession.transport=<name> or SessionClient.builder().transport(...)");
    }

    @Test
    void systemPropertyPicksByNameIgnoringCase() {
        assertThat(TransportDiscovery.choose(List.of(FEIGN, JDK), " JDK ")).isSameAs(JDK);
    }

    @Test
    void unknownNameIsReportedWithWhatWasFound() {
        assertThatThrownBy(() -> TransportDiscovery.choose(List.of(FEIGN, JDK), "okhttp"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("System property i3dsession.transport=okhttp names no SessionTransport provider on the"
                        + " class path (found: feign, jdk)");
    }

    private static SessionTransportProvider provider(String name) {
        return new SessionTransportProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SessionTransport create(TransportOptions options) {
                throw new UnsupportedOperationException("not needed by these tests");
            }
        };
    }
}
