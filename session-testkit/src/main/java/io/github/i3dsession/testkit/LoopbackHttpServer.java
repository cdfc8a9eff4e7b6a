package io.github.i3dsession.testkit;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Creates the JDK HTTP server behind {@link FakeSessionServer} and the thread pool that serves it. */
final class LoopbackHttpServer {
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

  private LoopbackHttpServer() {}

  /** A cached pool of the daemon threads that {@code threads} makes. */
  static ExecutorService newExecutor(ServerThreads threads) {
    return Executors.newCachedThreadPool(threads);
  }

  /** Binds {@code 127.0.0.1} on a free port and starts serving every path with {@code handler}. */
  static HttpServer start(HttpHandler handler, ExecutorService executor) throws IOException {
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 128);
    server.createContext("/", handler);
    server.setExecutor(executor);
    server.start();
    return server;
  }
}
