package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HttpClient5TransportFailureTest {
    private static final Duration MARGIN = Duration.ofSeconds(3);

    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final HttpClient5Transport transport = HttpClient5Transport.create();

    @AfterEach
    void tearDown() {
        Thread.interrupted();
        transport.close();
        server.close();
    }

    @Test
    void aStalledServerTimesOutWithinTheRequestTimeout() {
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder().delayBeforeHeaders(Duration.ofMinutes(1)).build());
        Duration timeout = Duration.ofMillis(500);
        TransportRequest request =
                Requests.getUser(server.baseUri()).timeout(timeout).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> transport.send(request)).isInstanceOf(SocketTimeoutException.class);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isGreaterThanOrEqualTo(timeout.minusMillis(50)).isLessThan(timeout.plus(MARGIN));
    }

    @Test
    void aRefusedConnectionIsAnIOException() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        assertThatThrownBy(() -> transport.send(Requests.getUser(closedPort).build()))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining(String.valueOf(closedPort.getPort()));
    }

    @Test
    void theRequestsConnectTimeoutBoundsAConnectionThatIsNeverAccepted() throws IOException {
        try (FullBacklog listener = FullBacklog.open()) {
            Duration connectTimeout = Duration.ofMillis(300);
            TransportRequest request = Requests.getUser(listener.uri())
                    .connectTimeout(connectTimeout)
                    .timeout(Duration.ofSeconds(30))
                    .build();

            long start = System.nanoTime();
            assertThatThrownBy(() -> transport.send(request)).isInstanceOf(SocketTimeoutException.class);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(elapsed).isLessThan(connectTimeout.plus(MARGIN));
        }
    }

    @Test
    void theRequestsConnectTimeoutBoundsAnAsyncConnectionThatIsNeverAccepted() throws IOException {
        try (FullBacklog listener = FullBacklog.open()) {
            Duration connectTimeout = Duration.ofMillis(300);
            TransportRequest request = Requests.getUser(listener.uri())
                    .connectTimeout(connectTimeout)
                    .timeout(Duration.ofSeconds(30))
                    .build();

            long start = System.nanoTime();
            Throwable failure = HttpClient5TransportAsyncTest.failureOf(transport.sendAsync(request));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isInstanceOf(SocketTimeoutException.class);
            assertThat(elapsed).isLessThan(connectTimeout.plus(MARGIN));
        }
    }

    @Test
    void anExhaustedPoolFailsOnceTheRequestTimeoutHasPassed() throws IOException {
        try (HttpClient5Transport single =
                        HttpClient5Transport.builder().maxConnections(1).build();
                TransportResponse holdsTheOnlyConnection =
                        single.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(holdsTheOnlyConnection.statusCode()).isEqualTo(404);
            TransportRequest request = Requests.getUser(server.baseUri())
                    .timeout(Duration.ofMillis(300))
                    .build();

            assertThatThrownBy(() -> single.send(request)).isInstanceOf(InterruptedIOException.class);
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anInterruptedThreadGetsAnInterruptedIOExceptionAndKeepsItsFlag() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(
                        () -> transport.send(Requests.getUser(server.baseUri()).build()))
                .isExactlyInstanceOf(InterruptedIOException.class)
                .hasMessage("interrupted before sending GET " + server.baseUri() + "/v3/session/user");
        assertThat(Thread.interrupted()).isTrue();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aRuntimeExceptionOfTheClientBecomesAnIOExceptionNamingTheUri() throws IOException {
        CloseableHttpClient closedByTheApplication = HttpClients.createDefault();
        closedByTheApplication.close();
        HttpClient5Transport shared = HttpClient5Transport.create(closedByTheApplication);
        TransportRequest request = Requests.getUser(server.baseUri()).build();

        assertThatThrownBy(() -> shared.send(request))
                .isExactlyInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot send GET " + request.uri() + ": ")
                .hasCauseInstanceOf(RuntimeException.class);
    }

    /**
     * A listening socket whose accept queue is full and never drained: the kernel drops further SYNs, so a
     * connect to it hangs until the client's connect timeout. Loopback only.
     */
    private static final class FullBacklog implements AutoCloseable {
        private final ServerSocket listener;
        private final List<Socket> queued = new ArrayList<>();

        private FullBacklog(ServerSocket listener) {
            this.listener = listener;
        }

        static FullBacklog open() throws IOException {
            FullBacklog backlog = new FullBacklog(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            for (int i = 0; i < 16; i++) {
                Socket socket = new Socket();
                try {
                    socket.connect(backlog.listener.getLocalSocketAddress(), 200);
                    backlog.queued.add(socket);
                } catch (SocketTimeoutException full) {
                    socket.close();
                    return backlog;
                }
            }
            backlog.close();
            return Assumptions.abort("this system accepts connections beyond the listen backlog");
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + listener.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            for (Socket socket : queued) {
                socket.close();
            }
            listener.close();
        }
    }
}
