package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginCommandTest {
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "654321"))
            .start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CliRun login(SecretReader console, String... args) {
        return login(console, new ScriptedSecrets(), Map.of(), args);
    }

    private CliRun login(SecretReader console, SecretReader stdin, Map<String, String> env, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "login";
        all[1] = "--base-url";
        all[2] = server.baseUri().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(console, stdin, env, all);
    }

    @Test
    void userWithoutTwoFactorLogsInWithThePasswordAlone() {
        ScriptedSecrets console = new ScriptedSecrets("correct horse");

        CliRun run = login(console, "--user", "alice");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(console.prompts()).containsExactly("Password for alice: ");
        assertThat(run.out())
                .contains("1/4 login as alice ... requiresOtp=false\n")
                .contains("2/4 provideOtp ...... not required\n")
                .containsPattern("3/4 getUser \\.{9} alice \\(userId \\d+\\)\\R")
                .containsPattern("(?m)^      email +alice@example\\.com$")
                .contains("4/4 logout .......... done\n")
                .doesNotContain("correct horse");
        assertThat(server.activeSessions()).isZero();
    }

    @Test
    void userWithTwoFactorIsAskedForTheOneTimePasswordAfterThePassword() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple", " 654321 ");

        CliRun run = login(console, "--user", "bob", "--transport", "httpclient5");

        assertThat(run.exitCode()).isZero();
        assertThat(console.prompts()).containsExactly("Password for bob: ", "One-time password: ");
        assertThat(run.out())
                .containsPattern("1/4 login as bob \\.{4} requiresOtp=true, OTP window closes at \\S+Z\\R")
                .contains("2/4 provideOtp ...... accepted\n")
                .containsPattern("(?m)^      userName +bob$")
                .contains("4/4 logout .......... done\n")
                .doesNotContain("battery staple")
                .doesNotContain("654321");
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isEqualTo(1);
    }

    @Test
    void otpStdinReadsTheOneTimePasswordFromStandardInput() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple");
        ScriptedSecrets stdin = new ScriptedSecrets("654321");

        CliRun run = login(console, stdin, Map.of(), "--user", "bob", "--otp-stdin", "--transport", "feign");

        assertThat(run.exitCode()).isZero();
        assertThat(console.prompts()).containsExactly("Password for bob: ");
        assertThat(stdin.prompts()).containsExactly("One-time password: ");
    }

    @Test
    void passwordAndOneTimePasswordArraysAreWipedAfterUse() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple", "654321");

        CliRun run = login(console, "--user", "bob");

        assertThat(run.exitCode()).isZero();
        assertThat(console.handedOut())
                .hasSize(2)
                .allSatisfy(secret -> assertThat(new String(secret)).matches("\0*"));
    }

    @Test
    void apiKeyIsReadFromTheNamedEnvironmentVariable() {
        CliRun run = login(
                new ScriptedSecrets("correct horse"),
                new ScriptedSecrets(),
                Map.of("I3D_TEST_KEY", "key-from-env"),
                "--user",
                "alice",
                "--api-key-env",
                "I3D_TEST_KEY");

        assertThat(run.exitCode()).isZero();
        assertThat(server.requests())
                .isNotEmpty()
                .allSatisfy(
                        request -> assertThat(request.header("PRIVATE-TOKEN")).hasValue("key-from-env"));
        assertThat(run.out()).doesNotContain("key-from-env");
    }

    @Test
    void unsetApiKeyVariableExitsTwoBeforeAskingForThePassword() {
        ScriptedSecrets console = new ScriptedSecrets("correct horse");

        CliRun run = login(console, "--user", "alice", "--api-key-env", "I3D_UNSET");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: environment variable I3D_UNSET (--api-key-env) is not set\n");
        assertThat(console.prompts()).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void wrongPasswordExitsOneWithTheClientsMessage() {
        CliRun run = login(new ScriptedSecrets("wrong"), "--user", "alice");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: login failed: invalid credentials (HTTP 401)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wrongOneTimePasswordExitsOneAndLogsOutThePendingSession() {
        CliRun run = login(new ScriptedSecrets("battery staple", "000000"), "--user", "bob");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: provideOTP failed: invalid one-time password (HTTP 401)\n");
        assertThat(run.out()).contains("1/4 login as bob").doesNotContain("2/4");
        assertThat(server.requestCount("POST", "/v3/session/logout")).isEqualTo(1);
        assertThat(server.activeSessions()).isZero();
    }

    @Test
    void malformedOneTimePasswordExitsTwo() {
        CliRun run = login(new ScriptedSecrets("battery staple", "12345x"), "--user", "bob");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: otp must be exactly six ASCII digits\n");
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isZero();
    }

    @Test
    void emptyPasswordExitsTwoWithoutCallingTheServer() {
        CliRun run = login(new ScriptedSecrets(""), "--user", "alice");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: password must not be empty\n");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void missingUserIsAUsageErrorThatExitsTwo() {
        ScriptedSecrets console = new ScriptedSecrets("correct horse");

        CliRun run = login(console);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Missing required option: '--user=NAME'")
                .contains("Usage: i3d-session login");
        assertThat(console.prompts()).isEmpty();
    }

    @Test
    void plainHttpToAHostThatIsNotLoopbackExitsTwoWithTheBuildersMessage() {
        ScriptedSecrets console = new ScriptedSecrets("correct horse");

        CliRun run = CliRun.of(
                console,
                new ScriptedSecrets(),
                Map.of(),
                "login",
                "--base-url",
                "http://api.example.com",
                "--user",
                "alice");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "error: baseUri http://api.example.com uses plain http to a host that is not"
                                + " loopback; use https, or call allowInsecureHttp() to send passwords and cookies unencrypted\n");
        assertThat(console.prompts()).isEmpty();
    }

    @Test
    void errorsShowAStackTraceOnlyWhenVerbose() {
        CliRun quiet = login(new ScriptedSecrets("wrong"), "--user", "alice");
        CliRun verbose = login(new ScriptedSecrets("wrong"), "--user", "alice", "--verbose");

        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err())
                .startsWith("error: login failed: invalid credentials (HTTP 401)\n")
                .contains("io.github.i3dsession.api.InvalidCredentialsException")
                .contains("\tat ");
    }

    @AfterEach
    void forgetVerboseLogging() {
        System.clearProperty(SessionCli.LIBRARY_LOG_LEVEL_PROPERTY);
    }
}
