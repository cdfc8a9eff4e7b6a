package io.github.i3dsession.api;

import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A hand-written transport fake: answers from a script and records what it was asked to send. */
final class ScriptedTransport implements SessionTransport {
    interface Step {
        TransportResponse answer(TransportRequest request) throws IOException;
    }

    final List<TransportRequest> sent = new ArrayList<>();
    private final Deque<Step> script = new ArrayDeque<>();
    boolean closed;

    ScriptedTransport then(Step step) {
        script.add(step);
        return this;
    }

    ScriptedTransport thenStatus(int status, String json, String... headerPairs) {
        return then(request -> response(status, json, headerPairs));
    }

    ScriptedTransport thenFail(IOException failure) {
        return then(request -> {
            throw failure;
        });
    }

    static TransportResponse response(int status, String json, String... headerPairs) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.computeIfAbsent(headerPairs[i], k -> new ArrayList<>()).add(headerPairs[i + 1]);
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        return TransportResponse.of(status, headers, new ByteArrayInputStream(body));
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) throws IOException {
        sent.add(request);
        Step step = script.poll();
        if (step == null) {
            throw new AssertionError("unscripted request " + request);
        }
        return step.answer(request);
    }

    @Override
    public void close() {
        closed = true;
    }
}
