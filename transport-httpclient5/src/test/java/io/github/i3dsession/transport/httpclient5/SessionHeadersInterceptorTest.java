package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

/** The application's own HttpClient 5 uses a SessionClient's session through the interceptor. */
class SessionHeadersInterceptorTest {

    @Test
    void anApplicationsOwnClientReachesAnotherEndpointWithTheSession() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "s3cret"))
                        .endpoint("GET", "/v3/host", 200, "[]")
                        .start();
                HttpClient5Transport transport = HttpClient5Transport.create();
                SessionClient session = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .apiKey("key-123")
                        .build();
                CloseableHttpClient http = HttpClients.custom()
                        .addRequestInterceptorFirst(SessionHeadersInterceptor.create(session))
                        .disableCookieManagement()
                        .build()) {
            HttpGet before = new HttpGet(server.baseUri().resolve("/v3/host"));
            int statusBefore = http.execute(before, response -> response.getCode());
            session.login(SessionLogin.of("alice", "s3cret"));

            int statusAfter = http.execute(new HttpGet(server.baseUri().resolve("/v3/host")), r -> r.getCode());

            assertThat(statusBefore).isEqualTo(401);
            assertThat(statusAfter).isEqualTo(200);
            assertThat(server.requests().get(server.requests().size() - 1).headers("PRIVATE-TOKEN"))
                    .containsExactly("key-123");
        }
    }
}
