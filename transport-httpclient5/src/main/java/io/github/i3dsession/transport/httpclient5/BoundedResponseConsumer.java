package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Buffers an async response body up to a limit and fails with {@link ResponseTooLargeException} as soon as the
 * body would exceed it: up front when the declared {@code Content-Length} is larger, else at the chunk that
 * crosses it. Throwing from the consumer fails the exchange, and HttpCore then closes the connection rather
 * than reading the rest, so no more than the limit is ever held in memory.
 *
 * <p>One instance serves one exchange; HttpCore calls it from one I/O thread at a time.
 */
final class BoundedResponseConsumer implements AsyncResponseConsumer<TransportResponse> {
    private static final int MAX_INITIAL_CAPACITY = 64 * 1024;
    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final long limit;
    private int statusCode;
    private Map<String, List<String>> headers;
    private FutureCallback<TransportResponse> resultCallback;
    private byte[] buffer;
    private int size;

    BoundedResponseConsumer(long limit) {
        this.limit = limit;
    }

    @Override
    public void consumeResponse(
            HttpResponse response,
            EntityDetails entityDetails,
            HttpContext context,
            FutureCallback<TransportResponse> resultCallback)
            throws IOException {
        this.statusCode = response.getCode();
        this.headers = headersOf(response);
        this.resultCallback = resultCallback;
        if (entityDetails == null) {
            resultCallback.completed(TransportResponse.of(statusCode, headers, new ByteArrayInputStream(new byte[0])));
            return;
        }
        long declared = entityDetails.getContentLength();
        if (declared > limit) {
            throw new ResponseTooLargeException(statusCode, limit);
        }
        buffer = new byte[(int) Math.min(declared >= 0 ? declared : MAX_INITIAL_CAPACITY, MAX_INITIAL_CAPACITY)];
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx responses carry nothing the core needs.
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        // The limit, not flow control, bounds what is buffered.
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        int length = src.remaining();
        long needed = (long) size + length;
        if (needed > limit) {
            throw new ResponseTooLargeException(statusCode, limit);
        }
        if (needed > buffer.length) {
            if (needed > MAX_ARRAY) {
                throw new IOException("response body exceeds " + MAX_ARRAY + " bytes, more than one array holds");
            }
            buffer = Arrays.copyOf(
                    buffer, (int) Math.min(Math.max(needed, 2L * buffer.length), Math.min(limit, MAX_ARRAY)));
        }
        src.get(buffer, size, length);
        size += length;
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        FutureCallback<TransportResponse> callback = resultCallback;
        ByteArrayInputStream body = new ByteArrayInputStream(buffer, 0, size);
        buffer = null;
        if (callback != null) {
            callback.completed(TransportResponse.of(statusCode, headers, body));
        }
    }

    @Override
    public void failed(Exception cause) {
        // The exchange reports the failure to its own callback; only the buffer needs letting go.
        releaseResources();
    }

    @Override
    public void releaseResources() {
        buffer = null;
    }

    /** Every header value in the order received, one per header line, names as the server wrote them. */
    private static Map<String, List<String>> headersOf(HttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Iterator<Header> it = response.headerIterator(); it.hasNext(); ) {
            Header header = it.next();
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1))
                    .add(header.getValue());
        }
        return headers;
    }
}
