package io.github.i3dsession.transport.feign;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns every response Feign will not decode (1xx, 3xx, 4xx, 5xx) into an {@link ErrorResponse} for
 * {@link FeignTransport} to return.
 *
 * <p>Feign closes the response body as soon as this decoder returns, so the body is buffered here, and like any
 * buffering transport this one stops past the request's {@code maxResponseBytes} with a
 * {@link ResponseTooLargeException}. For a synchronous call the limit travels in a thread-local, because Feign
 * gives an error decoder only the response and a synchronous Feign call decodes on the thread that made it. An
 * asynchronous call decodes on whichever thread completes it, so {@link BufferingAsyncClient} reads its body
 * within the limit before it gets here.
 *
 * <p>A failure while reading is returned wrapped in an {@link UncheckedIOException}, which
 * {@link FeignTransport} unwraps: Feign throws whatever an error decoder returns.
 */
final class ErrorResponseDecoder implements ErrorDecoder {
    private static final long DEFAULT_LIMIT = 1024L * 1024L;

    private final ThreadLocal<Long> limit = new ThreadLocal<>();
    private final long defaultLimit;

    private ErrorResponseDecoder(long defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /** For synchronous calls, which set each call's limit with {@link #limitTo(long)}. */
    static ErrorResponseDecoder forStreamingBodies() {
        return new ErrorResponseDecoder(DEFAULT_LIMIT);
    }

    /**
     * For asynchronous calls, whose bodies {@link BufferingAsyncClient} has already read within the call's limit
     * on whichever thread completed the client's future: there is no limit left to apply here.
     */
    static ErrorResponseDecoder forBufferedBodies() {
        return new ErrorResponseDecoder(Long.MAX_VALUE);
    }

    void limitTo(long maxResponseBytes) {
        limit.set(maxResponseBytes);
    }

    void clearLimit() {
        limit.remove();
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Long maxBytes = limit.get();
        try {
            byte[] body = BodyBuffer.read(response, maxBytes == null ? defaultLimit : maxBytes, () -> false);
            return new ErrorResponse(FeignExchange.buffered(response, body));
        } catch (IOException e) {
            return new UncheckedIOException(e);
        }
    }
}
