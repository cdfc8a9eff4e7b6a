package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.ProxyOptions;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;

/**
 * The proxy and TLS settings of the clients a transport creates: the given ones, or else the JVM's, as
 * HttpClient's {@code useSystemProperties()} would read them.
 */
final class OwnNetwork {
    private final ProxyOptions proxy;
    private final SSLContext sslContext;

    OwnNetwork(ProxyOptions proxy, SSLContext sslContext) {
        this.proxy = proxy;
        this.sslContext = sslContext;
    }

    /** The route planner: the proxy's selector, or the JVM's default selector, read at each request. */
    HttpRoutePlanner routePlanner() {
        return new SystemDefaultRoutePlanner(proxy == null ? null : proxy.proxySelector());
    }

    /** Credentials for the configured proxy only, so that no server's challenge is ever answered. */
    BasicCredentialsProvider credentials() {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        if (proxy != null) {
            proxy.credentials()
                    .ifPresent(credentials -> provider.setCredentials(
                            new AuthScope(proxy.host(), proxy.port()), usernamePassword(credentials)));
        }
        return provider;
    }

    /** Whether requests may answer a challenge at all: only when there are proxy credentials to answer with. */
    boolean authenticates() {
        return proxy != null && proxy.credentials().isPresent();
    }

    /** Whether a request to {@code uri} goes through a proxy. */
    boolean proxied(URI uri) {
        ProxySelector selector = proxy != null ? proxy.proxySelector() : ProxySelector.getDefault();
        if (selector == null) {
            return false;
        }
        List<Proxy> proxies = selector.select(uri);
        return !proxies.isEmpty() && proxies.get(0).type() != Proxy.Type.DIRECT;
    }

    /**
     * The TLS strategy: the given context, or a new one with the JVM's trust store and its
     * {@code javax.net.ssl.keyStore}, and the JVM's {@code https.protocols} and {@code https.cipherSuites}.
     * The host name is verified either way.
     */
    DefaultClientTlsStrategy tlsStrategy() {
        if (sslContext != null) {
            return new DefaultClientTlsStrategy(sslContext);
        }
        return new DefaultClientTlsStrategy(
                SystemTls.context(),
                split(System.getProperty("https.protocols")),
                split(System.getProperty("https.cipherSuites")),
                SSLBufferMode.STATIC,
                HttpsSupport.getDefaultHostnameVerifier());
    }

    private static UsernamePasswordCredentials usernamePassword(PasswordAuthentication credentials) {
        return new UsernamePasswordCredentials(credentials.getUserName(), credentials.getPassword());
    }

    private static String[] split(String value) {
        return value == null || value.isBlank() ? null : value.trim().split("\\s*,\\s*");
    }
}
