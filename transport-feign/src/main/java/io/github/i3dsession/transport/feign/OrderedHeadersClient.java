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
 * <p>It also lets an asynchronous call be aborted while it waits for the response head: given
 * {@link AsyncCallOptions}, cancelling them disconnects the connection, which closes the socket and ends the
 * blocked read at once. An interrupt, which is all {@link feign.AsyncClient.Default} sends its thread, does not
 * end a blocking socket read. A cancel in the moment between opening the connection and connecting it is missed;
 * the read timeout still ends such a call.
 *
 * <p>Thread-safe: the connection of a call is remembered per thread for the duration of that call only.
 */
final class OrderedHeadersClient extends Client.Default {
    private final ThreadLocal<Exchange> exchange = new ThreadLocal<>();

    OrderedHeadersClient() {
        super(null, null);
    }

    @Override
    public HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection opened = super.getConnection(url);
        Exchange current = exchange.get();
        if (current != null) {
            current.connection = opened;
            if (current.call != null && current.call.isCancelled()) {
                throw new IOException("Call cancelled before it was sent to " + url);
            }
        }
        return opened;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Exchange current = new Exchange(options instanceof AsyncCallOptions ? (AsyncCallOptions) options : null);
        exchange.set(current);
        if (current.call != null) {
            current.call.onCancel(current);
        }
        try {
            Response response = super.execute(request, options);
            HttpURLConnection used = current.connection;
            return used == null
                    ? response
                    : response.toBuilder().headers(headersInOrder(used)).build();
        } finally {
            exchange.remove();
            if (current.call != null) {
                // The head has arrived: from here the read timeout bounds the body, and the connection may soon
                // be back in the keep-alive cache, where a late disconnect must not reach it.
                current.call.remove(current);
            }
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

    /** One call on one thread: its connection once opened, and the async call that may abort it. */
    private static final class Exchange implements Runnable {
        final AsyncCallOptions call;
        volatile HttpURLConnection connection;

        Exchange(AsyncCallOptions call) {
            this.call = call;
        }

        /** Aborts the exchange from the thread that cancels the call. */
        @Override
        public void run() {
            HttpURLConnection open = connection;
            if (open != null) {
                open.disconnect();
            }
        }
    }
}
