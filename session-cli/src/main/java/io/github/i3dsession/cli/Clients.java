package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.SessionState;
import io.github.i3dsession.api.spi.SessionTransport;
import java.io.PrintWriter;

/** The one place that builds clients, and reads the session back out of one to store it. */
final class Clients {
    private Clients() {}

    /**
     * Builds a client for the server the options name.
     *
     * @param server the options
     * @param transport the transport, which the caller closes
     * @param apiKey the API key, or null
     * @param session a stored session to resume, or null to start logged out
     */
    static SessionClient create(ServerOptions server, SessionTransport transport, String apiKey, SessionState session) {
        SessionClientBuilder builder =
                SessionClient.builder().baseUri(server.baseUrl()).transport(transport);
        if (server.allowInsecureHttp()) {
            builder.allowInsecureHttp();
        }
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        if (session != null) {
            builder.session(session);
        }
        return builder.build();
    }

    /** Warns on {@code err} when {@code --allow-insecure-http} lets secrets cross the network in the clear. */
    static void warnIfInsecure(ServerOptions server, PrintWriter err) {
        if (server.allowInsecureHttp() && server.sendsInClear()) {
            err.println("warning: --allow-insecure-http: the password and session cookies cross the network to "
                    + server.baseUrl().getHost() + " unencrypted");
            err.flush();
        }
    }

    /** Returns the session {@code client} holds now, to store it. */
    static SessionState session(SessionClient client) {
        return client.session();
    }
}
