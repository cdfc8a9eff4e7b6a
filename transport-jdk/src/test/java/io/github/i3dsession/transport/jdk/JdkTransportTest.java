package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/**
 * What only the JDK adapter does: guarding the application's client, owning and closing its own, and ending a
 * blocking send without leaving an interrupt behind.
 */
class JdkTransportTest {

    @Test
    void applicationClientWithACookieHandlerIsRefusedBecauseItWouldMixSessions() {
        HttpClient shared =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        assertThatThrownBy(() -> JdkTransport.create(shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("httpClient must not have a CookieHandler: session cookies are kept per SessionClient,"
                        + " and a shared cookie handler would mix sessions");
    }

    @Test
    void applicationClientThatFollowsRedirectsIsRefused() {
        HttpClient shared = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        assertThatThrownBy(() -> JdkTransport.create(shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("httpClient must use HttpClient.Redirect.NEVER");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> JdkTransport.create(null)).hasMessage("httpClient");
        assertThatThrownBy(() -> JdkTransport.builder().connectTimeout(null)).hasMessage("connectTimeout");
        assertThatThrownBy(() -> JdkTransport.builder().connectTimeout(Duration.ZERO))
                .hasMessage("connectTimeout must be positive: PT0S");
    }

    @Test
    void applicationClientStaysUsableAfterTheTransportIsClosed() throws Exception {
        HttpClient shared = HttpClient.newHttpClient();
        try (FakeSessionServer server =
                FakeSessionServer.builder().user(FakeUser.withoutOtp("a", "pw")).start()) {
            JdkTransport transport = JdkTransport.create(shared);
            try (SessionClient client = SessionClient.builder()
                    .baseUri(server.baseUri())
                    .transport(transport)
                    .build()) {
                client.login(SessionLogin.of("a", "pw"));
            }
            transport.close();

            TransportRequest request = TransportRequest.builder(
                            SessionOperation.GET_USER, URI.create(server.baseUri() + "/v3/session/user"))
                    .build();
            try (TransportResponse response = JdkTransport.create(shared).send(request)) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void ownClientRefusesToSendAfterClose() {
        JdkTransport transport = JdkTransport.create();
        transport.close();
        transport.close();

        assertThatThrownBy(() -> transport.send(TransportRequest.builder(
                                SessionOperation.GET_USER, URI.create("http://127.0.0.1:9/v3/session/user"))
                        .build()))
                .isInstanceOf(IOException.class);
        assertThat(transport.toString()).isEqualTo("JdkTransport{own HttpClient, closed}");
    }

    @Test
    void discoveredTransportIsTheJdkOneAndIsOwnedByTheClient() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("a", "pw"))
                        .start();
                SessionClient client =
                        SessionClient.builder().baseUri(server.baseUri()).build()) {
            client.login(SessionLogin.of("a", "pw"));

            assertThat(client.toString()).contains("transport=JdkTransport{own HttpClient}");
        }
    }

    @Test
    void anAbortThatComesJustAfterTheResponseLeavesNoInterruptOnTheCaller() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().start()) {
            AbortSignal signal = AbortSignal.create();
            // The abort lands after HttpClient.send has returned but before the transport has finished with its wait:
            // the blocking send ends its wait by interrupting the caller, and must take that interrupt back.
            HttpClient abortsAfterSend = new DelegatingHttpClient(HttpClient.newHttpClient()) {
                @Override
                public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                        throws IOException, InterruptedException {
                    HttpResponse<T> response = super.send(request, handler);
                    signal.abort();
                    return response;
                }
            };
            TransportRequest request = TransportRequest.builder(
                            SessionOperation.GET_USER, URI.create(server.baseUri() + "/v3/session/user"))
                    .abortSignal(signal)
                    .build();

            try (TransportResponse response =
                    JdkTransport.create(abortsAfterSend).send(request)) {
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(Thread.currentThread().isInterrupted())
                        .as("the caller's interrupt flag after the send")
                        .isFalse();
            } finally {
                // Never hand a stray interrupt to the next test on this thread.
                Thread.interrupted();
            }
        }
    }

    /** An application's own {@link HttpClient} that hands every call to another one. */
    private static class DelegatingHttpClient extends HttpClient {
        private final HttpClient delegate;

        DelegatingHttpClient(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return delegate.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return delegate.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return delegate.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return delegate.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return delegate.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return delegate.authenticator();
        }

        @Override
        public Version version() {
            return delegate.version();
        }

        @Override
        public Optional<Executor> executor() {
            return delegate.executor();
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            return delegate.send(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request,
                HttpResponse.BodyHandler<T> handler,
                HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
            return delegate.sendAsync(request, handler, pushPromiseHandler);
        }
    }
}
