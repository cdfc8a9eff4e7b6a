/**
 * The i3D.net v3 Session API client and the transport SPI it runs on. Exports the client API and the SPI
 * ({@code io.github.i3dsession.api.spi}); {@code io.github.i3dsession.api.internal} is not exported, so code in
 * other modules can neither compile against it nor reach it by reflection. Transports are found with {@link
 * java.util.ServiceLoader}: each transport module {@code provides} a {@link
 * io.github.i3dsession.api.spi.SessionTransportProvider}.
 *
 * @uses io.github.i3dsession.api.spi.SessionTransportProvider
 */
module io.github.i3dsession.api {
    // Model types appear in the client's signatures (SessionLogin, SessionUser, ...).
    requires transitive io.github.i3dsession.model;
    // Used only inside api.internal: the streaming JSON decoder and the client's logger.
    requires com.fasterxml.jackson.core;
    requires org.slf4j;

    exports io.github.i3dsession.api;
    exports io.github.i3dsession.api.spi;

    uses io.github.i3dsession.api.spi.SessionTransportProvider;
}
