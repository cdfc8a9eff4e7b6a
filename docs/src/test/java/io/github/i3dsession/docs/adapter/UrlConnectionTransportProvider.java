package io.github.i3dsession.docs.adapter;

// BEGIN: adapter-provider
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;

/** Makes {@link UrlConnectionTransport} discoverable as {@code "urlconnection"}. */
public final class UrlConnectionTransportProvider implements SessionTransportProvider {

    /** Called by {@link java.util.ServiceLoader}: keep it cheap. */
    public UrlConnectionTransportProvider() {}

    @Override
    public String name() {
        return "urlconnection";
    }

    @Override
    public SessionTransport create(TransportOptions options) {
        // Every request carries its own connect timeout, so options.connectTimeout() needs no client-wide use.
        return UrlConnectionTransport.create();
    }
}
// END: adapter-provider
