package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.ProxyOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@link ProxySelector} of a {@link ProxyOptions}. Unlike the JDK's default selector it does not skip
 * loopback hosts on its own: only the configured non-proxy hosts go direct. Internal: not part of the public API.
 */
public final class ProxyOptionsSelector extends ProxySelector {
    private final ProxyOptions options;
    private final List<Proxy> proxy;

    /**
     * Creates the selector.
     *
     * @param options the proxy settings
     */
    public ProxyOptionsSelector(ProxyOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        // Unresolved: the proxy's name is looked up when connecting, like the JDK does for http.proxyHost.
        this.proxy =
                List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(options.host(), options.port())));
    }

    @Override
    public List<Proxy> select(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String host = uri.getHost();
        return host != null && options.bypasses(host) ? List.of(Proxy.NO_PROXY) : proxy;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // One proxy and no fallback: the caller reports the failure.
    }

    /**
     * Tells whether one of the lower-case patterns matches the host.
     *
     * @param patterns {@code *}, {@code *.suffix}, {@code prefix*} or exact hosts
     * @param host the host, IPv6 literals with or without brackets
     * @return true if one matches
     */
    public static boolean matchesAny(List<String> patterns, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String pattern : patterns) {
            String p = pattern.startsWith("[") && pattern.endsWith("]")
                    ? pattern.substring(1, pattern.length() - 1)
                    : pattern;
            if (p.equals("*")
                    || p.equals(h)
                    || (p.startsWith("*") && h.endsWith(p.substring(1)))
                    || (p.endsWith("*") && h.startsWith(p.substring(0, p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ProxyOptionsSelector{" + options + "}";
    }
}
