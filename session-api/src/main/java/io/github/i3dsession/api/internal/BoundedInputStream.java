package io.github.i3dsession.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Reads at most {@code limit} bytes and fails, while streaming, as soon as the body would exceed it, or as soon as
 * the attempt it belongs to has ended (deadline, close, interrupt).
 */
final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private final long limit;
    /** The attempt's guard, asked before every read; null where no attempt is guarded. */
    private final AttemptGuard guard;

    private long count;

    BoundedInputStream(InputStream in, long limit, AttemptGuard guard) {
        this.in = in;
        this.limit = limit;
        this.guard = guard;
    }

    /**
     * A transport's close of the response ends a read in progress, but not always (a synchronized stream can keep
     * a byte-by-byte reader ahead of the closing thread): stopping before the next read makes the deadline hold
     * whatever the transport does.
     */
    private void ensureLive() throws IOException {
        AttemptGuard.Reason ended = guard == null ? null : guard.ended();
        if (ended != null) {
            throw new InterruptedIOException("attempt ended while its body was read: " + ended);
        }
    }

    @Override
    public int read() throws IOException {
        ensureLive();
        int b = in.read();
        if (b >= 0 && ++count > limit) {
            throw new BodyLimitExceededException(limit);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        ensureLive();
        // Ask for one byte past the limit at most, so an oversized body is detected without reading it all.
        int allowed = (int) Math.min(length, limit - count + 1);
        int n = in.read(buffer, offset, allowed);
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new BodyLimitExceededException(limit);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        // An ended attempt's response is closed by its guard, on a thread of its own: a close here could hold the
        // caller while the transport drains a dripping body (see CallPath.onResponse).
        if (guard == null || guard.reason() == null) {
            in.close();
        }
    }

    /** Reads and discards the rest (bounded by the limit), so the connection can be reused. */
    void drain() throws IOException {
        byte[] chunk = new byte[8192];
        while (read(chunk, 0, chunk.length) > 0) {
            // discard
        }
    }

    /**
     * The body exceeded the configured limit while it streamed. Not the SPI's {@code ResponseTooLargeException},
     * which a buffering transport throws before the core sees the response.
     */
    static final class BodyLimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyLimitExceededException(long limit) {
            super("response body exceeds the limit of " + limit + " bytes");
        }
    }
}
