package io.github.i3dsession.transport.feign;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** A body stream that tells whether it was closed and how much of it was read. Thread-safe to observe. */
final class ClosingStream extends FilterInputStream {
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong read = new AtomicLong();

    ClosingStream(byte[] bytes) {
        super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            read.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            read.addAndGet(n);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        closed.set(true);
        super.close();
    }

    boolean isClosed() {
        return closed.get();
    }

    long bytesRead() {
        return read.get();
    }
}
