package io.github.i3dsession.transport.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.i3dsession.api.ProxyOptions;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

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
 * <p>Given {@link ProxyOptions}, it opens every connection through that proxy (bar its non-proxy hosts) and
 * answers the proxy's challenges; otherwise {@link HttpURLConnection} follows the JVM's proxy settings.
 *
 * <p>Thread-safe: the connection of a call is remembered per thread for the duration of that call only.
 */
final class OrderedHeadersClient extends Client.Default {
    private final ThreadLocal<Exchange> exchange = new ThreadLocal<>();
    private final ProxyOptions proxy;

    /** With the JVM's TLS and proxy settings. */
    OrderedHeadersClient() {
        this(null, null);
    }

    /**
     * With the given TLS socket factory (null for the JVM's) and proxy (null for the JVM's). Host names are
     * always verified: the verifier stays {@code HttpsURLConnection}'s default.
     */
    OrderedHeadersClient(SSLSocketFactory sslSocketFactory, ProxyOptions proxy) {
        super(sslSocketFactory, null);
        this.proxy = proxy;
    }

    @Override
    public HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection opened = proxy == null ? super.getConnection(url) : throughProxy(url);
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

    private HttpURLConnection throughProxy(URL url) throws IOException {
        Proxy selected;
        try {
            selected = proxy.proxySelector().select(url.toURI()).get(0);
        } catch (URISyntaxException e) {
            throw new IOException("cannot send to " + url + ": " + e.getMessage(), e);
        }
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(selected);
        if (selected.type() == Proxy.Type.DIRECT) {
            return connection;
        }
        connection.setAuthenticator(proxy.proxyAuthenticator());
        if ("http".equalsIgnoreCase(url.getProtocol())) {
            // A streamed body cannot be sent again after a 407, so a forwarded request carries the credentials
            // from the start. Never on https: there the header would travel inside the tunnel to the server.
            proxy.credentials()
                    .ifPresent(credentials -> connection.setRequestProperty("Proxy-Authorization", basic(credentials)));
        }
        return connection;
    }

    private static String basic(PasswordAuthentication credentials) {
        char[] password = credentials.getPassword();
        CharBuffer joined = CharBuffer.allocate(credentials.getUserName().length() + 1 + password.length);
        joined.put(credentials.getUserName()).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(joined);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        Arrays.fill(password, '\0');
        Arrays.fill(joined.array(), '\0');
        String header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        return header;
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
