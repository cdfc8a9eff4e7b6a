package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** An open HttpClient 5 response whose body still streams from the connection. Not thread-safe. */
final class HttpClient5Response implements TransportResponse {
    private final ClassicHttpResponse response;
    private final Cancellable exchange;
    private final InputStream body;
    private boolean closed;

    private HttpClient5Response(ClassicHttpResponse response, Cancellable exchange, InputStream body) {
        this.response = response;
        this.exchange = exchange;
        this.body = body;
    }

    /**
     * Wraps a response fresh from {@code executeOpen}.
     *
     * @param exchange cancels the exchange, dropping its connection unless the body was already read to the end
     */
    static HttpClient5Response open(ClassicHttpResponse response, Cancellable exchange) throws IOException {
        HttpEntity entity = response.getEntity();
        InputStream content = entity == null ? null : entity.getContent();
        return new HttpClient5Response(response, exchange, content == null ? InputStream.nullInputStream() : content);
    }

    /** Drops the connection of an exchange, without reading the rest of the body, and closes the response. */
    static void abort(Cancellable exchange, ClassicHttpResponse response) {
        // Closing an entity reads its remaining body so that the connection can be reused. The core stops
        // reading early only for a reason (an error, the size limit), so drop the connection instead; once
        // the body was read to the end, the connection is back in the pool and cancelling does nothing.
        exchange.cancel();
        if (response != null) {
            try {
                response.close();
            } catch (IOException ignored) {
                // The connection is gone either way; the outcome of the call is already decided.
            }
        }
    }

    @Override
    public int statusCode() {
        return response.getCode();
    }

    @Override
    public List<String> headers(String name) {
        Objects.requireNonNull(name, "name");
        // Most headers come once: answer those without the array and list copies of getHeaders.
        int count = response.countHeaders(name);
        if (count == 0) {
            return Collections.emptyList();
        }
        if (count == 1) {
            return List.of(response.getFirstHeader(name).getValue());
        }
        Header[] headers = response.getHeaders(name);
        List<String> values = new ArrayList<>(headers.length);
        for (Header header : headers) {
            values.add(header.getValue());
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public Set<String> headerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Header header : response.getHeaders()) {
            names.add(header.getName());
        }
        return names;
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            abort(exchange, response);
        }
    }

    @Override
    public String toString() {
        // Header values can carry the session cookie: names only.
        List<String> names = new ArrayList<>();
        for (Header header : response.getHeaders()) {
            names.add(header.getName());
        }
        return "TransportResponse{status=" + response.getCode() + ", headers=" + names + "}";
    }
}
