package io.github.i3dsession.api;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A call to another endpoint of the v3 API, made with the client's session: method, path relative to the base
 * URI, query parameters, extra headers and an optional body.
 *
 * <pre>{@code
 * ApiRequest hosts = ApiRequest.builder("GET", "/v3/host").query("page", "2").header("Accept", "application/json").build();
 * ApiRequest rename = ApiRequest.patch("/v3/host/42", json.getBytes(UTF_8), "application/json");
 * }</pre>
 *
 * <p>Rules, each enforced at once with an {@link IllegalArgumentException} that names the argument:
 *
 * <ul>
 *   <li>The method is an upper-case token; {@code CONNECT} and {@code TRACE} are refused. {@code GET}, {@code HEAD}
 *       and {@code OPTIONS} carry no body; {@code DELETE} may, for the APIs that want one.
 *   <li>The path starts with a single {@code /} and is taken relative to the base URI: no scheme, no host, no
 *       {@code ?} or {@code #}, no control characters, no {@code .} or {@code ..} segment (percent-encoded or not),
 *       and every {@code %} starts a {@code %XX} escape. Characters a path may not hold are percent-encoded as
 *       UTF-8 by {@link #pathAndQuery()}; escapes already written stay as they are.
 *   <li>Headers are extra: {@code Cookie}, {@code PRIVATE-TOKEN}, {@code Host}, {@code Content-Length},
 *       {@code Content-Type} (it comes with the body) and the hop-by-hop headers ({@code Connection},
 *       {@code Transfer-Encoding}, {@code Keep-Alive}, {@code Upgrade}, {@code TE}, {@code Expect}) are refused,
 *       in any case.
 * </ul>
 *
 * <p>{@link #toString()} shows the method and path only: header values, query values and the body may be secret.
 * Immutable and thread-safe; it can be sent any number of times.
 */
public final class ApiRequest {
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS");
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String contentType;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.query = List.copyOf(builder.query);
        TreeMap<String, List<String>> headerCopy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        builder.headers.forEach((name, values) -> headerCopy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(headerCopy);
        this.body = builder.body;
        this.contentType = builder.contentType;
    }

    /**
     * Returns a {@code GET} of {@code path}.
     *
     * @param path the path relative to the base URI, such as {@code /v3/host}; see the class rules
     * @return the request
     * @throws IllegalArgumentException if {@code path} breaks a rule
     */
    public static ApiRequest get(String path) {
        return builder("GET", path).build();
    }

    /**
     * Returns a {@code DELETE} of {@code path}, without a body.
     *
     * @param path the path relative to the base URI; see the class rules
     * @return the request
     * @throws IllegalArgumentException if {@code path} breaks a rule
     */
    public static ApiRequest delete(String path) {
        return builder("DELETE", path).build();
    }

    /**
     * Returns a {@code POST} of {@code body} to {@code path}.
     *
     * @param path the path relative to the base URI; see the class rules
     * @param body the body, not null; copied
     * @param contentType its media type, such as {@code application/json}, not null or blank
     * @return the request
     * @throws IllegalArgumentException if an argument breaks a rule
     */
    public static ApiRequest post(String path, byte[] body, String contentType) {
        return builder("POST", path).body(body, contentType).build();
    }

    /**
     * Returns a {@code PUT} of {@code body} to {@code path}.
     *
     * @param path the path relative to the base URI; see the class rules
     * @param body the body, not null; copied
     * @param contentType its media type, not null or blank
     * @return the request
     * @throws IllegalArgumentException if an argument breaks a rule
     */
    public static ApiRequest put(String path, byte[] body, String contentType) {
        return builder("PUT", path).body(body, contentType).build();
    }

    /**
     * Returns a {@code PATCH} of {@code body} to {@code path}.
     *
     * @param path the path relative to the base URI; see the class rules
     * @param body the body, not null; copied
     * @param contentType its media type, not null or blank
     * @return the request
     * @throws IllegalArgumentException if an argument breaks a rule
     */
    public static ApiRequest patch(String path, byte[] body, String contentType) {
        return builder("PATCH", path).body(body, contentType).build();
    }

    /**
     * Returns a builder for a request with any method.
     *
     * @param method an upper-case token such as {@code GET}, not null
     * @param path the path relative to the base URI; see the class rules
     * @return a new builder
     * @throws IllegalArgumentException if {@code method} or {@code path} breaks a rule
     */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /**
     * Returns a builder with this request's method, path, query, headers and body.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(method, path);
        builder.query.addAll(query);
        headers.forEach((name, values) -> builder.headers.put(name, new ArrayList<>(values)));
        builder.body = body;
        builder.contentType = contentType;
        return builder;
    }

    /**
     * Returns the method.
     *
     * @return an upper-case token such as {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path as given, relative to the base URI and not yet encoded.
     *
     * @return the path, starting with {@code /}
     */
    public String path() {
        return path;
    }

    /**
     * Returns the query parameters by name, names in the order they first appeared, values in the order given.
     * {@link #pathAndQuery()} keeps the exact order in which parameters were added.
     *
     * @return an unmodifiable map, empty when there is no query
     */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : query) {
            byName.computeIfAbsent(parameter.getKey(), name -> new ArrayList<>())
                    .add(parameter.getValue());
        }
        byName.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(byName);
    }

    /**
     * Returns the extra headers, looked up without regard to case.
     *
     * @return an unmodifiable map from header name to its values in the order given
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns a copy of the body.
     *
     * @return the bytes, empty when there is no body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the media type of the body.
     *
     * @return the content type, or empty when no body was given
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /**
     * Returns whether sending this request twice has the effect of sending it once, by its method (RFC 9110):
     * true for {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE} and {@code OPTIONS}.
     *
     * @return whether the method is idempotent
     */
    public boolean isIdempotent() {
        return IDEMPOTENT.contains(method);
    }

    /**
     * Returns the percent-encoded path followed by {@code ?} and the query, if any, as it goes on the wire after
     * the base URI: {@code /v3/host?page=2&name=game%2001}. Query names and values are percent-encoded as UTF-8
     * (a space is {@code %20}); only {@code A-Z a-z 0-9 - . _ ~} stay as they are.
     *
     * @return the encoded path and query
     */
    public String pathAndQuery() {
        String encodedPath = ApiRequestChecks.encodePath(path);
        if (query.isEmpty()) {
            return encodedPath;
        }
        StringBuilder out = new StringBuilder(encodedPath).append('?');
        for (int i = 0; i < query.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            ApiRequestChecks.encodeQueryComponent(out, query.get(i).getKey());
            out.append('=');
            ApiRequestChecks.encodeQueryComponent(out, query.get(i).getValue());
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiRequest)) {
            return false;
        }
        ApiRequest that = (ApiRequest) o;
        return method.equals(that.method)
                && path.equals(that.path)
                && query.equals(that.query)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && Objects.equals(contentType, that.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                method, path, query, ApiRequestChecks.headersHash(headers), Arrays.hashCode(body), contentType);
    }

    /** Shows the method and path only. */
    @Override
    public String toString() {
        return "ApiRequest{" + method + ' ' + path + '}';
    }

    /**
     * Builds an {@link ApiRequest}. {@link #query} and {@link #header} append; {@link #body} replaces. Every
     * argument is checked when given. Mutable and not thread-safe.
     */
    public static final class Builder {
        private final String method;
        private final String path;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private byte[] body = NO_BODY;
        private String contentType;

        private Builder(String method, String path) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            this.method = ApiRequestChecks.method(method);
            this.path = ApiRequestChecks.path(path);
        }

        /**
         * Appends a query parameter; a name may be given more than once.
         *
         * @param name the name, not null or empty
         * @param value the value, not null, may be empty
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is empty
         */
        public Builder query(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            query.add(new SimpleImmutableEntry<>(ApiRequestChecks.queryName(name), value));
            return this;
        }

        /**
         * Appends a header value; a name may be given more than once.
         *
         * @param name the header name, a token, not one the client sets itself (see {@link ApiRequest})
         * @param value the value, without control characters other than tab, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is not a token or is reserved, or {@code value} holds a
         *     control character; the message never shows the value
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            ApiRequestChecks.headerName(name);
            ApiRequestChecks.headerValue(name, value);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Sets the body and its content type, replacing any set before.
         *
         * @param body the body, not null; copied
         * @param contentType its media type, such as {@code application/json; charset=utf-8}, not null or blank
         * @return this builder
         * @throws IllegalArgumentException if the method is {@code GET}, {@code HEAD} or {@code OPTIONS}, or
         *     {@code contentType} is blank or holds a control character
         */
        public Builder body(byte[] body, String contentType) {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            if (WITHOUT_BODY.contains(method)) {
                throw new IllegalArgumentException("body is not allowed for " + method);
            }
            this.contentType = ApiRequestChecks.contentType(contentType);
            this.body = body.clone();
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
