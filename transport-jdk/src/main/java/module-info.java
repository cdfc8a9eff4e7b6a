/**
 * The session client's transport over the JDK's {@link java.net.http.HttpClient}.
 *
 * @provides io.github.i3dsession.api.spi.SessionTransportProvider the {@code jdk} transport
 */
module io.github.i3dsession.transport.jdk {
    requires transitive io.github.i3dsession.api;
    // JdkTransport.create(HttpClient) takes the application's own client.
    requires transitive java.net.http;

    exports io.github.i3dsession.transport.jdk;

    provides io.github.i3dsession.api.spi.SessionTransportProvider with
            io.github.i3dsession.transport.jdk.JdkTransportProvider;
}
