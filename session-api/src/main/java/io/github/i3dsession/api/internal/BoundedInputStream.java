package io.github.i3dsession.api.internal;

import java.io.IOException;
import java.io.InputStream;

/** Reads at most {@code limit} bytes and fails, while streaming, as soon as the body would exceed it. */
final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
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
        in.close();
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
