package com.example.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against a fake i3D.net API with a two-factor account: only i3d.session.base-url and
 * i3d.session.auto-login.* are set, and the injected client reads the user.
 */
@SpringBootTest(properties = "spring.main.web-application-type=none")
class WhoAmIApplicationTest {
    /** RFC 6238's test secret, "12345678901234567890", raw and in base32. */
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final String SECRET_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    static final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withTotp("robot", "robot-password", SECRET))
            .start();

    @DynamicPropertySource
    static void sessionProperties(DynamicPropertyRegistry registry) {
        registry.add("i3d.session.base-url", () -> server.baseUri().toString());
        registry.add("i3d.session.auto-login.user-name", () -> "robot");
        registry.add("i3d.session.auto-login.password", () -> "robot-password");
        registry.add("i3d.session.auto-login.totp-secret", () -> SECRET_BASE32);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Autowired
    SessionClient client;

    @Test
    void theInjectedClientLogsInWithTheTotpCodeAndReadsTheUser() {
        assertThat(client.getUser().userName()).isEqualTo("robot");
        assertThat(server.loginCount()).isEqualTo(1);
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isEqualTo(1);
    }
}
