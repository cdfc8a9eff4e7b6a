package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/** Sends over an async client the application handed in, with the same request mapping as the classic path. */
final class ApplicationAsyncClient {

    private ApplicationAsyncClient() {}

    /**
     * Executes the request with its own configuration and cookie store. HttpClient cancels the exchange, and
     * drops its connection, when the future it returned is cancelled. The returned future completes on
     * {@code callbacks}.
     */
    static CompletableFuture<TransportResponse> send(
            CloseableHttpAsyncClient client, TransportRequest request, Executor callbacks) {
        AsyncResult result = new AsyncResult(request, callbacks);
        Future<TransportResponse> execution;
        try {
            execution = client.execute(
                    RequestMapping.toAsyncProducer(request),
                    new BoundedResponseConsumer(request.maxResponseBytes()),
                    RequestMapping.isolatedContext(request),
                    result);
        } catch (RuntimeException e) {
            // For example a client the application has not started, or has already closed.
            result.failed(e);
            return result.future();
        }
        result.onCancel(() -> execution.cancel(true));
        return result.future();
    }
}
