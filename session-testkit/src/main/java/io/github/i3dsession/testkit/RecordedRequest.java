package io.github.i3dsession.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as {@link FakeSessionServer} received it, recorded before it was answered.
 *
 * <p>Instances are immutable and thread-safe; header names are matched case-insensitively.
 */
public final class RecordedRequest {
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.query = query == null ? "" : query;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) ->
                copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        copy.replaceAll((name, values) -> Collections.unmodifiableList(values));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /**
     * Returns the request method, such as {@code POST}.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the decoded path, such as {@code /v3/session/login}, without the query.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the raw (undecoded) query string without the {@code ?}, or an empty string if there was none.
     *
     * @return the query
     */
    public String query() {
        return query;
    }

    /**
     * Returns the first value of header {@code name}, matched case-insensitively.
     *
     * @param name the header name, not null
     * @return the first value, or empty if the header was not sent
     */
    public Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns every value of header {@code name}, matched case-insensitively, in the order received.
     *
     * @param name the header name, not null
     * @return the values, unmodifiable; empty if the header was not sent
     */
    public List<String> headers(String name) {
        Objects.requireNonNull(name, "name");
        return headers.getOrDefault(name, List.of());
    }

    /**
     * Returns all headers: an unmodifiable map whose keys are matched case-insensitively.
     *
     * @return the headers
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns a copy of the request body; empty if there was none.
     *
     * @return the body bytes, owned by the caller
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the request body decoded as UTF-8.
     *
     * @return the body text; empty if there was none
     */
    public String bodyUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Shows the method, path, query and body length; never the body, which may hold a password. */
    @Override
    public String toString() {
        return method + ' ' + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length + " body bytes)";
    }
}
