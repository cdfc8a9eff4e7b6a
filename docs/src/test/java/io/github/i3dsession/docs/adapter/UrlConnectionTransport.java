package io.github.i3dsession.docs.adapter;

// BEGIN: adapter-transport
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SessionTransport} over {@link HttpURLConnection}. Thread-safe: it keeps no state. Closing it releases
 * nothing, because the JDK owns the connection cache.
 */
public final class UrlConnectionTransport implements SessionTransport {

    private UrlConnectionTransport() {
    }

    /**
     * Creates the transport.
     *
     * @return a new transport
     */
    public static UrlConnectionTransport create() {
        return new UrlConnectionTransport();
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
        connection.setInstanceFollowRedirects(false);  // a 3xx goes back to the core as it is
        connection.setUseCaches(false);
        connection.setConnectTimeout(millis(request.connectTimeout()));
        connection.setReadTimeout(millis(request.timeout()));
        connection.setRequestMethod(request.method());
        request.headers().forEach(connection::setRequestProperty);  // exactly the core's headers
        if (request.hasBody()) {
            // Streaming also stops HttpURLConnection from silently sending a POST twice.
            connection.setFixedLengthStreamingMode(request.body().length);
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request.body());
            }
        }
        int status = connection.getResponseCode();  // throws IOException when no response arrived
        if (status < 0) {
            connection.disconnect();
            throw new IOException("no valid HTTP status line from " + request.method() + " " + request.uri());
        }
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        return TransportResponse.of(status, headersInOrder(connection),
                body != null ? body : InputStream.nullInputStream());
    }

    /** Every header line in the order received: the core needs each Set-Cookie line on its own. */
    private static Map<String, List<String>> headersInOrder(HttpURLConnection connection) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; connection.getHeaderFieldKey(i) != null; i++) {  // 0 is the status line
            headers.computeIfAbsent(connection.getHeaderFieldKey(i), name -> new ArrayList<>())
                    .add(connection.getHeaderField(i));
        }
        return headers;
    }

    /** HttpURLConnection takes int milliseconds, where 0 means "wait forever". */
    private static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    @Override
    public void close() {
        // Nothing of our own to release.
    }
}
// END: adapter-transport
