package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A transport that answers every request with the same 200 response from memory: what a client costs with the
 * network taken away. Per call it makes one response object and one {@link ByteArrayInputStream}, nothing else.
 */
final class InMemoryTransport implements SessionTransport {
    private final byte[] body;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    InMemoryTransport(byte[] body) {
        this.body = body;
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Content-Length", List.of(Integer.toString(body.length)));
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        return new Response(new ByteArrayInputStream(body));
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    private final class Response implements TransportResponse {
        private final InputStream in;

        Response(InputStream in) {
            this.in = in;
        }

        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public List<String> headers(String name) {
            return headers.getOrDefault(name, Collections.emptyList());
        }

        @Override
        public InputStream body() {
            return in;
        }

        @Override
        public void close() {
            // A ByteArrayInputStream holds nothing.
        }
    }
}
