package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.impl.bootstrap.AsyncRequesterBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester;
import org.apache.hc.core5.http.nio.AsyncClientEndpoint;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestConnControl;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;

/**
 * The async client a transport creates for itself: HttpCore 5's {@link HttpAsyncRequester}, HTTP/1.1 only, with
 * a connection pool, one I/O thread, and the same TLS as the classic client (host name verified). It cannot go
 * through a proxy: the transport sends proxied requests over the classic client instead.
 *
 * <p>Why HttpCore's requester and not HttpClient's {@code CloseableHttpAsyncClient}: every async client that
 * HttpClient 5.6 builds logs all request and response header values to {@code org.apache.hc.client5.http.headers}
 * whenever that logger is at DEBUG, from the stream listener its {@code HttpAsyncClientProtocolNegotiationStarter}
 * installs on each connection. Its wire log could be turned off with an I/O session decorator of our own, but no
 * builder option removes that listener, and the session cookie of every login would reach the logs. HttpCore
 * does not log at all. It also follows no redirects, retries nothing and keeps no cookies, which is what the SPI
 * asks for anyway. The price: HttpCore names its I/O thread {@code requester-dispatch-N} and offers no thread
 * factory, and it sets a connection's socket timeout only once, which {@link ResponseTimeoutSession} corrects.
 */
final class OwnAsyncClient {
    /** Offers only HTTP/1.1 in ALPN: the requester speaks nothing else. */
    private static final TlsConfig HTTP_1_ONLY =
            TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build();

    /** How often the I/O thread checks for timeouts, which bounds how late a timeout can fire. */
    private static final TimeValue TIMEOUT_CHECK_INTERVAL = TimeValue.ofMilliseconds(100);

    /**
     * HttpCore checks a waiting lease's deadline only when the pool changes: with every connection busy, a
     * request would wait for a free one without bound. This bounds it, a second after the request's connect
     * timeout, so that a connect that is merely slow still fails first as the requester's
     * {@code SocketTimeoutException}.
     */
    private static final Duration LEASE_GRACE = Duration.ofSeconds(1);

    private static final AtomicInteger TIMER_THREADS = new AtomicInteger();
    /** One daemon thread for all transports, started on demand and ended after two idle seconds. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final HttpAsyncRequester requester;
    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();

    private OwnAsyncClient(HttpAsyncRequester requester) {
        this.requester = requester;
    }

    /** Creates and starts a client; its I/O thread runs until {@link #close()}. */
    static OwnAsyncClient start(int maxTotal, int maxPerRoute, DefaultClientTlsStrategy tls) {
        HttpAsyncRequester requester = AsyncRequesterBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(1)
                        .setSelectInterval(TIMEOUT_CHECK_INTERVAL)
                        .build())
                // HttpCore's default processor adds a User-Agent and Expect: only what frames the message here.
                .setHttpProcessor(HttpProcessorBuilder.create()
                        .add(new RequestContent())
                        .add(new RequestTargetHost())
                        .add(new RequestConnControl())
                        .build())
                .setMaxTotal(maxTotal)
                .setDefaultMaxPerRoute(maxPerRoute)
                .setTlsStrategy(tls)
                .setIOSessionDecorator(ResponseTimeoutSession::decorate)
                .create();
        requester.start();
        return new OwnAsyncClient(requester);
    }

    /**
     * Leases a connection, waiting for the pool and the connection about the request's connect timeout at most,
     * then sends the request on it. The connection goes back to the pool once the whole body has been buffered,
     * and is closed on any failure and when the caller cancels the returned future, which completes on
     * {@code callbacks}.
     */
    CompletableFuture<TransportResponse> send(TransportRequest request, Executor callbacks) {
        Exchange exchange = new Exchange(request, callbacks);
        CompletableFuture<TransportResponse> future = exchange.result.future();
        inFlight.add(exchange);
        ScheduledFuture<?> leaseDeadline = TIMER.schedule(
                exchange::leaseTimedOut,
                request.connectTimeout().plus(LEASE_GRACE).toNanos(),
                TimeUnit.NANOSECONDS);
        exchange.leaseDeadline = leaseDeadline;
        future.whenComplete((response, failure) -> {
            inFlight.remove(exchange);
            leaseDeadline.cancel(false);
        });
        try {
            exchange.connecting = requester.connect(
                    HttpHost.create(request.uri()),
                    RequestMapping.timeout(request.connectTimeout()),
                    HTTP_1_ONLY,
                    new FutureCallback<AsyncClientEndpoint>() {
                        @Override
                        public void completed(AsyncClientEndpoint endpoint) {
                            exchange.start(endpoint);
                        }

                        @Override
                        public void failed(Exception failure) {
                            // HttpCore's pool fails a lease whose deadline it noticed with a TimeoutException.
                            exchange.result.failed(
                                    failure instanceof TimeoutException
                                            ? exchange.noConnectionInTime(failure)
                                            : failure);
                        }

                        @Override
                        public void cancelled() {
                            exchange.result.cancelled();
                        }
                    });
        } catch (RuntimeException e) {
            exchange.result.failed(e);
            return future;
        }
        exchange.result.onCancel(exchange::abort);
        return future;
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "i3d-session-hc5-timer-" + TIMER_THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        timer.setKeepAliveTime(2, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * Fails the exchanges in flight, closing their connections, then shuts the I/O reactor down: idle connections
     * close, and the I/O thread has ended when this returns.
     */
    void close() {
        // HttpCore's shutdown closes connections without telling their exchanges, whose futures would then never
        // complete: fail them first.
        for (Exchange exchange : inFlight) {
            exchange.result.failed(new IOException(
                    "cannot send " + AsyncResult.describe(exchange.request) + ": the transport was closed"));
            exchange.abort();
        }
        requester.close(CloseMode.GRACEFUL);
    }

    /** One request: its outcome, and what to abort while it is connecting or in progress. */
    private static final class Exchange {
        final TransportRequest request;
        final AsyncResult result;
        final AtomicReference<AsyncClientEndpoint> leased = new AtomicReference<>();
        volatile Future<AsyncClientEndpoint> connecting;
        volatile ScheduledFuture<?> leaseDeadline;

        Exchange(TransportRequest request, Executor callbacks) {
            this.request = request;
            this.result = new AsyncResult(request, callbacks);
        }

        void start(AsyncClientEndpoint endpoint) {
            leased.set(endpoint);
            ScheduledFuture<?> deadline = leaseDeadline;
            if (deadline != null) {
                deadline.cancel(false);
            }
            if (result.isSettled()) {
                // Aborted while connecting: the connection was never used.
                endpoint.releaseAndReuse();
                return;
            }
            HttpCoreContext context = HttpCoreContext.create();
            context.setAttribute(ResponseTimeoutSession.RESPONSE_TIMEOUT, RequestMapping.timeout(request.timeout()));
            try {
                endpoint.execute(
                        RequestMapping.toAsyncProducer(request),
                        new BoundedResponseConsumer(request.maxResponseBytes()),
                        context,
                        new FutureCallback<TransportResponse>() {
                            @Override
                            public void completed(TransportResponse response) {
                                endpoint.releaseAndReuse();
                                result.completed(response);
                            }

                            @Override
                            public void failed(Exception failure) {
                                endpoint.releaseAndDiscard();
                                result.failed(failure);
                            }

                            @Override
                            public void cancelled() {
                                endpoint.releaseAndDiscard();
                                result.cancelled();
                            }
                        });
            } catch (RuntimeException e) {
                // For example an endpoint already discarded by an abort racing with this method.
                endpoint.releaseAndDiscard();
                result.failed(e);
            }
        }

        /** Fails a request still waiting for a pooled connection, or still connecting. */
        void leaseTimedOut() {
            if (leased.get() == null && !result.isSettled()) {
                result.failed(noConnectionInTime(null));
                abort();
            }
        }

        ConnectionRequestTimeoutException noConnectionInTime(Exception cause) {
            ConnectionRequestTimeoutException timeout =
                    new ConnectionRequestTimeoutException("no connection for " + AsyncResult.describe(request)
                            + " within " + request.connectTimeout().toMillis() + " ms");
            if (cause != null) {
                timeout.initCause(cause);
            }
            return timeout;
        }

        /** Stops connecting, or closes the connection, which ends an exchange in progress. */
        void abort() {
            Future<AsyncClientEndpoint> pending = connecting;
            if (pending != null) {
                pending.cancel(true);
            }
            AsyncClientEndpoint endpoint = leased.get();
            if (endpoint != null) {
                endpoint.releaseAndDiscard();
            }
        }
    }
}
