package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start()) {
            for (int round = 0; round < 2; round++) {
                HttpClient5Transport t = HttpClient5Transport.create();
                long s0 = System.nanoTime();
                java.util.concurrent.CompletableFuture<TransportResponse> f = t.sendAsync(Requests.login(server.baseUri()).build());
                long s00 = System.nanoTime();
                try (TransportResponse r = HttpClient5TransportAsyncTest.await(f)) {
                    r.body().readAllBytes();
                }
                long s1 = System.nanoTime();
                t.close();
                System.out.println("PROBE sendAsync call ms " + (s00 - s0) / 1_000_000 + " total " + (s1 - s0) / 1_000_000);
            }
            for (int round = 0; round < 2; round++) {
                HttpClient5Transport t = HttpClient5Transport.create();
                long s0 = System.nanoTime();
                try (TransportResponse r = t.send(Requests.login(server.baseUri()).build())) {
                    r.body().readAllBytes();
                }
                System.out.println("PROBE sync total " + (System.nanoTime() - s0) / 1_000_000);
                t.close();
            }
        }
    }
}
