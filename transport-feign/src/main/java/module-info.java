/**
 * The session client's transport over OpenFeign.
 *
 * @provides io.github.i3dsession.api.spi.SessionTransportProvider the {@code feign} transport
 */
module io.github.i3dsession.transport.feign {
    requires transitive io.github.i3dsession.api;
    // FeignTransport.create(Feign.Builder) takes the application's own builder and client.
    requires transitive feign.core;

    exports io.github.i3dsession.transport.feign;

    provides io.github.i3dsession.api.spi.SessionTransportProvider with
            io.github.i3dsession.transport.feign.FeignTransportProvider;
}
