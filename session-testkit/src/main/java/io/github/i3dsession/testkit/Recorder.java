package io.github.i3dsession.testkit;

import java.util.ArrayList;
import java.util.List;

/** The requests and exchanges a {@link FakeSessionServer} has seen, in arrival order. Thread-safe. */
final class Recorder {
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<RecordedExchange> exchanges = new ArrayList<>();

  synchronized void request(RecordedRequest request) {
    requests.add(request);
  }

  synchronized void exchange(RecordedExchange exchange) {
    exchanges.add(exchange);
  }

  synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized List<RecordedExchange> exchanges() {
    return List.copyOf(exchanges);
  }

  synchronized int requestCount() {
    return requests.size();
  }

  synchronized int requestCount(String method, String path) {
    int count = 0;
    for (RecordedRequest request : requests) {
      if (request.method().equalsIgnoreCase(method) && request.path().equals(path)) {
        count++;
      }
    }
    return count;
  }

  synchronized void clear() {
    requests.clear();
    exchanges.clear();
  }
}
