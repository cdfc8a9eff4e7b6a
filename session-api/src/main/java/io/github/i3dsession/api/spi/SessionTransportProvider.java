package io.github.i3dsession.api.spi;

/**
 * Makes a {@link SessionTransport} available to {@code SessionClient.builder().build()} without the application
 * naming it. Adapters declare their provider in
 * {@code META-INF/services/io.github.i3dsession.api.spi.SessionTransportProvider}.
 *
 * <p>Discovery order: the system property {@code i3dsession.transport} names a provider by {@link #name()};
 * without it, the single provider on the class path is used. Implementations need a public no-argument
 * constructor and must be cheap to instantiate: creating the transport happens in {@link #create}.
 */
public interface SessionTransportProvider {

    /**
     * Returns the short, lowercase name users select this provider by, such as {@code "jdk"}.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Creates a new transport owned by the {@code SessionClient} that asked for it; the client closes it.
     *
     * @param options the client's transport settings
     * @return a new transport
     */
    SessionTransport create(TransportOptions options);
}
