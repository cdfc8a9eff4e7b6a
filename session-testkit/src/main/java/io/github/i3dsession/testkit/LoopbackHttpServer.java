package io.github.i3dsession.testkit;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK HTTP (or HTTPS) server behind {@link FakeSessionServer}, bound to {@code 127.0.0.1} on a free port,
 * with the daemon thread pool that serves it and a latch that tells waiting handlers the server is closing.
 */
final class LoopbackHttpServer implements AutoCloseable {
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // Without TCP_NODELAY every keep-alive exchange stalls ~40 ms on delayed ACKs. The HTTP server reads the
        // property once, when the first server is created, so set it before that unless someone already chose.
        try {
            if (System.getProperty(NODELAY) == null) {
                System.setProperty(NODELAY, "true");
            }
        } catch (SecurityException e) {
            // Not allowed to tune it: the server still works, only slower.
        }
    }

    private final ServerThreads threads = new ServerThreads();
    private final ExecutorService executor = Executors.newCachedThreadPool(threads);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final HttpServer server;

    /**
     * Starts serving every path with the handler that {@code handlerFactory} makes; it receives the latch that
     * opens when the server starts closing.
     */
    LoopbackHttpServer(Function<CountDownLatch, HttpHandler> handlerFactory) throws IOException {
        this(handlerFactory, null, false);
    }

    /**
     * As above, over TLS with {@code sslContext} when it is not null, requiring a client certificate the
     * context's trust managers accept when {@code needClientAuth}.
     */
    LoopbackHttpServer(
            Function<CountDownLatch, HttpHandler> handlerFactory, SSLContext sslContext, boolean needClientAuth)
            throws IOException {
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            InetSocketAddress address = new InetSocketAddress(loopback, 0);
            server = sslContext == null
                    ? HttpServer.create(address, 128)
                    : httpsServer(address, sslContext, needClientAuth);
            server.createContext("/", handlerFactory.apply(closing));
            server.setExecutor(executor);
            server.start();
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
    }

    private static HttpsServer httpsServer(InetSocketAddress address, SSLContext sslContext, boolean needClientAuth)
            throws IOException {
        HttpsServer https = HttpsServer.create(address, 128);
        https.setHttpsConfigurator(new HttpsConfigurator(sslContext) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = sslContext.getDefaultSSLParameters();
                ssl.setNeedClientAuth(needClientAuth);
                parameters.setSSLParameters(ssl);
            }
        });
        return https;
    }

    int port() {
        return server.getAddress().getPort();
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Stops at once, ends waiting handlers, and returns when the pool's threads have ended. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            if (executor.awaitTermination(5, TimeUnit.SECONDS)) {
                threads.joinAll(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
