package io.github.i3dsession.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.http2client.Http2Client;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@link FeignTransport} throws when no response arrives: always an {@link IOException}, never Feign's. */
class FeignTransportFailureTest {

    @Test
    void aLoginToAServerThatResetsTheConnectionIsSentExactlyOnce() throws Exception {
        try (ResettingServer server = new ResettingServer();
                FeignTransport transport = FeignTransport.create()) {
            assertThatThrownBy(() -> transport.send(Requests.login(server.baseUri(), "alice", "pw")))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(feign.FeignException.class);

            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aLoginOverTheJdkHttpClientToAResettingServerIsSentExactlyOnce() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ResettingServer server = new ResettingServer();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new Http2Client(http)))) {
            assertThatThrownBy(() -> transport.send(Requests.login(server.baseUri(), "alice", "pw")))
                    .isInstanceOf(IOException.class);

            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aStalledServerTimesOutWithinTheRequestTimeout() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().start();
                FeignTransport transport = FeignTransport.create()) {
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(200)
                            .delayBeforeHeaders(Duration.ofSeconds(30))
                            .build());
            TransportRequest request = Requests.builder(server.baseUri(), SessionOperation.GET_USER)
                    .timeout(Duration.ofMillis(500))
                    .build();

            long start = System.nanoTime();
            assertThatThrownBy(() -> transport.send(request)).isInstanceOf(SocketTimeoutException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isBetween(Duration.ofMillis(400), Duration.ofMillis(500 + 2000));
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedConnectionIsTheClientsConnectException() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (FeignTransport transport = FeignTransport.create()) {
            assertThatThrownBy(() -> transport.send(Requests.getUser(closedPort)))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aRefusedConnectionIsTheSameExceptionUnderTheUnwrapPropagationPolicy() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        Feign.Builder builder = Feign.builder().exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP);
        try (FeignTransport transport = FeignTransport.create(builder)) {
            assertThatThrownBy(() -> transport.send(Requests.getUser(closedPort)))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aSuccessfulBodyCutOffMidwayFailsWhenTheCoreReadsIt() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().start();
                FeignTransport transport = FeignTransport.create()) {
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(200)
                            .largeBody(100_000)
                            .truncateAfter(1000)
                            .build());

            try (TransportResponse response = transport.send(Requests.getUser(server.baseUri()))) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThatThrownBy(() -> response.body().readAllBytes()).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void anErrorBodyCutOffMidwayIsAnIoExceptionFromSend() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().start();
                FeignTransport transport = FeignTransport.create()) {
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(500)
                            .largeBody(100_000)
                            .truncateAfter(1000)
                            .build());

            assertThatThrownBy(() -> transport.send(Requests.getUser(server.baseUri())))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void anInterruptedSendThrowsInterruptedIoExceptionAndKeepsTheFlag() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (FakeSessionServer server = FakeSessionServer.builder().start();
                FeignTransport transport = FeignTransport.create(Feign.builder().client(new Http2Client(http)))) {
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .status(200)
                            .delayBeforeHeaders(Duration.ofSeconds(30))
                            .build());

            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> transport.send(Requests.getUser(server.baseUri())))
                        .isInstanceOf(InterruptedIOException.class)
                        .hasMessage("Interrupted while sending GET " + server.baseUri() + "/v3/session/user");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void aFeignFailureWithoutAnIoCauseBecomesAnIoExceptionNamingTheUri() throws Exception {
        Feign.Builder builder = Feign.builder().requestInterceptor(template -> {
            throw new IllegalStateException("interceptor broke");
        });
        try (FakeSessionServer server = FakeSessionServer.builder().start();
                FeignTransport transport = FeignTransport.create(builder)) {
            assertThatThrownBy(() -> transport.send(Requests.getUser(server.baseUri())))
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("Feign failed to send GET " + server.baseUri()
                            + "/v3/session/user: java.lang.IllegalStateException: interceptor broke")
                    .hasCauseInstanceOf(IllegalStateException.class);
            assertThat(server.requestCount()).isZero();
        }
    }
}
