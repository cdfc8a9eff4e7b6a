package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.OtpSource;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionObserver;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The settings of one client, checked and with everything per-operation computed once. Internal: not part of
 * the public API.
 */
public final class ClientConfig {
    final URI baseUri;
    final String apiKey;
    final Duration connectTimeout;
    final Duration requestTimeout;
    final long requestTimeoutNanos;
    final long callTimeoutNanos;
    final RetryPolicy retryPolicy;
    final long maxResponseBytes;
    final SessionTransport transport;
    final boolean ownsTransport;
    final List<SessionObserver> observers;
    final String transportName;
    /** The automatic login's credentials, or null without automatic login. */
    final Supplier<SessionLogin> credentials;
    /** The automatic login's OTP source, or null. */
    final OtpSource otpSource;

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
     * @param observers the observers, in the order they were added
     * @param credentials the automatic login's credentials, or null
     * @param otpSource the automatic login's OTP source, or null
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
            List<SessionObserver> observers,
            Supplier<SessionLogin> credentials,
            OtpSource otpSource,
            String userAgentSuffix) {
        this.baseUri = baseUri;
        this.apiKey = apiKey;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.requestTimeoutNanos = requestTimeout.toNanos();
        this.callTimeoutNanos = callTimeout.toNanos();
        this.retryPolicy = retryPolicy;
        this.maxResponseBytes = maxResponseBytes;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.observers = List.copyOf(observers);
        this.transportName = transport.name();
        this.credentials = credentials;
        this.otpSource = otpSource;
        this.userAgent = UserAgent.of(transport.name(), userAgentSuffix);
        String base = baseUri.toString();
        for (SessionOperation operation : SessionOperation.values()) {
            if (operation == SessionOperation.SEND) {
                continue;
            }
            uris.put(operation, URI.create(base + operation.path()));
        }
    }

    /**
     * Returns the {@code User-Agent} header value of every request of this client, computed once.
     *
     * @return such as {@code i3d-session-java/0.1.0 (jdk; Java 17.0.9) billing-sync/2.3}
     */
    public String userAgent() {
        return userAgent;
    }

    URI uri(SessionOperation operation) {
        return uris.get(operation);
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
        // User info first, and never echoed: it usually holds a password. When the authority does not parse as
        // host[:port] (say, an underscore in the host), getRawUserInfo() is null although the text has "user@".
        String authority = baseUri.getRawAuthority();
        if (baseUri.getRawUserInfo() != null || (authority != null && authority.indexOf('@') >= 0)) {
            throw new IllegalStateException("baseUri must not contain user info; use apiKey(...) for credentials");
        }
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalStateException("baseUri must be an absolute http or https URI: " + shown(baseUri));
        }
        if (baseUri.getHost() == null) {
            throw new IllegalStateException("baseUri has no host: " + shown(baseUri));
        }
        if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new IllegalStateException("baseUri must not have a query or fragment: " + shown(baseUri));
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(baseUri.getHost())) {
            throw new IllegalStateException("baseUri " + shown(baseUri)
                    + " uses plain http to a host that is not loopback;"
                    + " use https, or call allowInsecureHttp() to send passwords and cookies unencrypted");
        }
        String text = baseUri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    /**
     * The URI for a message, unless an '@' anywhere in it may mark credentials the checks above could not see
     * as user info (a scheme-less {@code user:pw@host} parses as an opaque URI with scheme {@code user}).
     */
    private static String shown(URI uri) {
        String text = uri.toString();
        return text.indexOf('@') < 0 ? text : "(not shown: it contains '@', which may carry credentials)";
    }

    /**
     * Loopback by name or literal address only: deciding must not touch DNS or the network. Parsed by hand rather
     * than with {@code java.util.regex}, which every {@code build()} would otherwise compile (start-up time).
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            return isIpv6Loopback(h.substring(1, h.length() - 1));
        }
        return h.equals("localhost") || h.endsWith(".localhost") || isIpv4Loopback(h);
    }

    /** {@code 127.x.y.z}, each of x, y, z a decimal octet of 1 to 3 digits (a 3-digit one not starting with 0). */
    private static boolean isIpv4Loopback(String h) {
        if (!h.startsWith("127.")) {
            return false;
        }
        int octets = 0;
        int at = 4;
        while (true) {
            int start = at;
            while (at < h.length() && h.charAt(at) >= '0' && h.charAt(at) <= '9') {
                at++;
            }
            int digits = at - start;
            if (digits == 0
                    || digits > 3
                    || (digits == 3 && (h.charAt(start) == '0' || Integer.parseInt(h.substring(start, at)) > 255))) {
                return false;
            }
            octets++;
            if (at == h.length()) {
                return octets == 3;
            }
            if (h.charAt(at) != '.' || octets == 3) {
                return false;
            }
            at++;
        }
    }

    /** {@code ::1}, or eight groups of which the first seven are 1 to 4 zeros and the last 0 to 3 zeros then 1. */
    private static boolean isIpv6Loopback(String h) {
        if (h.equals("::1")) {
            return true;
        }
        int groups = 0;
        int start = 0;
        while (true) {
            int end = h.indexOf(':', start);
            String group = end < 0 ? h.substring(start) : h.substring(start, end);
            groups++;
            if (group.isEmpty() || group.length() > 4) {
                return false;
            }
            boolean last = end < 0;
            int zeros = last ? group.length() - 1 : group.length();
            for (int i = 0; i < zeros; i++) {
                if (group.charAt(i) != '0') {
                    return false;
                }
            }
            if (last) {
                return groups == 8 && group.charAt(group.length() - 1) == '1';
            }
            if (groups == 8) {
                return false;
            }
            start = end + 1;
        }
    }
}
