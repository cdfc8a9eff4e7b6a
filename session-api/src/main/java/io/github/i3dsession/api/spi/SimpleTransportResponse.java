package io.github.i3dsession.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

final class SimpleTransportResponse implements TransportResponse {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final InputStream body;

    SimpleTransportResponse(int statusCode, Map<String, List<String>> headers, InputStream body) {
        this.statusCode = statusCode;
        Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) {
                copy.merge(name, List.copyOf(values), (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
        });
        this.headers = copy;
    }

    @Override
    public int statusCode() {
        return statusCode;
    }

    @Override
    public List<String> headers(String name) {
        List<String> values = headers.get(name);
        return values == null ? Collections.emptyList() : values;
    }

    @Override
    public Set<String> headerNames() {
        return Collections.unmodifiableSet(headers.keySet());
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // Closing only releases the connection; the call's outcome is already decided.
        }
    }

    @Override
    public String toString() {
        return "TransportResponse{status=" + statusCode + ", headers=" + headers.keySet() + "}";
    }
}
