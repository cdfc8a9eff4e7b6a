package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpClient5TransportStreamingTest {
    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final PoolingHttpClientConnectionManager pool =
            PoolingHttpClientConnectionManagerBuilder.create().build();
    private final CloseableHttpClient application =
            HttpClients.custom().setConnectionManager(pool).build();
    private final HttpClient5Transport transport = HttpClient5Transport.create(application);

    @AfterEach
    void tearDown() throws IOException {
        transport.close();
        application.close();
        server.close();
    }

    @Test
    void sendReturnsBeforeTheBodyHasArrived() throws IOException {
        // The server promises 1 MiB, sends 1 KiB and hangs up: only a transport that streams can return.
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().largeBody(1 << 20).truncateAfter(1024).build());

        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.firstHeader("Content-Length")).hasValue(String.valueOf(1 << 20));
            InputStream body = response.body();

            assertThat(body.readNBytes(1024)).hasSize(1024);
            assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aLargeBodyIsReadIncrementallyAndClosingEarlyDropsTheConnectionUnread() throws IOException {
        server.enqueue(
                "/v3/session/user", FakeResponse.builder().largeBody(4L << 30).build());

        long start = System.nanoTime();
        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            InputStream body = response.body();
            for (int i = 0; i < 16; i++) {
                assertThat(body.readNBytes(4096)).hasSize(4096);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        // Reading the other 4 GiB to reuse the connection would take far longer, and leave it in the pool.
        assertThat(elapsed).isLessThan(Duration.ofSeconds(3));
        assertThat(stats().getLeased()).isZero();
        assertThat(stats().getAvailable()).isZero();
    }

    @Test
    void aBodyReadToTheEndLeavesItsConnectionInThePool() throws IOException {
        try (TransportResponse response =
                transport.send(Requests.login(server.baseUri()).build())) {
            assertThat(response.body().readAllBytes()).isNotEmpty();
        }
        assertThat(stats().getLeased()).isZero();
        assertThat(stats().getAvailable()).isEqualTo(1);

        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            response.body().readAllBytes();
        }
        assertThat(stats().getAvailable()).isEqualTo(1);
    }

    private PoolStats stats() {
        return pool.getTotalStats();
    }
}
