package io.github.i3dsession.api.spi;

import io.github.i3dsession.api.internal.Checks;
import java.time.Duration;

/**
 * Settings a {@link SessionTransportProvider} applies to the transport it creates. Immutable.
 */
public final class TransportOptions {
    private final Duration connectTimeout;

    private TransportOptions(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * Creates options.
     *
     * @param connectTimeout how long to wait for a connection
     * @return the options
     * @throws NullPointerException if {@code connectTimeout} is null
     * @throws IllegalArgumentException if {@code connectTimeout} is not positive
     */
    public static TransportOptions of(Duration connectTimeout) {
        return new TransportOptions(Checks.positive(connectTimeout, "connectTimeout"));
    }

    /**
     * Returns the connect timeout.
     *
     * @return a positive duration
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public String toString() {
        return "TransportOptions{connectTimeout=" + connectTimeout + "}";
    }
}
