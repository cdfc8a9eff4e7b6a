package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.SessionTransport;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings of one client, checked and with everything per-operation computed once. Internal: not part of
 * the public API.
 */
public final class ClientConfig {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    final URI baseUri;
    final String apiKey;
    final Duration connectTimeout;
    final long requestTimeoutNanos;
    final long callTimeoutNanos;
    final RetryPolicy retryPolicy;
    final long maxResponseBytes;
    final SessionTransport transport;
    final boolean ownsTransport;
    private final String userAgent;
    private final Map<SessionOperation, URI> uris = new EnumMap<>(SessionOperation.class);

    /**
     * Creates the settings; arguments were checked by the builder.
     *
     * @param baseUri the checked base URI
     * @param apiKey the API key or null
     * @param connectTimeout the connect timeout
     * @param requestTimeout the per-attempt timeout
     * @param callTimeout the whole-call deadline
     * @param retryPolicy the retry policy
     * @param maxResponseBytes the body limit
     * @param transport the transport
     * @param ownsTransport whether closing the client closes the transport
     * @param userAgentSuffix the application's checked {@code User-Agent} token, or null
     */
    public ClientConfig(
            URI baseUri,
            String apiKey,
            Duration connectTimeout,
            Duration requestTimeout,
            Duration callTimeout,
            RetryPolicy retryPolicy,
            long maxResponseBytes,
            SessionTransport transport,
            boolean ownsTransport,
            String userAgentSuffix) {
        this.baseUri = baseUri;
        this.apiKey = apiKey;
        this.connectTimeout = connectTimeout;
        this.requestTimeoutNanos = requestTimeout.toNanos();
        this.callTimeoutNanos = callTimeout.toNanos();
        this.retryPolicy = retryPolicy;
        this.maxResponseBytes = maxResponseBytes;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.userAgent = UserAgent.of(transport.name(), userAgentSuffix);
        String base = baseUri.toString();
        for (SessionOperation operation : SessionOperation.values()) {
            uris.put(operation, URI.create(base + operation.path()));
        }
    }

    URI uri(SessionOperation operation) {
        return uris.get(operation);
    }

    /**
     * Returns the {@code User-Agent} header value of every request of this client, computed once.
     *
     * @return such as {@code i3d-session-java/0.1.0 (jdk; Java 17.0.9) billing-sync/2.3}
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Checks a base URI and returns it without a trailing slash.
     *
     * @param baseUri the URI to check
     * @param allowInsecureHttp whether plain http to a non-loopback host is allowed
     * @return the normalized URI
     * @throws IllegalStateException naming what is wrong with it
     */
    public static URI checkBaseUri(URI baseUri, boolean allowInsecureHttp) {
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalStateException("baseUri must be an absolute http or https URI: " + baseUri);
        }
        if (baseUri.getHost() == null) {
            throw new IllegalStateException("baseUri has no host: " + baseUri);
        }
        if (baseUri.getRawUserInfo() != null) {
            throw new IllegalStateException("baseUri must not contain user info; use apiKey(...) for credentials");
        }
        if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new IllegalStateException("baseUri must not have a query or fragment: " + baseUri);
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(baseUri.getHost())) {
            throw new IllegalStateException("baseUri " + baseUri + " uses plain http to a host that is not loopback;"
                    + " use https, or call allowInsecureHttp() to send passwords and cookies unencrypted");
        }
        String text = baseUri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    /** Loopback by name or literal address only: deciding must not touch DNS or the network. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
            return h.equals("::1") || h.matches("(0{1,4}:){7}0{0,3}1") || h.equals("0:0:0:0:0:0:0:1");
        }
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || IPV4_LOOPBACK.matcher(h).matches();
    }
}
