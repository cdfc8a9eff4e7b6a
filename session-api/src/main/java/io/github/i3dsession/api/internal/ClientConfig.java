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
