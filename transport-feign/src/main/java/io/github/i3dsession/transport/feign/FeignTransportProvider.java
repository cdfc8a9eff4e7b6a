package io.github.i3dsession.transport.feign;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import java.util.Objects;

/**
 * Makes {@link FeignTransport} discoverable under the name {@value #NAME}: with this module on the class path,
 * {@code SessionClient.builder().build()} uses it when it is the only transport, or when the system property
 * {@code i3dsession.transport} is {@code feign}. The transport it creates runs over Feign's default client; to
 * use your own {@code Feign.Builder}, pass {@link FeignTransport#create(feign.Feign.Builder)} to the
 * {@code SessionClient} builder instead.
 *
 * <p>Registered in {@code META-INF/services/io.github.i3dsession.api.spi.SessionTransportProvider}. Stateless and
 * thread-safe.
 */
public final class FeignTransportProvider implements SessionTransportProvider {
    /** The name this provider is selected by. */
    public static final String NAME = "feign";

    /** Creates the provider, as {@link java.util.ServiceLoader} does. Cheap: nothing is built until {@link #create}. */
    public FeignTransportProvider() {
        // Nothing to set up.
    }

    /**
     * Returns {@value #NAME}.
     *
     * @return {@value #NAME}
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Creates a transport over Feign's default client, as {@link FeignTransport#create()} does, async calls
     * included, with the options' proxy and TLS context where given. The connect timeout in {@code options} needs no client-wide setting: every request carries its
     * own, which Feign applies per call.
     *
     * @param options the client's transport settings, not null
     * @return a new transport, owned and closed by the {@code SessionClient} that asked for it
     * @throws NullPointerException if {@code options} is null
     */
    @Override
    public SessionTransport create(TransportOptions options) {
        Objects.requireNonNull(options, "options");
        return FeignTransport.create(
                options.proxy().orElse(null), options.sslContext().orElse(null));
    }

    @Override
    public String toString() {
        return "FeignTransportProvider{name=" + NAME + "}";
    }
}
