package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 32;
    private static final int ROUNDS = 10;

    @Test
    void thirtyTwoClientsLogInReadAndLogOutConcurrently() throws Exception {
        FakeSessionServer.Builder builder = FakeSessionServer.builder();
        for (int t = 0; t < THREADS; t++) {
            builder.user(
                    t % 2 == 0
                            ? FakeUser.withoutOtp("user" + t, "pw" + t)
                            : FakeUser.withOtp("user" + t, "pw" + t, "123456"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (FakeSessionServer server = builder.start()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int n = t;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int r = 0; r < ROUNDS; r++) {
                        RawClient client = new RawClient(server);
                        boolean login = client.login("user" + n, "pw" + n).statusCode() == 200;
                        boolean otp = n % 2 == 0 || client.otp("123456").statusCode() == 204;
                        boolean user = client.user().body().contains("\"userName\":\"user" + n + "\"");
                        boolean logout = client.logout().statusCode() == 204;
                        ok += login && otp && user && logout ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(ROUNDS);
            }

            assertThat(server.activeSessions()).isZero();
            assertThat(server.requestCount()).isEqualTo(THREADS * ROUNDS * 3 + THREADS / 2 * ROUNDS);
            assertThat(server.exchanges()).hasSize(server.requestCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepAliveRequestsDoNotStallOnDelayedAcks() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "pw");
            client.user();

            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                client.user();
            }

            // With Nagle's algorithm and delayed ACKs each exchange would take about 40 ms: 4 s in all.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
