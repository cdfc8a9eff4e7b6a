package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.ProxyOptions;
import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * Answers the configured proxy's challenges with its credentials, and nothing else: never a server's, never
 * another proxy's. Internal: not part of the public API.
 */
public final class ProxyOptionsAuthenticator extends Authenticator {
    private final ProxyOptions options;

    /**
     * Creates the authenticator.
     *
     * @param options the proxy settings
     */
    public ProxyOptionsAuthenticator(ProxyOptions options) {
        this.options = options;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY
                || getRequestingPort() != options.port()
                || getRequestingHost() == null
                || !getRequestingHost().equalsIgnoreCase(options.host())) {
            return null;
        }
        return options.credentials().orElse(null);
    }

    @Override
    public String toString() {
        return "ProxyOptionsAuthenticator{" + options + "}";
    }
}
