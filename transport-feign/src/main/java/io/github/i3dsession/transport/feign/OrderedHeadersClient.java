package io.github.i3dsession.transport.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feign's {@link Client.Default} with response headers in the order received. {@code Client.Default} copies them
 * from {@link HttpURLConnection#getHeaderFields()}, which lists the values of a repeated header such as
 * {@code Set-Cookie} last first; this client reads them again by index, which keeps the wire order.
 *
 * <p>Thread-safe: the connection of a call is remembered per thread for the duration of that call only.
 */
final class OrderedHeadersClient extends Client.Default {
    private final ThreadLocal<HttpURLConnection> connection = new ThreadLocal<>();

    OrderedHeadersClient() {
        super(null, null);
    }

    @Override
    public HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection opened = super.getConnection(url);
        connection.set(opened);
        return opened;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        try {
            Response response = super.execute(request, options);
            HttpURLConnection used = connection.get();
            return used == null ? response : response.toBuilder().headers(headersInOrder(used)).build();
        } finally {
            connection.remove();
        }
    }

    private static Map<String, Collection<String>> headersInOrder(HttpURLConnection connection) {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        // Index 0 is the status line, which has no key; the loop ends at the first index with neither.
        for (int i = 0; ; i++) {
            String name = connection.getHeaderFieldKey(i);
            String value = connection.getHeaderField(i);
            if (name == null && value == null) {
                return headers;
            }
            if (name != null) {
                headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
    }
}
