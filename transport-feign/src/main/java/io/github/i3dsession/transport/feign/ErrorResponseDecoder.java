package io.github.i3dsession.transport.feign;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns every response Feign will not decode (1xx, 3xx, 4xx, 5xx) into an {@link ErrorResponse} for
 * {@link FeignTransport#send} to return.
 *
 * <p>Feign closes the response body as soon as this decoder returns, so the body is buffered here: at most one
 * byte more than the request's {@code maxResponseBytes}, which lets the core see the body is too large and fail
 * exactly as it does with a streaming transport. The limit travels in a thread-local because Feign gives an
 * error decoder only the response, and a synchronous Feign call decodes on the thread that made it.
 */
final class ErrorResponseDecoder implements ErrorDecoder {
    private static final long DEFAULT_LIMIT = 1024L * 1024L;
    // Arrays cannot hold more; an error body that large is over any sane limit anyway.
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
        long cap = Math.min(MAX_BUFFER, (maxBytes == null ? DEFAULT_LIMIT : maxBytes) + 1);
        try {
            return new ErrorResponse(FeignExchange.buffered(response, read(response, cap)));
        } catch (IOException e) {
            // Unwrapped to the IOException by FeignTransport: the body failed mid-way.
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
