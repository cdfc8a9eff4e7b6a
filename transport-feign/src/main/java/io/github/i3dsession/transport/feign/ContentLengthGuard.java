package io.github.i3dsession.transport.feign;

import feign.Response;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

/**
 * Fails a body that ends before its {@code Content-Length}. {@code HttpURLConnection}, under Feign's default
 * client, reports a connection closed mid-body as a normal end of stream; the core must see it as the network
 * failure it is, as other clients report it. Not thread-safe, like any stream.
 */
final class ContentLengthGuard extends FilterInputStream {
    private final long expected;
    private long received;

    private ContentLengthGuard(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    /**
     * Guards {@code body} when the response declares a length that the body's bytes must match (see
     * {@link #declaredLength(Response)}).
     */
    static InputStream guard(InputStream body, Response response) {
        long expected = declaredLength(response);
        return expected < 0 ? body : new ContentLengthGuard(body, expected);
    }

    /**
     * Returns the {@code Content-Length} the body's bytes must match, or -1 when there is none that applies: with
     * a {@code Transfer-Encoding}, with a {@code Content-Encoding} other than identity (clients decompress, so
     * lengths differ), or for a status that carries no body.
     */
    static long declaredLength(Response response) {
        int status = response.status();
        if (status < 200
                || status == 204
                || status == 304
                || response.headers().containsKey("Transfer-Encoding")
                || !identity(response.headers().get("Content-Encoding"))) {
            return -1;
        }
        Collection<String> lengths = response.headers().get("Content-Length");
        if (lengths == null || lengths.size() != 1) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(lengths.iterator().next().trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean identity(Collection<String> encodings) {
        return encodings == null
                || encodings.stream().allMatch(value -> value.trim().equalsIgnoreCase("identity"));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
            checkComplete();
        } else {
            received++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n == -1) {
            checkComplete();
        } else {
            received += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        received += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // Not supported: counting would go wrong after a reset.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void checkComplete() throws EOFException {
        if (received < expected) {
            throw new EOFException(
                    "Response body ended after " + received + " of " + expected + " bytes declared by Content-Length");
        }
    }
}
