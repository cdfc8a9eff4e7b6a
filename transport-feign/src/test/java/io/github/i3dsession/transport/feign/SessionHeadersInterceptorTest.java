package io.github.i3dsession.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Feign;
import feign.RequestLine;
import feign.Response;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import org.junit.jupiter.api.Test;

/** The application's own Feign client uses a SessionClient's session through the interceptor. */
class SessionHeadersInterceptorTest {

    interface HostApi {
        @RequestLine("GET /v3/host")
        Response hosts();
    }

    @Test
    void anApplicationsOwnFeignClientReachesAnotherEndpointWithTheSession() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "s3cret"))
                        .endpoint("GET", "/v3/host", 200, "[]")
                        .start();
                FeignTransport transport = FeignTransport.create();
                SessionClient session = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            HostApi hosts = Feign.builder()
                    .requestInterceptor(SessionHeadersInterceptor.create(session))
                    .target(HostApi.class, server.baseUri().toString());
            int before;
            try (Response response = hosts.hosts()) {
                before = response.status();
            }
            session.login(SessionLogin.of("alice", "s3cret"));

            int after;
            try (Response response = hosts.hosts()) {
                after = response.status();
            }

            assertThat(before).isEqualTo(401);
            assertThat(after).isEqualTo(200);
        }
    }
}
