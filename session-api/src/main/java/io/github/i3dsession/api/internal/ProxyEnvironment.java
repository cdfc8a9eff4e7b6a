package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.ProxyOptions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads {@link ProxyOptions} from environment variables (as curl does) or from the JVM's system properties.
 * Internal: not part of the public API.
 */
public final class ProxyEnvironment {
    /** curl's default proxy port. */
    static final int CURL_DEFAULT_PORT = 1080;

    private static final List<String> PROXY_VARIABLES =
            List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY");
    private static final List<String> NO_PROXY_VARIABLES = List.of("no_proxy", "NO_PROXY");

    private ProxyEnvironment() {}

    /**
     * Reads the proxy variables.
     *
     * @param env looks a variable up, null when unset
     * @return the proxy, or empty when no variable is set
     * @throws IllegalArgumentException naming the variable (never its value) when it is not an http proxy URL
     */
    public static Optional<ProxyOptions> fromEnvironment(UnaryOperator<String> env) {
        String name = null;
        String value = null;
        for (String candidate : PROXY_VARIABLES) {
            String found = env.apply(candidate);
            if (found != null && !found.isBlank()) {
                name = candidate;
                value = found.trim();
                break;
            }
        }
        if (value == null) {
            return Optional.empty();
        }
        ProxyOptions options = parseProxyUrl(name, value);
        List<String> patterns = new ArrayList<>();
        for (String variable : NO_PROXY_VARIABLES) {
            String noProxy = env.apply(variable);
            if (noProxy != null && !noProxy.isBlank()) {
                for (String entry : noProxy.split(",")) {
                    addCurlPattern(patterns, entry.trim());
                }
                break;
            }
        }
        return Optional.of(options.nonProxyHosts(patterns.toArray(new String[0])));
    }

    /**
     * Reads the JVM's standard proxy properties.
     *
     * @param properties looks a property up, null when unset
     * @return the proxy, or empty when no proxy host is set
     * @throws IllegalArgumentException naming the property whose port is invalid
     */
    public static Optional<ProxyOptions> fromProperties(UnaryOperator<String> properties) {
        for (String scheme : List.of("https", "http")) {
            String host = properties.apply(scheme + ".proxyHost");
            if (host != null && !host.isBlank()) {
                String portProperty = scheme + ".proxyPort";
                String port = properties.apply(portProperty);
                int number = port == null || port.isBlank()
                        ? (scheme.equals("https") ? 443 : 80)
                        : parsePort(portProperty, port.trim());
                ProxyOptions options = ProxyOptions.of(host.trim(), number);
                String nonProxy = properties.apply("http.nonProxyHosts");
                if (nonProxy == null || nonProxy.isBlank()) {
                    return Optional.of(options);
                }
                List<String> patterns = new ArrayList<>();
                for (String pattern : nonProxy.split("\\|")) {
                    if (!pattern.isBlank()) {
                        patterns.add(pattern.trim());
                    }
                }
                return Optional.of(options.nonProxyHosts(patterns.toArray(new String[0])));
            }
        }
        return Optional.empty();
    }

    private static ProxyOptions parseProxyUrl(String variable, String value) {
        String rest = value;
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd >= 0) {
            String scheme = rest.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http")) {
                throw new IllegalArgumentException("environment variable " + variable + " names a proxy with scheme '"
                        + scheme + "'; only http:// proxies are supported");
            }
            rest = rest.substring(schemeEnd + 3);
        }
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            rest = rest.substring(0, slash);
        }
        String userInfo = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String host = rest;
        int port = CURL_DEFAULT_PORT;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && colon > rest.lastIndexOf(']')) {
            host = rest.substring(0, colon);
            port = parsePort("environment variable " + variable, rest.substring(colon + 1));
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("environment variable " + variable + " has no proxy host");
        }
        ProxyOptions options = ProxyOptions.of(host, port);
        if (userInfo == null) {
            return options;
        }
        int separator = userInfo.indexOf(':');
        String user = decode(separator >= 0 ? userInfo.substring(0, separator) : userInfo);
        String password = separator >= 0 ? decode(userInfo.substring(separator + 1)) : "";
        try {
            return options.credentials(user, password.toCharArray());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "environment variable " + variable + " has unusable proxy credentials: " + e.getMessage());
        }
    }

    private static String decode(String text) {
        // '+' is a literal in a URL's user info, not a space as in a form.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void addCurlPattern(List<String> patterns, String entry) {
        if (entry.isEmpty()) {
            return;
        }
        if (entry.equals("*")) {
            patterns.add("*");
            return;
        }
        String domain =
                entry.startsWith("*.") ? entry.substring(2) : entry.startsWith(".") ? entry.substring(1) : entry;
        // curl matches a NO_PROXY name as the host itself and every subdomain.
        patterns.add(domain);
        patterns.add("*." + domain);
    }

    private static int parsePort(String source, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException(source + " has an invalid proxy port");
    }
}
