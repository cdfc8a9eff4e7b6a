package io.github.i3dsession.api.spi;

import java.time.Duration;
import java.util.Objects;

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
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isZero() || connectTimeout.isNegative()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        return new TransportOptions(connectTimeout);
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
