package io.github.i3dsession.docs.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the contract kit does not cover for the sample adapter: timeouts, refused connections, discovery. */
class UrlConnectionTransportTest {

    // BEGIN: adapter-special-case
    @Test
    void stalledServerEndsInTransportExceptionAfterTheRequestTimeout() {
        try (FakeSessionServer server = FakeSessionServer.builder().start();
                UrlConnectionTransport transport = UrlConnectionTransport.create();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .requestTimeout(Duration.ofMillis(300))
                        .retryPolicy(RetryPolicy.none())
                        .build()) {
            server.enqueue(
                    "/v3/session/user",
                    FakeResponse.builder()
                            .delayBeforeHeaders(Duration.ofSeconds(10))
                            .build());

            TransportException e = catchThrowableOfType(TransportException.class, client::getUser);

            assertThat(e.statusCode()).isZero();
            assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
        }
    }
    // END: adapter-special-case

    @Test
    void refusedLoginIsRetriedBecauseNothingWasSent() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (UrlConnectionTransport transport = UrlConnectionTransport.create();
                SessionClient client = SessionClient.builder()
                        .baseUri(closed)
                        .transport(transport)
                        .retryPolicy(RetryPolicy.builder()
                                .initialBackoff(Duration.ofMillis(1))
                                .maxBackoff(Duration.ofMillis(1))
                                .build())
                        .build()) {

            TransportException e = catchThrowableOfType(
                    TransportException.class, () -> client.login(SessionLogin.of("alice", "correct horse")));

            assertThat(e)
                    .hasMessageStartingWith("login POST " + closed + "/v3/session/login failed after 3 attempts:"
                            + " ConnectException");
            assertThat(e.getCause()).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void providerIsFoundByNameThroughTheServicesFile() {
        System.setProperty(SessionClientBuilder.TRANSPORT_PROPERTY, "urlconnection");
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "correct horse"))
                        .start();
                SessionClient client =
                        SessionClient.builder().baseUri(server.baseUri()).build()) {

            client.login(SessionLogin.of("alice", "correct horse"));

            assertThat(client.toString()).contains("transport=" + UrlConnectionTransport.class.getName() + "@");
            assertThat(client.getUser().userName()).isEqualTo("alice");
        } finally {
            System.clearProperty(SessionClientBuilder.TRANSPORT_PROPERTY);
        }
    }
}
