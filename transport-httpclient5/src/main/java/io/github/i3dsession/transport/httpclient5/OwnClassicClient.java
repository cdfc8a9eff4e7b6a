package io.github.i3dsession.transport.httpclient5;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;

/** The classic client a transport creates for itself. */
final class OwnClassicClient {
    private static final TimeValue STALE_CHECK_AFTER = TimeValue.ofSeconds(2);

    private OwnClassicClient() {}

    /**
     * A pooled client that carries bytes and nothing else: retries, deadlines, cookies and the User-Agent belong
     * to the core. Its connections never log headers or wire bytes ({@link UnloggedConnection}). It starts no
     * threads. Its proxy, proxy credentials and TLS come from {@code network}.
     */
    static CloseableHttpClient create(Duration connectTimeout, int maxTotal, int maxPerRoute, OwnNetwork network) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(UnloggedConnection.factory())
                .setTlsSocketStrategy(network.tlsStrategy())
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(RequestMapping.timeout(connectTimeout))
                        // Without automatic retries a connection the server closed while pooled would fail the
                        // next request, even a login the core must not re-send: check it before reuse.
                        .setValidateAfterInactivity(STALE_CHECK_AFTER)
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setRoutePlanner(network.routePlanner())
                .setDefaultCredentialsProvider(network.credentials())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .disableDefaultUserAgent()
                .build();
    }
}
