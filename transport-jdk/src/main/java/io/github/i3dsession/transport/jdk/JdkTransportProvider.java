package io.github.i3dsession.transport.jdk;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;

/**
 * Makes {@link JdkTransport} discoverable under the name {@code "jdk"}. Used by {@code SessionClient.builder()}
 * through {@link java.util.ServiceLoader}; applications do not call it.
 */
public final class JdkTransportProvider implements SessionTransportProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public JdkTransportProvider() {}

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public SessionTransport create(TransportOptions options) {
        JdkTransport.Builder builder = JdkTransport.builder().connectTimeout(options.connectTimeout());
        // No method references here: each would cost a generated class in a fresh JVM's build().
        if (options.proxy().isPresent()) {
            builder.proxy(options.proxy().get());
        }
        if (options.sslContext().isPresent()) {
            builder.sslContext(options.sslContext().get());
        }
        return builder.build();
    }
}
