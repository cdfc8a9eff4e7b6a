package io.github.i3dsession.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The API key, password and TOTP secret stay hidden in the actuator's configprops and env endpoints, whether they
 * show values or not, and in the properties' toString(); the other properties stay visible where values are shown.
 */
class SecretsAreNeverShownTest {
    private static final String PASSWORD = "pw-Zq8xJ3vN1";
    private static final String API_KEY = "key-Ap1K3yV4lue";
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SessionClientAutoConfiguration.class))
            .withPropertyValues(
                    "i3d.session.base-url=https://api.i3d.net",
                    "i3d.session.transport=jdk",
                    "i3d.session.api-key=" + API_KEY,
                    "i3d.session.auto-login.user-name=robot",
                    "i3d.session.auto-login.password=" + PASSWORD,
                    "i3d.session.auto-login.totp-secret=" + TOTP_SECRET);

    @Test
    void configpropsShowingValuesMasksTheSecretsOnly() {
        runner.run(context -> {
            Map<String, Object> shown = properties(context, Show.ALWAYS);

            assertThat(shown).containsEntry("apiKey", "******").containsEntry("baseUrl", "https://api.i3d.net");
            assertThat(shown.get("autoLogin"))
                    .isEqualTo(Map.of("userName", "robot", "password", "******", "totpSecret", "******"));
            assertThat(shown.toString()).doesNotContain(PASSWORD, API_KEY, TOTP_SECRET);
        });
    }

    @Test
    void configpropsByDefaultMasksEverything() {
        runner.run(context -> assertThat(properties(context, Show.NEVER).toString())
                .doesNotContain(PASSWORD, API_KEY, TOTP_SECRET, "robot"));
    }

    @Test
    void envShowingValuesMasksTheSecretsOnly() {
        runner.run(context -> {
            EnvironmentEndpoint env = new EnvironmentEndpoint(
                    context.getEnvironment(),
                    context.getBeanProvider(SanitizingFunction.class)
                            .orderedStream()
                            .toList(),
                    Show.ALWAYS);

            assertThat(value(env, "i3d.session.auto-login.password")).isEqualTo("******");
            assertThat(value(env, "i3d.session.auto-login.totp-secret")).isEqualTo("******");
            assertThat(value(env, "i3d.session.api-key")).isEqualTo("******");
            assertThat(value(env, "i3d.session.auto-login.user-name")).isEqualTo("robot");
        });
    }

    @Test
    void toStringNamesNoSecret() {
        runner.run(
                context -> assertThat(context.getBean(SessionProperties.class).toString())
                        .contains("robot", "https://api.i3d.net")
                        .doesNotContain(PASSWORD, API_KEY, TOTP_SECRET));
    }

    @Test
    void theSecretKeysAreRecognisedInEveryFormSpringUses() {
        assertThat(SecretProperties.isSecret("i3d.session.api-key")).isTrue();
        assertThat(SecretProperties.isSecret("i3d.session.apiKey")).isTrue();
        assertThat(SecretProperties.isSecret("I3D_SESSION_AUTO_LOGIN_PASSWORD")).isTrue();
        assertThat(SecretProperties.isSecret("i3d.session.autoLogin.totpSecret"))
                .isTrue();
        assertThat(SecretProperties.isSecret("i3d.session.auto-login.user-name"))
                .isFalse();
        assertThat(SecretProperties.isSecret("spring.datasource.password")).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(AssertableApplicationContext context, Show show) {
        ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
                context.getBeanProvider(SanitizingFunction.class)
                        .orderedStream()
                        .toList(),
                show);
        endpoint.setApplicationContext(context);
        ConfigurationPropertiesBeanDescriptor bean =
                endpoint.configurationPropertiesWithPrefix("i3d.session").getContexts().values().stream()
                        .flatMap(c -> c.getBeans().values().stream())
                        .filter(b -> b.getPrefix().equals("i3d.session"))
                        .findFirst()
                        .orElseThrow();
        return bean.getProperties();
    }

    private static Object value(EnvironmentEndpoint env, String name) {
        return env.environmentEntry(name).getProperty().getValue();
    }
}
