package io.github.i3dsession.api;

import io.github.i3dsession.api.internal.ProxyEnvironment;
import io.github.i3dsession.api.internal.ProxyOptionsAuthenticator;
import io.github.i3dsession.api.internal.ProxyOptionsSelector;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy for the transport a {@link SessionClient} creates or discovers: its address, optional Basic
 * credentials, and the hosts reached without it. Immutable and thread-safe; {@link #credentials} and
 * {@link #nonProxyHosts} return new instances.
 *
 * <pre>{@code
 * SessionClient client = SessionClient.builder()
 *         .proxy(ProxyOptions.of("proxy.corp.example", 3128)
 *                 .credentials("alice", passwordChars)
 *                 .nonProxyHosts("localhost", "*.corp.example"))
 *         .build();
 * }</pre>
 *
 * <p>Requests to {@code https} URIs go through the proxy in a {@code CONNECT} tunnel, {@code http} ones are
 * forwarded. The password is copied in, never shown by {@link #toString()}, and only handed to the transport
 * through {@link #credentials()}. See {@code docs/networks.md}.
 */
public final class ProxyOptions {
    /**
     * The JDK system property that lists the authentication schemes the JDK's HTTP clients refuse when a proxy
     * asks for credentials to open an HTTPS tunnel; the JDK refuses {@code Basic} unless it is set (to an empty
     * value, say) before the first request.
     */
    public static final String TUNNELING_DISABLED_SCHEMES_PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";

    private final String host;
    private final int port;
    private final String user;
    private final char[] password;
    private final List<String> nonProxyHosts;

    private ProxyOptions(String host, int port, String user, char[] password, List<String> nonProxyHosts) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.nonProxyHosts = nonProxyHosts;
    }

    /**
     * Creates options for a proxy without credentials that every request goes through.
     *
     * @param host the proxy's host name or IP literal
     * @param port the proxy's port, 1 to 65535
     * @return the options
     * @throws NullPointerException if {@code host} is null
     * @throws IllegalArgumentException if {@code host} is blank or contains whitespace, or {@code port} is out of
     *     range
     */
    public static ProxyOptions of(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("proxy host must be a host name without whitespace: '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be between 1 and 65535: " + port);
        }
        return new ProxyOptions(host, port, null, null, List.of());
    }

    /**
     * Reads the proxy from the environment as curl does: {@code https_proxy}, {@code HTTPS_PROXY},
     * {@code http_proxy}, {@code HTTP_PROXY} (the first that is set and not empty), in the form
     * {@code [http://][user:password@]host[:port]} (user and password percent-encoded; port 1080 when absent, as
     * in curl), and {@code no_proxy} or {@code NO_PROXY} as a comma-separated list of hosts that go direct:
     * {@code example.com} and {@code .example.com} both mean the domain and its subdomains, {@code *} alone
     * means every host.
     *
     * @return the proxy, or empty when no proxy variable is set
     * @throws IllegalArgumentException if the variable is not an {@code http://} proxy URL; the message names the
     *     variable, never its value, which may hold a password
     */
    public static Optional<ProxyOptions> fromEnvironment() {
        return ProxyEnvironment.fromEnvironment(System::getenv);
    }

    /**
     * Reads the proxy from the JVM's standard system properties: {@code https.proxyHost} and
     * {@code https.proxyPort} (default 443), else {@code http.proxyHost} and {@code http.proxyPort} (default 80),
     * with {@code http.nonProxyHosts} ({@code |}-separated patterns). The JVM has no standard properties for
     * proxy credentials; add them with {@link #credentials}.
     *
     * @return the proxy, or empty when neither host property is set
     * @throws IllegalArgumentException if a port property is not a valid port
     */
    public static Optional<ProxyOptions> fromSystemProperties() {
        return ProxyEnvironment.fromProperties(System::getProperty);
    }

    /**
     * Returns a copy that answers the proxy's {@code Basic} challenge ({@code 407 Proxy Authentication Required})
     * with these credentials.
     *
     * @param user the user name; must not contain a colon, which Basic authentication cannot carry
     * @param password the password; copied, so the caller may clear its array afterwards
     * @return new options with the credentials
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code user} is empty or contains a colon or a control character
     */
    public ProxyOptions credentials(String user, char[] password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.indexOf(':') >= 0 || user.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("proxy user must be non-empty, without a colon or control characters");
        }
        return new ProxyOptions(host, port, user, password.clone(), nonProxyHosts);
    }

    /**
     * Returns a copy whose requests to matching hosts go direct, replacing the previous list. Patterns are
     * matched case-insensitively against the request's host: an exact host ({@code localhost},
     * {@code 10.0.0.7}), {@code *.example.com} (any subdomain of example.com), {@code 10.*} (any host that
     * starts with {@code 10.}), or {@code *} (every host).
     *
     * @param patterns the patterns
     * @return new options with the list
     * @throws NullPointerException if {@code patterns} or one of them is null
     * @throws IllegalArgumentException if a pattern is blank or contains whitespace or {@code |}
     */
    public ProxyOptions nonProxyHosts(String... patterns) {
        Objects.requireNonNull(patterns, "patterns");
        List<String> checked = new ArrayList<>();
        for (String pattern : patterns) {
            Objects.requireNonNull(pattern, "patterns contains null");
            String trimmed = pattern.trim();
            if (trimmed.isEmpty() || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || c == '|')) {
                throw new IllegalArgumentException("nonProxyHosts pattern must be a host pattern: '" + pattern + "'");
            }
            checked.add(trimmed.toLowerCase(Locale.ROOT));
        }
        return new ProxyOptions(host, port, user, password, Collections.unmodifiableList(checked));
    }

    /**
     * Returns the proxy's host.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * Returns the proxy's port.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Returns the user name of the credentials.
     *
     * @return the user, or empty without credentials
     */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /**
     * Returns the credentials for the transport to answer the proxy's challenge with. Each call returns a new
     * object holding a new copy of the password, which the caller may clear when done.
     *
     * @return the credentials, or empty without them
     */
    public Optional<PasswordAuthentication> credentials() {
        return user == null ? Optional.empty() : Optional.of(new PasswordAuthentication(user, password));
    }

    /**
     * Returns the patterns of the hosts reached without the proxy, lower-cased.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<String> nonProxyHosts() {
        return nonProxyHosts;
    }

    /**
     * Tells whether a request to {@code host} goes direct, bypassing the proxy, by {@link #nonProxyHosts()}.
     *
     * @param host a host name or IP literal (IPv6 with or without brackets)
     * @return true if a pattern matches
     * @throws NullPointerException if {@code host} is null
     */
    public boolean bypasses(String host) {
        Objects.requireNonNull(host, "host");
        return ProxyOptionsSelector.matchesAny(nonProxyHosts, host);
    }

    /**
     * Returns a {@link ProxySelector} that chooses this proxy, or no proxy for the {@link #nonProxyHosts()}; for
     * transports over libraries that take one, such as {@code java.net.http.HttpClient}.
     *
     * @return a new selector
     */
    public ProxySelector proxySelector() {
        return new ProxyOptionsSelector(this);
    }

    /**
     * Returns an {@link Authenticator} that answers this proxy's challenges with {@link #credentials()}, and no
     * other proxy's or server's; for transports over libraries that take one, such as
     * {@code java.net.http.HttpClient}. Without credentials it answers nothing.
     *
     * @return a new authenticator
     */
    public Authenticator proxyAuthenticator() {
        return new ProxyOptionsAuthenticator(this);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProxyOptions)) {
            return false;
        }
        ProxyOptions that = (ProxyOptions) other;
        return host.equals(that.host)
                && port == that.port
                && Objects.equals(user, that.user)
                && Arrays.equals(password, that.password)
                && nonProxyHosts.equals(that.nonProxyHosts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, user, nonProxyHosts);
    }

    /** Shows the address, the user and the non-proxy hosts; never the password. */
    @Override
    public String toString() {
        return "ProxyOptions{" + host + ":" + port + (user == null ? "" : ", user=" + user + ", password=****")
                + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts) + "}";
    }
}
