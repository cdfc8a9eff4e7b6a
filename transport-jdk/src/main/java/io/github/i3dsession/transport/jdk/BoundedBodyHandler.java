package io.github.i3dsession.transport.jdk;

import io.github.i3dsession.api.spi.ResponseTooLargeException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Buffers an async response body up to a limit and fails as soon as it would exceed it, so that the async path
 * never holds an oversized body in memory.
 */
final class BoundedBodyHandler implements HttpResponse.BodySubscriber<byte[]> {
    private final int statusCode;
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private BoundedBodyHandler(int statusCode, long limit) {
        this.statusCode = statusCode;
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<byte[]> of(long limit) {
        return responseInfo -> {
            long declared =
                    responseInfo.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                // Refuse before a byte of the body is read; the core sees the Content-Length and reports it.
                return new Refusing();
            }
            return new BoundedBodyHandler(responseInfo.statusCode(), limit);
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new ResponseTooLargeException(statusCode, limit));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Cancels the body at once, completing with no bytes, so an oversized body is never transferred. */
    private static final class Refusing implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.complete(new byte[0]);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            // Cancelled: nothing more arrives.
        }

        @Override
        public void onError(Throwable throwable) {
            result.complete(new byte[0]);
        }

        @Override
        public void onComplete() {
            result.complete(new byte[0]);
        }
    }
}
