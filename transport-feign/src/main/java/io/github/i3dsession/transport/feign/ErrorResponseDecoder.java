package io.github.i3dsession.transport.feign;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns every response Feign will not decode (1xx, 3xx, 4xx, 5xx) into an {@link ErrorResponse} for
 * {@link FeignTransport#send} to return.
 *
 * <p>Feign closes the response body as soon as this decoder returns, so the body is buffered here, and like any
 * buffering transport this one stops past the request's {@code maxResponseBytes} with a
 * {@link ResponseTooLargeException}. The limit travels in a thread-local because Feign gives an error decoder only
 * the response, and a synchronous Feign call decodes on the thread that made it.
 *
 * <p>A failure while reading is returned wrapped in an {@link UncheckedIOException}, which
 * {@link FeignTransport#send} unwraps: Feign throws whatever an error decoder returns.
 */
final class ErrorResponseDecoder implements ErrorDecoder {
    private static final long DEFAULT_LIMIT = 1024L * 1024L;
    // No array holds more; a limit beyond it is the same as no limit for an error body.
    private static final long MAX_BUFFER = Integer.MAX_VALUE - 8;

    private final ThreadLocal<Long> limit = new ThreadLocal<>();

    void limitTo(long maxResponseBytes) {
        limit.set(maxResponseBytes);
    }

    void clearLimit() {
        limit.remove();
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Long maxBytes = limit.get();
        long max = Math.min(MAX_BUFFER - 1, maxBytes == null ? DEFAULT_LIMIT : maxBytes);
        try {
            byte[] body = read(response, max + 1);
            if (body.length > max) {
                return new UncheckedIOException(new ResponseTooLargeException(response.status(), max));
            }
            return new ErrorResponse(FeignExchange.buffered(response, body));
        } catch (IOException e) {
            return new UncheckedIOException(e);
        }
    }

    private static byte[] read(Response response, long cap) throws IOException {
        Response.Body body = response.body();
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream stream = body.asInputStream()) {
            if (stream == null) {
                return new byte[0];
            }
            InputStream in = ContentLengthGuard.guard(stream, response);
            long remaining = cap;
            int read;
            while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
                out.write(buffer, 0, read);
                remaining -= read;
            }
        }
        return out.toByteArray();
    }
}
