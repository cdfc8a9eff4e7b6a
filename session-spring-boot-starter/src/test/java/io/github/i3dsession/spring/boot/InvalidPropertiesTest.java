package io.github.i3dsession.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A property the client cannot be built with stops the context with a report naming that property. */
class InvalidPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SessionClientAutoConfiguration.class))
            .withPropertyValues("i3d.session.transport=jdk");

    private FailureAnalysis analysisOf(String... properties) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            analysis[0] = new SessionPropertyFailureAnalyzer().analyze(context.getStartupFailure());
        });
        assertThat(analysis[0]).as("analysis").isNotNull();
        return analysis[0];
    }

    @Test
    void aBaseUrlThatIsNotHttpIsReportedByName() {
        FailureAnalysis analysis = analysisOf("i3d.session.base-url=ftp://files.example");

        assertThat(analysis.getDescription())
                .isEqualTo("The i3D.net session client could not be configured: i3d.session.base-url is not usable:"
                        + " baseUri must be an absolute http or https URI: ftp://files.example.");
        assertThat(analysis.getAction())
                .isEqualTo("Set i3d.session.base-url to an absolute https URL such as https://api.i3d.net"
                        + " (plain http only to a loopback host).");
    }

    @Test
    void plainHttpToAnotherHostIsReportedByName() {
        assertThat(analysisOf("i3d.session.base-url=http://api.example.com").getDescription())
                .startsWith("The i3D.net session client could not be configured: i3d.session.base-url is not usable:"
                        + " baseUri http://api.example.com uses plain http");
    }

    @Test
    void aBaseUrlWithUserInfoIsReportedWithoutIt() {
        FailureAnalysis analysis = analysisOf("i3d.session.base-url=https://bob:pw-Secret9@api.i3d.net");

        assertThat(analysis.getDescription())
                .contains("i3d.session.base-url must not contain user info")
                .doesNotContain("pw-Secret9");
    }

    @Test
    void aRequestTimeoutLongerThanTheCallTimeoutIsReportedByName() {
        assertThat(analysisOf("i3d.session.request-timeout=2m", "i3d.session.call-timeout=1m")
                        .getDescription())
                .contains("i3d.session.request-timeout (PT2M) is longer than i3d.session.call-timeout (PT1M)");
    }

    @Test
    void aZeroConnectTimeoutIsReportedByName() {
        assertThat(analysisOf("i3d.session.connect-timeout=0s").getDescription())
                .contains("i3d.session.connect-timeout must be positive (was PT0S)");
    }

    @Test
    void aUserNameWithoutPasswordIsReportedByName() {
        assertThat(analysisOf("i3d.session.auto-login.user-name=robot").getDescription())
                .contains("i3d.session.auto-login.password is not set, but i3d.session.auto-login.user-name is");
    }

    @Test
    void aPasswordWithoutUserNameIsReportedByName() {
        assertThat(analysisOf("i3d.session.auto-login.password=pw-Zq8xJ3vN1").getDescription())
                .contains("i3d.session.auto-login.user-name is not set")
                .doesNotContain("pw-Zq8xJ3vN1");
    }

    @Test
    void aTotpSecretThatIsNotBase32IsReportedWithoutIt() {
        FailureAnalysis analysis = analysisOf(
                "i3d.session.auto-login.user-name=robot",
                "i3d.session.auto-login.password=pw-Zq8xJ3vN1",
                "i3d.session.auto-login.totp-secret=NOT-BASE32-189!");

        assertThat(analysis.getDescription())
                .contains("i3d.session.auto-login.totp-secret is not a usable base32 TOTP secret")
                .doesNotContain("NOT-BASE32-189!")
                .doesNotContain("pw-Zq8xJ3vN1");
    }

    @Test
    void theAnalyzerIsRegisteredWithSpringBoot() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(
                        getClass().getClassLoader())
                // Spring Boot's own analyzers need constructor arguments a bare loader cannot give: skip them.
                .load(FailureAnalyzer.class, (type, name, failure) -> {
                    if (name.startsWith("io.github.i3dsession")) {
                        throw new AssertionError("cannot instantiate " + name, failure);
                    }
                });

        assertThat(analyzers).hasAtLeastOneElementOfType(SessionPropertyFailureAnalyzer.class);
    }
}
