package io.github.i3dsession.spring.boot;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Creates the transport {@code i3d.session.transport} names from the providers on the class path, the way
 * {@code SessionClientBuilder} discovers one, but as a bean of its own so that the context closes it.
 */
final class TransportChoice {
    static final String PROPERTY = SessionProperties.PREFIX + ".transport";
    private static final String ARTIFACTS =
            "io.github.i3dsession:transport-jdk, transport-httpclient5 or transport-feign";

    private TransportChoice() {}

    static SessionTransport create(SessionProperties.Transport wanted, Duration connectTimeout, ClassLoader loader) {
        List<SessionTransportProvider> providers = new ArrayList<>();
        ServiceLoader.load(SessionTransportProvider.class, loader).forEach(providers::add);
        providers.sort(Comparator.comparing(SessionTransportProvider::name));
        return choose(providers, wanted).create(TransportOptions.of(connectTimeout));
    }

    static SessionTransportProvider choose(
            List<SessionTransportProvider> providers, SessionProperties.Transport wanted) {
        String found = providers.isEmpty()
                ? "none"
                : providers.stream().map(SessionTransportProvider::name).collect(Collectors.joining(", "));
        if (wanted != SessionProperties.Transport.AUTO) {
            String name = wanted.name().toLowerCase(Locale.ROOT);
            return providers.stream()
                    .filter(p -> p.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new InvalidSessionPropertyException(
                            PROPERTY,
                            "is " + name + ", but that transport is not on the class path (found: " + found + ")",
                            "Add io.github.i3dsession:transport-" + name + " to the dependencies, or set " + PROPERTY
                                    + " to one of those found.",
                            null));
        }
        if (providers.size() == 1) {
            return providers.get(0);
        }
        if (providers.isEmpty()) {
            throw new InvalidSessionPropertyException(
                    PROPERTY,
                    "is auto, but no transport is on the class path",
                    "Add one of " + ARTIFACTS + " to the dependencies, or define a SessionTransport bean.",
                    null);
        }
        throw new InvalidSessionPropertyException(
                PROPERTY,
                "is auto, but several transports are on the class path (" + found + ")",
                "Set " + PROPERTY + " to one of " + found + ", or define a SessionTransport bean.",
                null);
    }
}
