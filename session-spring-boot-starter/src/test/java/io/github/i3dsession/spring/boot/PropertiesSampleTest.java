package io.github.i3dsession.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application.properties that docs/spring-boot.md shows starts a client that logs a TOTP account in. */
class PropertiesSampleTest {
    private static final Path SAMPLE = Path.of("../docs/src/test/resources/spring-boot/application.properties");

    @Test
    void theDocumentedPropertiesLogATotpAccountIn() throws IOException {
        Properties sample = new Properties();
        try (Reader reader = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
            sample.load(reader);
        }
        List<String> values = new ArrayList<>();
        sample.forEach((key, value) -> values.add(key + "=" + value));

        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withTotp(
                        "robot",
                        SessionClientAutoConfigurationTest.PASSWORD,
                        "12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .start()) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(SessionClientAutoConfiguration.class))
                    .withPropertyValues(values.toArray(new String[0]))
                    // The environment the sample reads its secrets from, and the fake server instead of the live API.
                    .withPropertyValues(
                            "I3D_USER=robot",
                            "I3D_PASSWORD=" + SessionClientAutoConfigurationTest.PASSWORD,
                            "I3D_TOTP_SECRET=" + SessionClientAutoConfigurationTest.TOTP_SECRET,
                            "i3d.session.base-url=" + server.baseUri())
                    .run(context -> assertThat(context.getBean(SessionClient.class)
                                    .getUser()
                                    .userName())
                            .isEqualTo("robot"));
        }
    }
}
