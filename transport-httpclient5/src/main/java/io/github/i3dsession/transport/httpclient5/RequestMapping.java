package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportRequest;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
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
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            message.addHeader(new UnloggedHeader(header.getKey(), header.getValue()));
        }
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
     * A context of its own for every request. Its empty cookie store, which nobody else sees, keeps a client
     * with cookie management on from adding cookies of earlier responses or remembering this one's.
     */
    static HttpClientContext isolatedContext() {
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(new BasicCookieStore());
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
}
