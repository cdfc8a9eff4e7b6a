package io.github.i3dsession.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Feign;
import feign.hc5.ApacheHttp5Client;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

/** Compiles and runs the usage example of {@link FeignTransport}'s class documentation. */
class FeignTransportExampleTest {

    @Test
    void theDocumentedExampleLogsInAndReadsTheUser() throws IOException {
        try (FakeSessionServer server = FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start()) {
            SessionUser user = example(server.baseUri(), "pw");

            assertThat(user.userName()).isEqualTo("alice");
            assertThat(server.requests()).allSatisfy(request -> assertThat(request.header("X-Request-Id")).isPresent());
        }
    }

    private static SessionUser example(URI baseUri, String password) throws IOException {
        // BEGIN: FeignTransport class example
        try (CloseableHttpClient httpClient = HttpClients.custom()
                        .disableCookieManagement() // session cookies belong to each SessionClient
                        .disableAutomaticRetries() // the core decides what may be sent again
                        .build();
                FeignTransport transport = FeignTransport.create(Feign.builder()
                        .client(new ApacheHttp5Client(httpClient))
                        .requestInterceptor(template -> template.header("X-Request-Id", UUID.randomUUID().toString())));
                SessionClient client = SessionClient.builder().baseUri(baseUri).transport(transport).build()) {
            client.login(SessionLogin.of("alice", password));
            return client.getUser();
        }
        // END: FeignTransport class example
    }
}
