package io.github.i3dsession.transport.feign;

import io.github.i3dsession.api.ProxyOptions;
import io.github.i3dsession.api.spi.TransportRequest;
import java.io.IOException;
import java.util.Locale;

/**
 * Explains the one proxy failure HttpURLConnection cannot get past by itself: a proxy that asks for Basic
 * credentials before it opens an HTTPS tunnel, which the JDK refuses unless a system property allows it.
 */
final class TunnelAuthentication {
    private TunnelAuthentication() {}

    /**
     * Returns an exception naming the system property to change when the failure is the proxy's 407 to the
     * {@code CONNECT} of an https request with credentials configured; otherwise {@code failure} itself.
     */
    static IOException explain(IOException failure, TransportRequest request, ProxyOptions proxy) {
        if (proxy == null
                || proxy.credentials().isEmpty()
                || !"https".equalsIgnoreCase(request.uri().getScheme())
                || !basicDisabledForTunnels()
                || failure.getMessage() == null
                || !failure.getMessage().contains("407")) {
            return failure;
        }
        return refused(request, proxy, failure);
    }

    /** The failure that names the system property to change, caused by the library's own. */
    private static IOException refused(TransportRequest request, ProxyOptions proxy, Throwable cause) {
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
