package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportRequest;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.util.Timeout;

/** Maps a {@link TransportRequest} to what HttpClient 5 sends. */
final class RequestMapping {

    /** The configuration of the latest request and what it was made from; RequestConfig is immutable. */
    private static volatile LastConfig lastConfig;

    private RequestMapping() {}

    /** The classic request with exactly the given headers and body, and its own {@link #requestConfig}. */
    static HttpUriRequestBase toHttpRequest(TransportRequest request) {
        return toHttpRequest(request, false);
    }

    /**
     * The classic request; {@code proxyAuthentication} lets the client answer a proxy's 407, for which its
     * credentials provider must hold credentials scoped to that proxy alone.
     */
    static HttpUriRequestBase toHttpRequest(TransportRequest request, boolean proxyAuthentication) {
        HttpUriRequestBase httpRequest = new HttpUriRequestBase(request.method(), request.uri());
        addHeaders(httpRequest, request);
        if (request.hasBody()) {
            // No content type of the entity's own: Content-Type comes from the request headers.
            httpRequest.setEntity(new ByteArrayEntity(request.body(), (ContentType) null));
        }
        httpRequest.setConfig(requestConfig(request, proxyAuthentication));
        return httpRequest;
    }

    /**
     * The async request with exactly the given headers and body. The entity producer has no content type, so
     * that HttpCore's {@code RequestContent} adds only {@code Content-Length}, never a {@code Content-Type} of
     * its own; the body array is wrapped, not copied.
     */
    static AsyncRequestProducer toAsyncProducer(TransportRequest request) {
        BasicHttpRequest httpRequest = new BasicHttpRequest(request.method(), request.uri());
        addHeaders(httpRequest, request);
        return new BasicRequestProducer(
                httpRequest, request.hasBody() ? new BasicAsyncEntityProducer(request.body(), null) : null);
    }

    private static void addHeaders(HttpMessage message, TransportRequest request) {
        request.headers().forEach((name, value) -> message.addHeader(new UnloggedHeader(name, value)));
    }

    /**
     * The whole configuration of one request. It replaces the client's default configuration, so a shared
     * client cannot follow redirects, answer authentication challenges, handle cookies or offer a protocol
     * upgrade for us. The transport's own client answers its proxy's challenges when it has credentials for it.
     */
    static RequestConfig requestConfig(TransportRequest request) {
        return requestConfig(request, false);
    }

    private static RequestConfig requestConfig(TransportRequest request, boolean proxyAuthentication) {
        // A client's requests nearly always carry the same timeouts (the same Duration objects, even): reuse the
        // configuration made for the last request rather than build a RequestConfig and its Timeouts every time.
        LastConfig last = lastConfig;
        if (last != null && last.matches(request, proxyAuthentication)) {
            return last.config;
        }
        RequestConfig config = newRequestConfig(request, proxyAuthentication);
        lastConfig = new LastConfig(request.timeout(), request.connectTimeout(), proxyAuthentication, config);
        return config;
    }

    private static RequestConfig newRequestConfig(TransportRequest request, boolean proxyAuthentication) {
        Timeout timeout = timeout(request.timeout());
        RequestConfig.Builder config = RequestConfig.custom()
                .setResponseTimeout(timeout)
                .setConnectionRequestTimeout(timeout)
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(proxyAuthentication)
                .setContentCompressionEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .setCookieSpec(StandardCookieSpec.IGNORE);
        return connectTimeout(config, request.connectTimeout()).build();
    }

    /**
     * Sets the per-request connect timeout. HttpClient 5.2+ deprecates it in favour of {@code ConnectionConfig},
     * which is fixed per client (or per route) and so cannot honour each request's value, nor reach a client
     * the application handed in; the request value still overrides {@code ConnectionConfig} when set.
     */
    @SuppressWarnings("deprecation")
    private static RequestConfig.Builder connectTimeout(RequestConfig.Builder config, Duration connectTimeout) {
        return config.setConnectTimeout(timeout(connectTimeout));
    }

    /**
     * A context of its own for every request. Its cookie store, which is always empty and keeps nothing it is
     * given, keeps a client with cookie management on from adding cookies of earlier responses or remembering
     * this one's, should an interceptor of the application's look past the {@code IGNORE} cookie spec.
     */
    static HttpClientContext isolatedContext() {
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(NoCookies.INSTANCE);
        return context;
    }

    /** An {@link #isolatedContext()} carrying the request's configuration, for the async client. */
    static HttpClientContext isolatedContext(TransportRequest request) {
        HttpClientContext context = isolatedContext();
        context.setRequestConfig(requestConfig(request));
        return context;
    }

    /**
     * Converts a positive duration, saturating at {@code Long.MAX_VALUE} milliseconds and rounding up to one
     * millisecond, because a zero timeout means "wait forever" to HttpClient and to sockets.
     */
    static Timeout timeout(Duration duration) {
        long millis;
        try {
            millis = duration.toMillis();
        } catch (ArithmeticException e) {
            millis = Long.MAX_VALUE;
        }
        return Timeout.ofMilliseconds(Math.max(1, millis));
    }

    private static final class LastConfig {
        private final Duration timeout;
        private final Duration connectTimeout;
        private final boolean proxyAuthentication;
        private final RequestConfig config;

        LastConfig(Duration timeout, Duration connectTimeout, boolean proxyAuthentication, RequestConfig config) {
            this.timeout = timeout;
            this.connectTimeout = connectTimeout;
            this.proxyAuthentication = proxyAuthentication;
            this.config = config;
        }

        boolean matches(TransportRequest request, boolean proxyAuthentication) {
            return this.proxyAuthentication == proxyAuthentication
                    && timeout.equals(request.timeout())
                    && connectTimeout.equals(request.connectTimeout());
        }
    }

    /** A cookie store that is always empty: what it is given, it drops. Shared, as it holds nothing. */
    private static final class NoCookies implements CookieStore {
        static final NoCookies INSTANCE = new NoCookies();

        @Override
        public void addCookie(Cookie cookie) {
            // Kept by the core, never by HttpClient.
        }

        @Override
        public List<Cookie> getCookies() {
            return List.of();
        }

        /** Still abstract in the interface, though deprecated: nothing expires from an empty store. */
        @Deprecated
        @Override
        public boolean clearExpired(Date date) {
            return false;
        }

        @Override
        public void clear() {
            // Nothing to clear.
        }
    }
}
