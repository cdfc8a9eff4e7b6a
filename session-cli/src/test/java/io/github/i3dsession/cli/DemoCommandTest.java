package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoCommandTest {

    @ParameterizedTest
    @EnumSource(TransportChoice.class)
    void demoRunsTheWholeFlowOverEachTransport(TransportChoice transport) {
        CliRun run = CliRun.of("demo", "--transport", transport.name());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("transport " + transport.name())
                .containsPattern("1/4 login as demo \\.\\.\\. requiresOtp=true, OTP window closes at "
                        + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\R")
                .contains("2/4 provideOtp ...... accepted\n")
                .containsPattern("3/4 getUser \\.{9} demo \\(userId \\d+\\)\\R")
                .contains("4/4 logout .......... done\n");
        assertThat(run.out().indexOf("1/4")).isLessThan(run.out().indexOf("2/4"));
        assertThat(run.out().indexOf("2/4")).isLessThan(run.out().indexOf("3/4"));
        assertThat(run.out().indexOf("3/4")).isLessThan(run.out().indexOf("4/4"));
    }

    @ParameterizedTest
    @EnumSource(TransportChoice.class)
    void demoNeverPrintsThePasswordOrTheOneTimePasswordNotEvenInVerboseLogs(TransportChoice transport) {
        // slf4j-simple writes to whatever System.err is at the time of each log call.
        PrintStream original = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            run = CliRun.of("--verbose", "demo", "--transport", transport.name());
        } finally {
            System.setErr(original);
            System.clearProperty(SessionCli.LIBRARY_LOG_LEVEL_PROPERTY);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.out() + run.err() + logs.toString(StandardCharsets.UTF_8))
                .doesNotContain("demo-password")
                .doesNotContain("123456");
    }

    @Test
    void demoPrintsEveryFieldOfTheUserWithTypedViews() {
        CliRun run = CliRun.of("demo");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^    user$")
                .containsPattern("(?m)^      userName +demo$")
                .containsPattern("(?m)^      email +demo@example\\.com$")
                .containsPattern("(?m)^      accessLevel +REGULAR \\(10\\)$")
                .containsPattern("(?m)^      validateEmail +YES \\(1\\)$")
                .containsPattern("(?m)^      isTrialAccount +YES \\(1\\)$")
                .containsPattern("(?m)^      trialAccountExpirationDate +2030-12-31$")
                .containsPattern("(?m)^      requestIpCountryCode +NL$")
                .containsPattern("(?m)^    details$")
                .containsPattern("(?m)^      accountType +BUSINESS \\(2\\)$")
                .containsPattern("(?m)^      companyName +Example Game Hosting B\\.V\\.$")
                .containsPattern("(?m)^      unconfirmedEmail +demo\\.new@example\\.com, link expires \\S+Z$")
                .containsPattern("(?m)^      emailAddressValidated +YES \\(1\\)$")
                .containsPattern("(?m)^      language +DUTCH \\(1\\)$")
                .containsPattern("(?m)^      agreeDpa +YES \\(1\\)$")
                .containsPattern("(?m)^      isAllowedFlexMetal +YES \\(1\\)$")
                .containsPattern("(?m)^    billingDetails$")
                .containsPattern("(?m)^      address +Coolsingel$")
                .containsPattern("(?m)^      emailAddressBilling +billing@example\\.com$")
                .containsPattern("(?m)^      receivePaymentConfirmationsViaEmail +YES \\(1\\)$")
                .containsPattern("(?m)^      preferredPaymentMethod +3$");
    }

    @Test
    void demoWorksWhenTheServerWrapsObjectsInArrays() {
        CliRun run = CliRun.of("demo", "--wrap-arrays", "--transport", "feign");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("objects wrapped in arrays").contains("4/4 logout .......... done");
    }

    @Test
    void unknownTransportIsAUsageError() {
        CliRun run = CliRun.of("demo", "--transport", "okhttp");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("Invalid value for option '--transport': expected one of [jdk, httpclient5, feign]"
                        + " (case-sensitive) but was 'okhttp'")
                .contains("Usage: i3d-session demo");
    }
}
