package io.github.i3dsession.docs.adapter;

// BEGIN: adapter-transport
import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.EOFException;
import java.io.FilterInputStream;
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

    private UrlConnectionTransport() {}

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
        connection.setInstanceFollowRedirects(false); // a 3xx goes back to the core as it is
        connection.setUseCaches(false);
        connection.setConnectTimeout(millis(request.connectTimeout()));
        connection.setReadTimeout(millis(request.timeout()));
        connection.setRequestMethod(request.method());
        request.headers().forEach(connection::setRequestProperty); // exactly the core's headers
        int status;
        // The read timeout restarts with every byte, and a blocked read ignores interrupts: the core fires the
        // abort signal at the call deadline, on close() and on interrupt, and disconnecting ends the read.
        try (AbortSignal.Registration abort = request.abortSignal().onAbort(connection::disconnect)) {
            if (request.hasBody()) {
                // Streaming also stops HttpURLConnection from silently sending a POST twice.
                connection.setFixedLengthStreamingMode(request.body().length);
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(request.body());
                }
            }
            status = connection.getResponseCode(); // throws IOException when no response arrived
        }
        if (status < 0) {
            connection.disconnect();
            throw new IOException("no valid HTTP status line from " + request.method() + " " + request.uri());
        }
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (body == null) {
            body = InputStream.nullInputStream();
        }
        return TransportResponse.of(
                status, headersInOrder(connection), new Body(body, connection.getContentLengthLong(), connection));
    }

    /** Every header line in the order received: the core needs each Set-Cookie line on its own. */
    private static Map<String, List<String>> headersInOrder(HttpURLConnection connection) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; connection.getHeaderFieldKey(i) != null; i++) { // 0 is the status line
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

    /**
     * The body as the core needs it from HttpURLConnection: a body cut off before its Content-Length must fail
     * (HttpURLConnection ends it like a complete one), and closing a body that was not read to its end must drop
     * the connection (HttpURLConnection would otherwise read the rest to reuse the connection, and a body that
     * drips would hold the caller past its deadline).
     */
    private static final class Body extends FilterInputStream {
        private final HttpURLConnection connection;
        private long remaining;
        private boolean ended;
        private volatile boolean aborted;

        Body(InputStream in, long contentLength, HttpURLConnection connection) {
            super(in);
            this.remaining = contentLength;
            this.connection = connection;
        }

        @Override
        public int read() throws IOException {
            checkAborted();
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkAborted();
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                ended = true;
                if (remaining > 0) {
                    throw new EOFException("connection closed with " + remaining + " body bytes missing");
                }
            }
            remaining -= Math.max(n, 0);
        }

        /** HttpURLConnection's streams are synchronized: a reader can starve close(), so check a flag too. */
        private void checkAborted() throws IOException {
            if (aborted) {
                throw new IOException("response closed before its body was read");
            }
        }

        @Override
        public void close() throws IOException {
            if (ended || remaining == 0) {
                super.close();
            } else {
                aborted = true;
                connection.disconnect();
            }
        }
    }
}
// END: adapter-transport
