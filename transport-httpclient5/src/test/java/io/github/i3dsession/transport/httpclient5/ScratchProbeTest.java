package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        int hangs = 0;
        for (int i = 0; i < 100; i++) {
            try (FakeSessionServer server = FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
                 HttpClient5Transport t = HttpClient5Transport.create()) {
                try (TransportResponse r = t.send(Requests.login(server.baseUri()).build())) { r.body().readAllBytes(); }
                CompletableFuture<TransportResponse> f = t.sendAsync(Requests.login(server.baseUri()).build());
                try (TransportResponse r = f.get(2, TimeUnit.SECONDS)) { r.body().readAllBytes(); }
                catch (java.util.concurrent.TimeoutException e) {
                    hangs++;
                    System.out.println("PROBE hang at " + i + " server requests: " + server.requests().size() + " " + server.requests());
                    for (var en : Thread.getAllStackTraces().entrySet()) {
                        if (en.getKey().getName().startsWith("requester") || en.getKey().getName().startsWith("fake") || en.getKey().getName().startsWith("HTTP")) {
                            System.out.println("PROBE thread " + en.getKey().getName());
                            for (var el : en.getValue()) System.out.println("PROBE    " + el);
                        }
                    }
                    try (TransportResponse r = f.get(15, TimeUnit.SECONDS)) { System.out.println("PROBE late " + r); }
                    catch (Exception e2) { System.out.println("PROBE late failure " + e2); }
                    if (hangs > 1) break;
                }
            }
        }
        System.out.println("PROBE hangs " + hangs);
    }
}
