package io.github.i3dsession.transport.feign;

import feign.Response;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link feign.Response} seen as a {@link TransportResponse}: what {@link SessionApi} methods return. A 2xx
 * response keeps its body streaming from the connection; an error response carries the bytes that
 * {@link ErrorResponseDecoder} had to buffer. Closing releases the Feign response. Not thread-safe.
 */
final class FeignExchange implements TransportResponse {
    private final Response response;
    private final InputStream body;
    private volatile boolean closed;

    private FeignExchange(Response response, InputStream body) {
        this.response = response;
        this.body = new FilterInputStream(body) {
            // HttpURLConnection's streams are synchronized: a reader fed one byte at a time can starve a close()
            // from the core's deadline thread. Failing the next read ourselves ends the call on time regardless.
            @Override
            public int read() throws IOException {
                ensureOpen();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                ensureOpen();
                return super.read(b, off, len);
            }
        };
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("response closed");
        }
    }

    /** Wraps a response whose body is still unread; the stream is taken once, here. */
    static FeignExchange streaming(Response response) throws IOException {
        Response.Body body = response.body();
        InputStream stream = body == null ? null : body.asInputStream();
        return new FeignExchange(
                response, stream == null ? InputStream.nullInputStream() : ContentLengthGuard.guard(stream, response));
    }

    /** Wraps a response whose body was already read into {@code bytes} and closed. */
    static FeignExchange buffered(Response response, byte[] bytes) {
        return new FeignExchange(response, new ByteArrayInputStream(bytes));
    }

    @Override
    public int statusCode() {
        return response.status();
    }

    @Override
    public List<String> headers(String name) {
        // Feign keeps headers in a case-insensitive map, one value per header line.
        Collection<String> values = response.headers().get(name);
        return values == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public Set<String> headerNames() {
        return response.headers().keySet();
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            body.close();
        } catch (IOException | RuntimeException ignored) {
            // Closing only releases the connection; the call's outcome is already decided.
        }
        try {
            response.close();
        } catch (RuntimeException ignored) {
            // Same as above: a client that fails to release must not turn a finished call into a failure.
        }
    }

    @Override
    public String toString() {
        Map<String, Collection<String>> headers = response.headers();
        return "FeignExchange{status=" + response.status() + ", headers=" + headers.keySet() + "}";
    }
}
