package io.github.i3dsession.transport.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.i3dsession.api.SessionClient;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Lets an application's own Feign clients of the i3D v3 API use a {@link SessionClient}'s session: adds the
 * {@code Cookie} and {@code PRIVATE-TOKEN} headers that {@link SessionClient#headersFor(URI)} gives for each request's
 * URI, and nothing for any other server.
 *
 * <pre>{@code
 * HostApi hosts = Feign.builder()
 *         .requestInterceptor(SessionHeadersInterceptor.create(sessionClient))
 *         .target(HostApi.class, "https://api.i3d.net");
 * }</pre>
 *
 * <p>Thread-safe. The headers are read per request, so a session renewed by automatic login is picked up; this
 * interceptor does not log in by itself (use {@link SessionClient#send} for that).
 */
public final class SessionHeadersInterceptor implements RequestInterceptor {
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
    public void apply(RequestTemplate template) {
        String base =
                template.feignTarget() == null ? "" : template.feignTarget().url();
        URI uri;
        try {
            uri = URI.create(base + template.url());
        } catch (IllegalArgumentException e) {
            return;
        }
        client.headersFor(uri).forEach((name, value) -> {
            // Replace, never append: the request must carry exactly this session.
            template.removeHeader(name);
            template.header(name, List.of(value));
        });
    }

    @Override
    public String toString() {
        return "SessionHeadersInterceptor{" + client + "}";
    }
}
