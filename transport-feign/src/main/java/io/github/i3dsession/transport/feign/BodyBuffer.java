package io.github.i3dsession.transport.feign;

import feign.Response;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Reads a response body into memory and stops past a limit, as a transport that buffers bodies must (see
 * {@link io.github.i3dsession.api.spi.TransportRequest#maxResponseBytes()}). A body whose {@code Content-Length}
 * is over the limit is refused before a byte of it is read.
 */
final class BodyBuffer {
    // No array holds more; a limit beyond it is the same as no limit.
    private static final long MAX_BUFFER = Integer.MAX_VALUE - 8;
    private static final int CHUNK = 8192;

    private BodyBuffer() {}

    /**
     * Reads the whole body and closes its stream; the caller still owns {@code response}.
     *
     * @param limit the most bytes to accept; a limit no array can hold is lowered to one it can
     * @param cancelled checked between reads, so that a cancelled call stops reading on its own thread
     * @throws ResponseTooLargeException if the body has more bytes than the limit
     * @throws java.io.EOFException if the body ends before its {@code Content-Length}
     * @throws IOException if reading fails, or the call was cancelled
     */
    static byte[] read(Response response, long limit, BooleanSupplier cancelled) throws IOException {
        long max = Math.min(MAX_BUFFER - 1, limit);
        long declared = ContentLengthGuard.declaredLength(response);
        if (declared > max) {
            throw new ResponseTooLargeException(response.status(), max);
        }
        Response.Body body = response.body();
        if (body == null) {
            return new byte[0];
        }
        try (InputStream stream = body.asInputStream()) {
            if (stream == null) {
                return new byte[0];
            }
            InputStream in = ContentLengthGuard.guard(stream, response);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, CHUNK)));
            byte[] chunk = new byte[CHUNK];
            // One byte past the limit tells a body over it from one exactly at it.
            long remaining = max + 1;
            int read;
            while (remaining > 0 && (read = in.read(chunk, 0, (int) Math.min(chunk.length, remaining))) != -1) {
                if (cancelled.getAsBoolean()) {
                    throw new IOException("Call cancelled while its response body was being read");
                }
                out.write(chunk, 0, read);
                remaining -= read;
            }
            if (out.size() > max) {
                throw new ResponseTooLargeException(response.status(), max);
            }
            return out.toByteArray();
        }
    }
}
