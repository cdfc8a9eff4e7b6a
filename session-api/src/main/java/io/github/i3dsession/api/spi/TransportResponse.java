package io.github.i3dsession.api.spi;

import java.io.Closeable;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The response a {@link SessionTransport} returns once the status line and headers have arrived. The body is
 * still streaming: the core reads it (enforcing its size limit) and then closes the response.
 *
 * <p>The response must be closed; closing it releases the connection. Implementations need not be
 * thread-safe: the core uses one response from one thread.
 */
public interface TransportResponse extends Closeable {

    /**
     * Returns the HTTP status code.
     *
     * @return the status, for example 200
     */
    int statusCode();

    /**
     * Returns every value of a header, matching the name case-insensitively, in the order received.
     * {@code Set-Cookie} must come back as one value per header line, never joined.
     *
     * @param name the header name
     * @return the values, empty when absent; never null
     */
    List<String> headers(String name);

    /**
     * Returns the first value of a header, matching the name case-insensitively.
     *
     * @param name the header name
     * @return the value, or empty when absent
     */
    default Optional<String> firstHeader(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the names of the headers this response carries, for {@code SessionClient.send}'s
     * {@code ApiResponse}. Adapters should override it; the default finds only the common headers a response to a
     * v3 call carries.
     *
     * @return the header names, in any case and order; never null
     */
    default Set<String> headerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : List.of(
                "Content-Type",
                "Content-Length",
                "Content-Encoding",
                "Date",
                "ETag",
                "Last-Modified",
                "Location",
                "Retry-After",
                "Set-Cookie",
                "Cache-Control",
                "X-Total-Count")) {
            if (!headers(name).isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Returns the response body as a stream. Every call returns the same stream; it is empty when the response
     * has no body. Reading it may throw {@link java.io.IOException} when the connection fails mid-body.
     *
     * @return the body stream, never null
     */
    InputStream body();

    /**
     * Releases the connection. Idempotent; never throws.
     */
    @Override
    void close();

    /**
     * Creates a response from parts, for adapters whose library has no type the core can use directly.
     * Header names are matched case-insensitively; closing the response closes {@code body}.
     *
     * @param statusCode the HTTP status
     * @param headers the headers, each name with all its values
     * @param body the body stream
     * @return the response
     * @throws NullPointerException if {@code headers} or {@code body} is null
     */
    static TransportResponse of(int statusCode, Map<String, List<String>> headers, InputStream body) {
        return new SimpleTransportResponse(statusCode, headers, body);
    }
}
