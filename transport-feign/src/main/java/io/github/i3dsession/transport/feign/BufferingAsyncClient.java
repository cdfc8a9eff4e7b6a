package io.github.i3dsession.transport.feign;

import feign.AsyncClient;
import feign.Capability;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Wraps the async client an {@link feign.AsyncFeign} calls, outermost, to give asynchronous calls what Feign 13.6
 * does not:
 * <ul>
 *   <li>Cancellation reaches the client. Feign's own future passes a cancel on only to a retry, never to the
 *       first attempt's client future; this client cancels that future when the call is cancelled.</li>
 *   <li>The body is read here, within the call's limit, on the thread that completes the client's future. Feign
 *       decodes there too and closes an error body once decoded, and nothing else may block on a stream later:
 *       the core reads the response on the same thread. A cancel during the read closes the body.</li>
 * </ul>
 * Thread-safe.
 */
final class BufferingAsyncClient implements AsyncClient<Object> {
    private final AsyncClient<Object> delegate;

    BufferingAsyncClient(AsyncClient<Object> delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<Response> execute(Request request, Request.Options options, Optional<Object> context) {
        if (!(options instanceof AsyncCallOptions)) {
            // Only AsyncSessionApi calls come here, and each passes its AsyncCallOptions.
            throw new IllegalArgumentException("BufferingAsyncClient needs AsyncCallOptions, got " + options);
        }
        AsyncCallOptions call = (AsyncCallOptions) options;
        CompletableFuture<Response> sent = delegate.execute(request, options, context);
        call.onCancel(() -> sent.cancel(true));
        return sent.thenApply(response -> buffered(response, call));
    }

    private static Response buffered(Response response, AsyncCallOptions call) {
        Runnable release = () -> closeElsewhere(response);
        call.onCancel(release);
        try (response) {
            return response.toBuilder()
                    .body(BodyBuffer.read(response, call.maxResponseBytes(), call::isCancelled))
                    .build();
        } catch (IOException e) {
            // Feign turns an IOException from the client's future into a RetryableException that carries it.
            throw new CompletionException(e);
        } finally {
            call.remove(release);
        }
    }

    /**
     * Ends a read that waits for body bytes which may never come: {@link BodyBuffer} only sees a cancel between
     * reads, and some clients (the JDK's {@code HttpClient}) have no timeout for the body. Closing may itself wait,
     * for the read in progress ({@code HttpURLConnection}) or for the rest of the body ({@code feign-hc5}), so it
     * runs on a thread of its own, never on the cancelling thread, which may be the core's timer.
     */
    private static void closeElsewhere(Response response) {
        Thread closer = new Thread(response::close, "i3d-session-feign-abort");
        closer.setDaemon(true);
        closer.start();
    }

    @Override
    public String toString() {
        return "BufferingAsyncClient{" + delegate + "}";
    }

    /**
     * Puts a {@link BufferingAsyncClient} around the async client an {@link feign.AsyncFeign.AsyncBuilder} ends up
     * with, the application's own capabilities applied first. Capabilities are the only way to reach the client of
     * an application's builder, which keeps it in a private field.
     *
     * <p>Public only because Feign calls {@code enrich} reflectively and is refused a method of a class that is not
     * itself public. Enclosed in a package-private class, it is still out of the application's reach.
     */
    public static final class Outermost implements Capability {

        /** Creates the capability; one per transport. */
        Outermost() {}

        @Override
        public AsyncClient<Object> enrich(AsyncClient<Object> client) {
            return new BufferingAsyncClient(client);
        }
    }
}
