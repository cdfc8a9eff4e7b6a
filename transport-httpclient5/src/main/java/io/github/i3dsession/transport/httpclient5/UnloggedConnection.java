package io.github.i3dsession.transport.httpclient5;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.NoResponseOutOfOrderStrategy;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;

/**
 * A pooled classic connection that never logs what it carries.
 *
 * <p>HttpClient's own {@code DefaultManagedHttpClientConnection} logs every request and response header
 * ({@code org.apache.hc.client5.http.headers}) and wraps the socket to log every byte
 * ({@code org.apache.hc.client5.http.wire}) whenever those loggers are at DEBUG: the {@code Cookie}, the API key
 * and the login password would reach the logs. This connection is built on HttpCore's
 * {@link DefaultBHttpClientConnection}, which has no logging at all, and adds only what the connection pool
 * needs: an id, access to the socket, and the socket timeout saved while the connection is pooled.
 */
final class UnloggedConnection extends DefaultBHttpClientConnection
        implements ManagedHttpClientConnection, Identifiable {
    private static final AtomicLong COUNTER = new AtomicLong();

    private final String id;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Timeout socketTimeout;

    private UnloggedConnection(String id) {
        super(Http1Config.DEFAULT, null, null, null, null, NoResponseOutOfOrderStrategy.INSTANCE, null, null);
        this.id = id;
    }

    /** The connection factory of the classic clients the transport creates. */
    static HttpConnectionFactory<ManagedHttpClientConnection> factory() {
        return socket -> {
            UnloggedConnection connection = new UnloggedConnection("i3d-hc5-" + COUNTER.getAndIncrement());
            if (socket != null) {
                connection.bind(socket);
            }
            return connection;
        };
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public void bind(Socket socket) throws IOException {
        bind(new SocketHolder(socket), socket);
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        bind(new SocketHolder(sslSocket, socket), sslSocket);
    }

    private void bind(SocketHolder holder, Socket socket) throws IOException {
        if (closed.get()) {
            // The pool was shut down while this connection was being opened.
            socket.close();
            throw new InterruptedIOException("Connection already shutdown");
        }
        super.bind(holder);
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    @Override
    public SSLSession getSSLSession() {
        Socket socket = getSocket();
        return socket instanceof SSLSocket ? ((SSLSocket) socket).getSession() : null;
    }

    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            super.close();
        }
    }

    @Override
    public void close(CloseMode closeMode) {
        if (closed.compareAndSet(false, true)) {
            super.close(closeMode);
        }
    }
}
