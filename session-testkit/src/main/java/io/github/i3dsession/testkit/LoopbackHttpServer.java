package io.github.i3dsession.testkit;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The JDK HTTP server behind {@link FakeSessionServer}, bound to {@code 127.0.0.1} on a free port, with the
 * daemon thread pool that serves it and a latch that tells waiting handlers the server is closing.
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
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 128);
            server.createContext("/", handlerFactory.apply(closing));
            server.setExecutor(executor);
            server.start();
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
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
