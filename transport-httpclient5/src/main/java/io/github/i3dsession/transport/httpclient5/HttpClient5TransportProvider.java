package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.SessionTransportProvider;
import io.github.i3dsession.api.spi.TransportOptions;
import java.util.Objects;

/**
 * Makes {@link HttpClient5Transport} discoverable under the name {@code "httpclient5"}: with this module on the
 * class path, {@code SessionClient.builder().build()} uses it, either as the only transport there or when the
 * system property {@code i3dsession.transport} is {@code httpclient5}. Applications do not call it directly.
 *
 * <p>Stateless and thread-safe; instantiating it is cheap.
 */
public final class HttpClient5TransportProvider implements SessionTransportProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public HttpClient5TransportProvider() {}

    /**
     * Returns {@code "httpclient5"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "httpclient5";
    }

    /**
     * Creates a transport with a pooled client of its own that uses the options' connect timeout, proxy and TLS
     * context; the
     * {@code SessionClient} that asked for it owns it and closes it.
     *
     * @param options the client's transport settings
     * @return a new {@link HttpClient5Transport}
     * @throws NullPointerException if {@code options} is null
     */
    @Override
    public SessionTransport create(TransportOptions options) {
        Objects.requireNonNull(options, "options");
        HttpClient5Transport.Builder builder = HttpClient5Transport.builder().connectTimeout(options.connectTimeout());
        options.proxy().ifPresent(builder::proxy);
        options.sslContext().ifPresent(builder::sslContext);
        return builder.build();
    }

    @Override
    public String toString() {
        return "HttpClient5TransportProvider{name=httpclient5}";
    }
}
