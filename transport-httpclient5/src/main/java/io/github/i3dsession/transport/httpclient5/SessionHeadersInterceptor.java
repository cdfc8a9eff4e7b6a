package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.SessionClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Lets an application's own Apache HttpClient 5 use a {@link SessionClient}'s session for other i3D v3 endpoints:
 * sets the {@code Cookie} and {@code PRIVATE-TOKEN} headers that {@link SessionClient#headersFor(URI)} gives for each
 * request's URI, and nothing for any other server.
 *
 * <pre>{@code
 * CloseableHttpClient http = HttpClients.custom()
 *         .addRequestInterceptorFirst(SessionHeadersInterceptor.create(sessionClient))
 *         .disableCookieManagement()
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe. The headers are read per request, so a session renewed by automatic login is picked up; this
 * interceptor does not log in by itself (use {@link SessionClient#send} for that).
 */
public final class SessionHeadersInterceptor implements HttpRequestInterceptor {
    private final SessionClient client;

    private SessionHeadersInterceptor(SessionClient client) {
        this.client = client;
    }

    /**
     * Creates the interceptor.
     *
     * @param client the client whose session to use
     * @return the interceptor
     * @throws NullPointerException if {@code client} is null
     */
    public static SessionHeadersInterceptor create(SessionClient client) {
        return new SessionHeadersInterceptor(Objects.requireNonNull(client, "client"));
    }

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        URI uri;
        try {
            uri = request.getUri();
        } catch (URISyntaxException e) {
            return;
        }
        if (!uri.isAbsolute()) {
            return;
        }
        client.headersFor(uri).forEach(request::setHeader);
    }

    @Override
    public String toString() {
        return "SessionHeadersInterceptor{" + client + "}";
    }
}
