package io.github.i3dsession.api;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer to an {@link ApiRequest}: status, headers and the whole body.
 *
 * <pre>{@code
 * ApiResponse response = ...;
 * if (response.status() == 200) {
 *   String json = response.bodyAsString();
 * }
 * }</pre>
 *
 * <p>Header names are matched without regard to case. {@link #toString()} shows the status and the body length
 * only. Immutable and thread-safe.
 */
public final class ApiResponse {
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Returns a response.
     *
     * @param status the HTTP status, 100 to 999
     * @param headers the headers, not null; copied, with names that differ only in case merged in iteration order;
     *     an entry with a null name (the status line, as {@code HttpURLConnection} reports it) is left out
     * @param body the body, not null, empty for none; copied
     * @return the response
     * @throws IllegalArgumentException if {@code status} is not a three-digit code
     * @throws NullPointerException if an argument, a header's value list or a value in it is null
     */
    public static ApiResponse of(int status, Map<String, List<String>> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a three-digit HTTP status code: " + status);
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (name == null) {
                continue;
            }
            List<String> values = Objects.requireNonNull(header.getValue(), () -> "values of header " + name);
            List<String> merged = copy.computeIfAbsent(name, n -> new ArrayList<>());
            for (String value : values) {
                merged.add(Objects.requireNonNull(value, () -> "a value of header " + name));
            }
        }
        copy.replaceAll((name, values) -> List.copyOf(values));
        return new ApiResponse(status, Collections.unmodifiableMap(copy), body.clone());
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * Returns every value of a header.
     *
     * @param name the header name, any case, not null
     * @return the values in the order received, empty when the header is absent
     */
    public List<String> headers(String name) {
        Objects.requireNonNull(name, "name");
        return headers.getOrDefault(name, List.of());
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, any case, not null
     * @return the value, or empty when the header is absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns every header.
     *
     * @return an unmodifiable map whose lookups ignore case, from name to values in the order received
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns a copy of the body.
     *
     * @return the bytes, empty when there was no body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Decodes the body with the charset that the {@code Content-Type} header's {@code charset} parameter names, or
     * UTF-8 when there is none or the JVM does not know it.
     *
     * @return the body as text, empty when there was no body
     */
    public String bodyAsString() {
        return new String(body, charset());
    }

    private Charset charset() {
        Optional<String> contentType = header("Content-Type");
        if (contentType.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.get().split(";")) {
            int eq = parameter.indexOf('=');
            if (eq < 0
                    || !parameter
                            .substring(0, eq)
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .equals("charset")) {
                continue;
            }
            String name = parameter.substring(eq + 1).trim();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiResponse)) {
            return false;
        }
        ApiResponse that = (ApiResponse) o;
        return status == that.status && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, ApiRequestChecks.headersHash(headers), Arrays.hashCode(body));
    }

    /** Shows the status and the body length only. */
    @Override
    public String toString() {
        return "ApiResponse{status=" + status + ", bodyLength=" + body.length + '}';
    }
}
