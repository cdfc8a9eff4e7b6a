package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the transport when the application names none. Internal: not part of the public API. */
public final class TransportDiscovery {
    static final String ARTIFACTS = "io.github.i3dsession:transport-jdk, io.github.i3dsession:transport-httpclient5"
            + " or io.github.i3dsession:transport-feign";

    private TransportDiscovery() {}

    /**
     * Creates the transport of the provider named by the system property, or of the single provider found.
     *
     * @param options the transport settings
     * @return a new transport owned by the caller
     * @throws IllegalStateException when none, or several without a choice, or an unknown name is found
     */
    public static SessionTransport discover(TransportOptions options) {
        // Plain loops, no streams or lambdas: this runs in every build() of a fresh JVM, where each lambda and
        // stream pipeline costs class loading and generated code.
        List<SessionTransportProvider> providers = new ArrayList<>();
        for (SessionTransportProvider provider : ServiceLoader.load(SessionTransportProvider.class)) {
            // Kept sorted by name, for stable messages; the list is a handful long.
            int at = providers.size();
            while (at > 0 && providers.get(at - 1).name().compareTo(provider.name()) > 0) {
                at--;
            }
            providers.add(at, provider);
        }
        return choose(providers, System.getProperty(SessionClientBuilder.TRANSPORT_PROPERTY))
                .create(options);
    }

    static SessionTransportProvider choose(List<SessionTransportProvider> providers, String wanted) {
        if (wanted != null && !wanted.isBlank()) {
            for (SessionTransportProvider provider : providers) {
                if (provider.name().equalsIgnoreCase(wanted.trim())) {
                    return provider;
                }
            }
            throw new IllegalStateException("System property " + SessionClientBuilder.TRANSPORT_PROPERTY + "="
                    + wanted.trim() + " names no SessionTransport provider on the class path (found: "
                    + (providers.isEmpty() ? "none" : names(providers)) + ")");
        }
        if (providers.isEmpty()) {
            throw new IllegalStateException("No SessionTransport found on the class path. Add one of " + ARTIFACTS
                    + ", or pass a transport with SessionClient.builder().transport(...)");
        }
        if (providers.size() > 1) {
            throw new IllegalStateException("Several SessionTransport providers found: " + names(providers)
                    + ". Choose one with -D" + SessionClientBuilder.TRANSPORT_PROPERTY
                    + "=<name> or SessionClient.builder().transport(...)");
        }
        return providers.get(0);
    }

    private static String names(List<SessionTransportProvider> providers) {
        StringBuilder names = new StringBuilder();
        for (SessionTransportProvider provider : providers) {
            names.append(names.length() == 0 ? "" : ", ").append(provider.name());
        }
        return names.toString();
    }
}
