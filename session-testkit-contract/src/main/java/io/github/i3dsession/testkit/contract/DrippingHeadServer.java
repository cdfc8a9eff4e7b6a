package io.github.i3dsession.testkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile server on a free loopback port that answers every request by sending its status line and headers one
 * byte at a time, a pause between bytes, so that a socket read timeout never fires. {@code FakeSessionServer}
 * cannot do this: the JDK's HTTP server writes the head itself, in one piece.
 */
final class DrippingHeadServer implements AutoCloseable {
    private static final byte[] HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + "X-Slow: the status line and these headers arrive one byte at a time\r\nContent-Length: 2\r\n\r\n{}")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final Duration pause;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    private DrippingHeadServer(Duration pause) throws IOException {
        this.pause = pause;
        this.listener = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        Thread acceptor = new Thread(this::accept, "dripping-head-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server that pauses {@code pause} between the bytes of each response head. */
    static DrippingHeadServer start(Duration pause) {
        try {
            return new DrippingHeadServer(pause);
        } catch (IOException e) {
            throw new AssertionError("cannot listen on a loopback port for the dripping server", e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** The number of request heads received in full. */
    int requestCount() {
        return requests.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                Thread handler = new Thread(() -> serve(socket), "dripping-head-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readHead(in)) {
                requests.incrementAndGet();
                for (byte b : HEAD) {
                    out.write(b);
                    out.flush();
                    if (closing.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client went away or the server is closing.
        } finally {
            connections.remove(socket);
        }
    }

    /** Reads up to the blank line that ends a request head; false at the end of the stream. */
    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return true;
    }

    @Override
    public void close() {
        closing.countDown();
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
        }
    }
}
