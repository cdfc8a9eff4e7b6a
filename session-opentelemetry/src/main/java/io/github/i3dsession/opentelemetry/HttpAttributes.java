package io.github.i3dsession.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP client semantic-convention attributes of a call's attempts, computed once per call. Keys are declared
 * here rather than taken from the semconv artifact, to keep this module's only dependency the stable API.
 */
final class HttpAttributes {
    static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> METHOD_ORIGINAL = AttributeKey.stringKey("http.request.method_original");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    /** The conventions' fallback error.type. */
    static final String OTHER_ERROR = "_OTHER";

    private static final Set<String> KNOWN_METHODS =
            Set.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE");

    /** The span name: the method, or {@code HTTP} for one the conventions do not know. */
    final String spanName;
    /** What every attempt's span and duration share. */
    final Attributes common;
    /** The span's further attributes: url.full and, for an unknown method, the method as sent. */
    final Attributes spanOnly;

    HttpAttributes(String method, URI baseUri, String path) {
        String upper = method.toUpperCase(Locale.ROOT);
        boolean known = KNOWN_METHODS.contains(upper) && upper.equals(method);
        this.spanName = known ? method : "HTTP";
        String scheme = baseUri.getScheme().toLowerCase(Locale.ROOT);
        int port = baseUri.getPort() != -1 ? baseUri.getPort() : scheme.equals("https") ? 443 : 80;
        this.common = Attributes.builder()
                .put(METHOD, known ? method : "_OTHER")
                .put(SERVER_ADDRESS, baseUri.getHost())
                .put(SERVER_PORT, port)
                .build();
        AttributesBuilder only = Attributes.builder().put(URL_FULL, urlFull(baseUri, path));
        if (!known) {
            only.put(METHOD_ORIGINAL, method);
        }
        this.spanOnly = only.build();
    }

    /** The attempt's URL without user info, query or fragment, which could hold credentials or personal data. */
    static String urlFull(URI baseUri, String path) {
        String basePath = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        while (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        int query = path.indexOf('?');
        String pathOnly = query < 0 ? path : path.substring(0, query);
        try {
            return new URI(baseUri.getScheme(), null, baseUri.getHost(), baseUri.getPort(), null, null, null)
                    + basePath
                    + pathOnly;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URI cannot be rebuilt: " + e.getReason(), e);
        }
    }
}
