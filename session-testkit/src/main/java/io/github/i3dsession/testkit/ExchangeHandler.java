package io.github.i3dsession.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Handles every exchange of a {@link FakeSessionServer}: reads and records the request, answers it with the
 * next scripted response for its path or else with {@link SessionEndpoints}, and writes the response with
 * any fault it asks for.
 */
final class ExchangeHandler implements HttpHandler {
    private static final int MAX_RECORDED_LARGE_BODY = 64 * 1024;
    private static final int BUFFER_BYTES = 16 * 1024;

    private final Recorder recorder;
    private final Function<String, FakeResponse> script;
    private final SessionEndpoints endpoints;
    private final CountDownLatch closing;

    ExchangeHandler(
            Recorder recorder,
            Function<String, FakeResponse> script,
            SessionEndpoints endpoints,
            CountDownLatch closing) {
        this.recorder = recorder;
        this.script = script;
        this.endpoints = endpoints;
        this.closing = closing;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            // Read the whole body first: answering earlier can leave the client stuck writing it.
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            RecordedRequest request = new RecordedRequest(
                    exchange.getRequestMethod(),
                    uri.getPath() == null ? "" : uri.getPath(),
                    uri.getRawQuery(),
                    exchange.getRequestHeaders(),
                    body);
            recorder.request(request);
            FakeResponse response = script.apply(request.path());
            if (response == null) {
                try {
                    response = endpoints.handle(request);
                } catch (RuntimeException e) {
                    response = FakeResponse.serverError();
                }
            }
            respond(exchange, request, response);
        } catch (IOException | RuntimeException e) {
            // The client went away or the server is closing: nothing is left to answer.
        } finally {
            // After a short body this closes the connection, which is what truncateAfter promises.
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange, RecordedRequest request, FakeResponse response) throws IOException {
        int status = response.statusCode();
        for (Map.Entry<String, String> header : response.headers()) {
            exchange.getResponseHeaders().add(header.getKey(), header.getValue());
        }
        boolean bodyAllowed = status >= 200 && status != 204 && status != 304;
        long length = bodyAllowed ? response.bodyLength() : 0;
        long toSend = bodyAllowed ? response.bytesToSend() : 0;
        recorder.exchange(
                new RecordedExchange(request, status, exchange.getResponseHeaders(), recordedBody(response, toSend)));
        if (!pause(response.delayBeforeHeaders())) {
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length == 0) {
            return;
        }
        boolean drip = response.dripChunkBytes() > 0;
        byte[] buffer = new byte[(int) Math.min(drip ? response.dripChunkBytes() : BUFFER_BYTES, toSend)];
        OutputStream out = exchange.getResponseBody();
        long sent = 0;
        while (sent < toSend) {
            if (drip && sent > 0 && !pause(response.dripPause())) {
                return;
            }
            int n = (int) Math.min(buffer.length, toSend - sent);
            response.copyBody(sent, buffer, n);
            out.write(buffer, 0, n);
            sent += n;
            if (drip) {
                out.flush();
            }
        }
        out.flush();
    }

    /** The body bytes to record: all that is sent, but at most 64 KiB of a generated large body. */
    private static byte[] recordedBody(FakeResponse response, long toSend) {
        boolean generated = !response.hasFixedBody();
        int length = (int) (generated ? Math.min(toSend, MAX_RECORDED_LARGE_BODY) : toSend);
        byte[] recorded = new byte[length];
        response.copyBody(0, recorded, length);
        return recorded;
    }

    /** Waits {@code duration}; returns false at once if the server is closing or this thread is interrupted. */
    private boolean pause(Duration duration) {
        try {
            if (duration.isZero()) {
                return closing.getCount() > 0;
            }
            return !closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ArithmeticException e) {
            // A duration beyond Long.MAX_VALUE nanoseconds: wait until the server closes.
            try {
                closing.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
