package io.github.i3dsession.transport.jdk;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.spi.TransportRequest;
import java.io.IOException;
import java.util.Locale;

/**
 * Explains the one proxy failure the JDK's client cannot get past by itself: a proxy that asks for Basic
 * credentials before it opens an HTTPS tunnel, which the JDK refuses unless a system property allows it.
 */
final class TunnelAuthentication {
    private TunnelAuthentication() {}

    /**
     * Tells whether a 407 answer to an https request is the proxy refusing the tunnel because the JDK would not
     * send the configured credentials. Such an answer never came from the server, so it is not the core's to see.
     */
    static boolean refused(int statusCode, TransportRequest request, ProxyOptions proxy) {
        return statusCode == 407
                && proxy != null
                && proxy.credentials().isPresent()
                && "https".equalsIgnoreCase(request.uri().getScheme())
                && basicDisabledForTunnels();
    }

    /** The failure that names the system property to change; the cause, if any, is the library's own. */
    static IOException failure(TransportRequest request, ProxyOptions proxy, Throwable cause) {
        return new IOException(
                "cannot send " + request.method() + " " + request.uri() + ": the proxy " + proxy.host() + ":"
                        + proxy.port() + " asked for credentials (407) to open the HTTPS tunnel, and the JDK refuses"
                        + " Basic authentication for tunnels unless the system property "
                        + ProxyOptions.TUNNELING_DISABLED_SCHEMES_PROPERTY + " is set without Basic, such as -D"
                        + ProxyOptions.TUNNELING_DISABLED_SCHEMES_PROPERTY + "= on the command line, before the first"
                        + " request; see docs/networks.md",
                cause);
    }

    /** The JDK reads the property once; unset means its default, which disables Basic. */
    static boolean basicDisabledForTunnels() {
        String schemes = System.getProperty(ProxyOptions.TUNNELING_DISABLED_SCHEMES_PROPERTY);
        if (schemes == null) {
            return true;
        }
        for (String scheme : schemes.split(",")) {
            if (scheme.trim().toLowerCase(Locale.ROOT).equals("basic")) {
                return true;
            }
        }
        return false;
    }
}
