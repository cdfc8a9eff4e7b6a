/**
 * The session client's transport over Apache HttpClient 5.
 *
 * @provides io.github.i3dsession.api.spi.SessionTransportProvider the {@code httpclient5} transport
 */
// HttpClient 5 and HttpCore 5 have no module descriptor, only an Automatic-Module-Name; and the module's name keeps
// the Automatic-Module-Name it had before it had a descriptor, terminal digits and all.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.i3dsession.transport.httpclient5 {
    requires transitive io.github.i3dsession.api;
    // HttpClient5Transport.create(CloseableHttpClient) takes the application's own client, whose types come from
    // both of these.
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;
    // HttpVersionPolicy (the async client stays on HTTP/1.1) lives in HttpCore's HTTP/2 jar.
    requires org.apache.httpcomponents.core5.httpcore5.h2;
    // HttpClient 5 and HttpCore 5 set TCP keep-alive options with jdk.net.Sockets. As automatic modules they
    // declare no requires of their own, so the platform module must be resolved by one that does.
    requires jdk.net;

    exports io.github.i3dsession.transport.httpclient5;

    provides io.github.i3dsession.api.spi.SessionTransportProvider with
            io.github.i3dsession.transport.httpclient5.HttpClient5TransportProvider;
}
