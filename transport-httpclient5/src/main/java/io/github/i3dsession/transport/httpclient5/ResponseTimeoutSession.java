package io.github.i3dsession.transport.httpclient5;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.concurrent.locks.Lock;
import org.apache.hc.core5.http.nio.command.RequestExecutionCommand;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.Command;
import org.apache.hc.core5.reactor.IOEventHandler;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.util.Timeout;

/**
 * An I/O session that takes the socket timeout of each exchange from the exchange's context, so that every
 * request waits exactly its own {@code TransportRequest.timeout()} for its response.
 *
 * <p>HttpCore's requester sets a session's socket timeout once, to the connect timeout, when it opens the
 * connection; a pooled connection would then keep the timeout of whichever request opened it. Every exchange
 * reaches a connection as a {@link RequestExecutionCommand} queued on its session, so this decorator applies
 * the {@link #RESPONSE_TIMEOUT} attribute of the command's context just before queuing it. Everything else is
 * passed through unchanged.
 */
final class ResponseTimeoutSession implements IOSession {
    /** The context attribute holding the {@link Timeout} of an exchange. */
    static final String RESPONSE_TIMEOUT = "io.github.i3dsession.transport.httpclient5.response-timeout";

    private final IOSession session;

    private ResponseTimeoutSession(IOSession session) {
        this.session = session;
    }

    /** The I/O session decorator of the requester. */
    static IOSession decorate(IOSession session) {
        return new ResponseTimeoutSession(session);
    }

    @Override
    public void enqueue(Command command, Command.Priority priority) {
        if (command instanceof RequestExecutionCommand) {
            HttpContext context = ((RequestExecutionCommand) command).getContext();
            Object timeout = context == null ? null : context.getAttribute(RESPONSE_TIMEOUT);
            if (timeout instanceof Timeout) {
                session.setSocketTimeout((Timeout) timeout);
            }
        }
        session.enqueue(command, priority);
    }

    @Override
    public String getId() {
        return session.getId();
    }

    @Override
    public IOEventHandler getHandler() {
        return session.getHandler();
    }

    @Override
    public void upgrade(IOEventHandler handler) {
        session.upgrade(handler);
    }

    @Override
    public Lock getLock() {
        return session.getLock();
    }

    @Override
    public boolean hasCommands() {
        return session.hasCommands();
    }

    @Override
    public Command poll() {
        return session.poll();
    }

    @Override
    public ByteChannel channel() {
        return session.channel();
    }

    @Override
    public SocketAddress getRemoteAddress() {
        return session.getRemoteAddress();
    }

    @Override
    public SocketAddress getLocalAddress() {
        return session.getLocalAddress();
    }

    @Override
    public int getEventMask() {
        return session.getEventMask();
    }

    @Override
    public void setEventMask(int ops) {
        session.setEventMask(ops);
    }

    @Override
    public void setEvent(int op) {
        session.setEvent(op);
    }

    @Override
    public void clearEvent(int op) {
        session.clearEvent(op);
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public void close(CloseMode closeMode) {
        session.close(closeMode);
    }

    @Override
    public Status getStatus() {
        return session.getStatus();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public Timeout getSocketTimeout() {
        return session.getSocketTimeout();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        session.setSocketTimeout(timeout);
    }

    @Override
    public long getLastReadTime() {
        return session.getLastReadTime();
    }

    @Override
    public long getLastWriteTime() {
        return session.getLastWriteTime();
    }

    @Override
    public long getLastEventTime() {
        return session.getLastEventTime();
    }

    @Override
    public void updateReadTime() {
        session.updateReadTime();
    }

    @Override
    public void updateWriteTime() {
        session.updateWriteTime();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return session.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return session.write(src);
    }

    @Override
    public String toString() {
        return session.toString();
    }
}
