package io.github.i3dsession.transport.jdk;

import io.github.i3dsession.api.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

/** Adapts a JDK response, streaming ({@code InputStream}) or buffered ({@code byte[]}), to the SPI. */
final class JdkTransportResponse implements TransportResponse {
    private final HttpResponse<?> response;
    private final InputStream body;

    JdkTransportResponse(HttpResponse<?> response) {
        this.response = response;
        Object raw = response.body();
        this.body = raw instanceof InputStream
                ? (InputStream) raw
                : new ByteArrayInputStream(raw == null ? new byte[0] : (byte[]) raw);
    }

    @Override
    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public List<String> headers(String name) {
        return response.headers().allValues(name);
    }

    @Override
    public Set<String> headerNames() {
        return response.headers().map().keySet();
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
            // Closing only releases the connection.
        }
    }

    @Override
    public String toString() {
        return "JdkTransportResponse{status=" + response.statusCode() + "}";
    }
}
