package io.github.i3dsession.api.spi;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Settings a {@link SessionTransportProvider} applies to the transport it creates. Immutable.
 *
 * <p>Without a {@link #proxy()} the transport follows the JVM's proxy settings ({@code http.proxyHost},
 * {@code https.proxyHost}, {@code http.nonProxyHosts}, the default {@link java.net.ProxySelector}); without an
 * {@link #sslContext()} it uses the JVM's TLS settings ({@code javax.net.ssl.trustStore},
 * {@code javax.net.ssl.keyStore} and their companions). Host names are always verified.
 */
public final class TransportOptions {
    private final Duration connectTimeout;
    private final ProxyOptions proxy;
    private final SSLContext sslContext;

    private TransportOptions(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.proxy = builder.proxy;
        this.sslContext = builder.sslContext;
    }

    /**
     * Creates options with a connect timeout and the JVM's proxy and TLS settings.
     *
     * @param connectTimeout how long to wait for a connection
     * @return the options
     * @throws NullPointerException if {@code connectTimeout} is null
     * @throws IllegalArgumentException if {@code connectTimeout} is not positive
     */
    public static TransportOptions of(Duration connectTimeout) {
        return builder().connectTimeout(connectTimeout).build();
    }

    /**
     * Starts options with a 10 second connect timeout and the JVM's proxy and TLS settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the connect timeout.
     *
     * @return a positive duration
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the proxy to send every request through, bar its non-proxy hosts.
     *
     * @return the proxy, or empty to follow the JVM's proxy settings
     */
    public Optional<ProxyOptions> proxy() {
        return Optional.ofNullable(proxy);
    }

    /**
     * Returns the TLS context for {@code https} connections: its trust managers decide which servers are trusted,
     * its key managers which client certificate is offered.
     *
     * @return the context, or empty to use the JVM's TLS settings
     */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    @Override
    public String toString() {
        return "TransportOptions{connectTimeout=" + connectTimeout + (proxy == null ? "" : ", proxy=" + proxy)
                + (sslContext == null ? "" : ", sslContext=" + sslContext.getProtocol()) + "}";
    }

    /** Configures {@link TransportOptions}. Not thread-safe; every setter replaces the previous value. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private ProxyOptions proxy;
        private SSLContext sslContext;

        private Builder() {}

        /**
         * Sets the connect timeout.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         * @throws NullPointerException if {@code connectTimeout} is null
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the proxy.
         *
         * @param proxy the proxy
         * @return this builder
         * @throws NullPointerException if {@code proxy} is null
         */
        public Builder proxy(ProxyOptions proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Sets the TLS context.
         *
         * @param sslContext an initialized context
         * @return this builder
         * @throws NullPointerException if {@code sslContext} is null
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public TransportOptions build() {
            return new TransportOptions(this);
        }
    }
}
