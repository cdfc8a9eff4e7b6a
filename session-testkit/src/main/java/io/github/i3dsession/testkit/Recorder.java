package io.github.i3dsession.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests and exchanges a {@link FakeSessionServer} has seen, in arrival order. Thread-safe. With recording
 * off (long benchmarks and load runs) only the per-endpoint counts are kept, so memory stays flat.
 */
final class Recorder {
    private final boolean keep;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<RecordedExchange> exchanges = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private int total;
    private int logins;

    Recorder(boolean keep) {
        this.keep = keep;
    }

    synchronized void request(RecordedRequest request) {
        total++;
        counts.merge(request.method().toUpperCase(java.util.Locale.ROOT) + " " + request.path(), 1, Integer::sum);
        if (keep) {
            requests.add(request);
        }
    }

    synchronized void exchange(RecordedExchange exchange) {
        RecordedRequest request = exchange.request();
        if (exchange.responseStatus() == 200
                && request.method().equalsIgnoreCase("POST")
                && request.path().equals(SessionEndpoints.LOGIN)) {
            logins++;
        }
        if (keep) {
            exchanges.add(exchange);
        }
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<RecordedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    synchronized int requestCount() {
        return total;
    }

    synchronized int requestCount(String method, String path) {
        return counts.getOrDefault(method.toUpperCase(java.util.Locale.ROOT) + " " + path, 0);
    }

    /** Logins answered 200 since the server started; {@link #clear()} keeps this count. */
    synchronized int loginCount() {
        return logins;
    }

    synchronized void clear() {
        requests.clear();
        exchanges.clear();
        counts.clear();
        total = 0;
    }
}
