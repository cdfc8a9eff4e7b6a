package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "654321"))
            .start();

    @TempDir
    Path home;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CliRun login(SecretReader console, String... args) {
        return login(console, new ScriptedSecrets(), Map.of(), args);
    }

    private CliRun login(SecretReader console, SecretReader stdin, Map<String, String> env, String... args) {
        Map<String, String> withHome = new HashMap<>(env);
        withHome.put(SessionFiles.HOME_VARIABLE, home.toString());
        String[] all = new String[args.length + 3];
        all[0] = "login";
        all[1] = "--base-url";
        all[2] = server.baseUri().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(console, stdin, withHome, all);
    }

    @Test
    void noStoreUserWithoutTwoFactorLogsInWithThePasswordAloneAndLogsOut() {
        ScriptedSecrets console = new ScriptedSecrets("correct horse");

        CliRun run = login(console, "--user", "alice", "--no-store");

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
    void noStoreUserWithTwoFactorIsAskedForTheOneTimePasswordAfterThePassword() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple", " 654321 ");

        CliRun run = login(console, "--user", "bob", "--transport", "httpclient5", "--no-store");

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
    void wrongPasswordExitsThreeWithTheClientsMessage() {
        CliRun run = login(new ScriptedSecrets("wrong"), "--user", "alice");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("error: login failed: invalid credentials (HTTP 401)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void threeWrongOneTimePasswordsExitThreeAndLogOutThePendingSession() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple", "000000", "111111", "222222");

        CliRun run = login(console, "--user", "bob", "--no-store");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .endsWith("error: provideOTP failed: invalid one-time password (HTTP 401)\n")
                .contains("That one-time password was not accepted; try again (2 attempts left).\n")
                .contains("That one-time password was not accepted; try again (1 attempt left).\n");
        assertThat(console.prompts())
                .containsExactly(
                        "Password for bob: ", "One-time password: ", "One-time password: ", "One-time password: ");
        assertThat(run.out()).contains("1/4 login as bob").doesNotContain("2/4");
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isEqualTo(3);
        assertThat(server.requestCount("POST", "/v3/session/logout")).isEqualTo(1);
        assertThat(server.activeSessions()).isZero();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void aMistypedOneTimePasswordIsAskedForAgainWithTheSecondsLeft() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple", "000000", "654321");

        CliRun run = login(console, "--user", "bob");

        assertThat(run.exitCode()).isZero();
        assertThat(console.prompts())
                .containsExactly("Password for bob: ", "One-time password: ", "One-time password: ");
        assertThat(run.err())
                .containsPattern("^The one-time password window closes in (29\\d|300) s\\.\\n"
                        + "That one-time password was not accepted; try again \\(2 attempts left\\)\\.\\n"
                        + "The one-time password window closes in (29\\d|300) s\\.\\n$");
        assertThat(run.out()).contains("Logged in as bob");
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isEqualTo(2);
    }

    @Test
    void aWrongOneTimePasswordFromStandardInputIsNotAskedForAgain() {
        ScriptedSecrets console = new ScriptedSecrets("battery staple");
        StdinSecretReader stdin = new StdinSecretReader(
                new ByteArrayInputStream("000000\n654321\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                new PrintWriter(new StringWriter()));

        CliRun run = login(console, stdin, Map.of(), "--user", "bob", "--otp-stdin");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isEqualTo(1);
    }

    @Test
    void malformedOneTimePasswordExitsTwo() {
        CliRun run = login(new ScriptedSecrets("battery staple", "12345x"), "--user", "bob");

        assertThat(run.exitCode()).isEqualTo(2);
        // The line before the error is the OTP window's seconds left, shown before every OTP prompt.
        assertThat(run.err())
                .matches("The one-time password window closes in \\d+ s\\.\\n"
                        + "error: otp must be exactly six ASCII digits\\n");
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
    void plainHttpToAHostThatIsNotLoopbackExitsTwoNamingTheOption() {
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
                .isEqualTo("error: --base-url http://api.example.com uses plain http to a host that is not"
                        + " loopback; use https, or pass --allow-insecure-http to send passwords and cookies"
                        + " unencrypted\n");
        assertThat(console.prompts()).isEmpty();
    }

    @Test
    void allowInsecureHttpSendsToAHostThatIsNotLoopbackWithAWarning() {
        // 0.0.0.0 is no loopback name or address, yet Linux connects it to the fake server on 127.0.0.1.
        CliRun run = CliRun.of(
                new ScriptedSecrets("correct horse"),
                new ScriptedSecrets(),
                Map.of(SessionFiles.HOME_VARIABLE, home.toString()),
                "login",
                "--base-url",
                "http://0.0.0.0:" + server.port(),
                "--user",
                "alice",
                "--allow-insecure-http");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .isEqualTo("warning: --allow-insecure-http: the password and session cookies cross the network to"
                        + " 0.0.0.0 unencrypted\n");
    }

    @Test
    void errorsShowAStackTraceOnlyWhenVerbose() {
        CliRun quiet = login(new ScriptedSecrets("wrong"), "--user", "alice");
        CliRun verbose = login(new ScriptedSecrets("wrong"), "--user", "alice", "--verbose");

        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(3);
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
