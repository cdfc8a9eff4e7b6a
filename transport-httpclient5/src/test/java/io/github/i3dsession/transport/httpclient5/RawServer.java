package io.github.i3dsession.transport.httpclient5;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server for faults the fake session server cannot stage: it reads each request head, then
 * either never answers (to show that the client hangs up) or streams a chunked body without end (to show that
 * the client stops reading). It records whether a connection was closed by the client.
 */
final class RawServer implements AutoCloseable {
    private enum Mode {
        STALL,
        ENDLESS_CHUNKS
    }

    private static final byte[] CHUNK = chunk(1024);

    private final Mode mode;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch requestRead = new CountDownLatch(1);
    private final CountDownLatch clientClosed = new CountDownLatch(1);
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong bodyBytesWritten = new AtomicLong();

    private RawServer(Mode mode) throws IOException {
        this.mode = mode;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fake-session-server-raw-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that reads the request and then waits, silently, for the client to hang up. */
    static RawServer stalling() throws IOException {
        return new RawServer(Mode.STALL);
    }

    /** A server that answers 200 with a chunked body that never ends, until the client hangs up. */
    static RawServer endlessChunks() throws IOException {
        return new RawServer(Mode.ENDLESS_CHUNKS);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    boolean awaitRequest(Duration timeout) throws InterruptedException {
        return requestRead.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until the client has closed a connection, which the server sees as end of stream or a reset. */
    boolean awaitClientClosed(Duration timeout) throws InterruptedException {
        return clientClosed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int connections() {
        return connections.get();
    }

    long bodyBytesWritten() {
        return bodyBytesWritten.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                sockets.add(socket);
                Thread handler = new Thread(() -> serve(socket), "fake-session-server-raw-" + connections.get());
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream()) {
            readHead(in);
            requestRead.countDown();
            if (mode == Mode.STALL) {
                while (in.read() != -1) {
                    // Nothing more is expected: only the end of the stream matters.
                }
            } else {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                while (true) {
                    out.write(CHUNK);
                    out.flush();
                    bodyBytesWritten.addAndGet(1024);
                }
            }
            clientClosed.countDown();
        } catch (SocketException reset) {
            // A reset or a broken pipe: the client closed its end.
            if (!listener.isClosed()) {
                clientClosed.countDown();
            }
        } catch (IOException e) {
            // The server is closing.
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("end of stream before the request head ended");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        // The requests sent here have no body.
    }

    private static byte[] chunk(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) 'x');
        byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[head.length + size + 2];
        System.arraycopy(head, 0, chunk, 0, head.length);
        System.arraycopy(data, 0, chunk, head.length, size);
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
