package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionState;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** TEMPORARY until SessionClient.session() lands on main: delete with it. */
final class TemporaryCookieBridge implements SessionTransport {
    private final SessionTransport delegate;
    private final URI baseUri;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    TemporaryCookieBridge(SessionTransport delegate, URI baseUri, SessionState state) {
        this.delegate = delegate;
        this.baseUri = baseUri;
        if (state != null) {
            state.cookies().forEach(c -> cookies.put(c.name(), c.value()));
        }
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) throws IOException {
        TransportRequest sent = request;
        if (!cookies.isEmpty()) {
            TransportRequest.Builder b = TransportRequest.builder(request.operation(), request.uri());
            request.headers().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Cookie")) {
                    b.header(k, v);
                }
            });
            List<String> pairs = new ArrayList<>();
            cookies.forEach((k, v) -> pairs.add(k + "=" + v));
            b.header("Cookie", String.join("; ", pairs));
            if (request.hasBody()) {
                b.body(request.body());
            }
            b.timeout(request.timeout()).connectTimeout(request.connectTimeout());
            b.maxResponseBytes(request.maxResponseBytes());
            sent = b.build();
        }
        TransportResponse response = delegate.send(sent);
        for (String header : response.headers("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = header.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    synchronized SessionState state() {
        List<SessionState.Cookie> list = new ArrayList<>();
        cookies.forEach((k, v) -> list.add(SessionState.Cookie.of(k, v, baseUri.getHost(), "/", null, false)));
        return SessionState.of(baseUri, list);
    }

    @Override
    public void close() {}
}
