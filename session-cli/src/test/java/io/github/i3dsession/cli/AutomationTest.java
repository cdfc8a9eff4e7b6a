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

/** Logging in from scripts: secrets from standard input and environment variables, no prompt on a console. */
class AutomationTest {
    /** RFC 6238's test secret, "12345678901234567890" in base32. */
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withTotp(
                    "robot", "robot password", "12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
            .user(FakeUser.withOtp("bob", "battery staple", "654321"))
            .start();

    @TempDir
    Path home;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CliRun run(SecretReader console, SecretReader stdin, Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.put(SessionFiles.HOME_VARIABLE, home.toString());
        String[] withUrl = new String[args.length + 2];
        System.arraycopy(args, 0, withUrl, 0, args.length);
        withUrl[args.length] = "--base-url";
        withUrl[args.length + 1] = server.baseUri().toString();
        return CliRun.of(console, stdin, all, withUrl);
    }

    private static StdinSecretReader stdin(String text, StringWriter prompts) {
        return new StdinSecretReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                new PrintWriter(prompts, true));
    }

    @Test
    void totpSecretFromTheEnvironmentAnswersTheOneTimePasswordWithoutAPrompt() {
        ScriptedSecrets console = new ScriptedSecrets("robot password");

        CliRun run = run(
                console,
                new ScriptedSecrets(),
                Map.of("ROBOT_TOTP", TOTP_SECRET),
                "login",
                "--user",
                "robot",
                "--totp-secret-env",
                "ROBOT_TOTP");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(console.prompts()).containsExactly("Password for robot: ");
        assertThat(run.out() + run.err()).doesNotContain(TOTP_SECRET);
        assertThat(server.requestCount("POST", "/v3/session/login/otp")).isEqualTo(1);
    }

    @Test
    void unsetTotpVariableExitsTwoBeforeAnyPrompt() {
        ScriptedSecrets console = new ScriptedSecrets("robot password");

        CliRun run = run(
                console,
                new ScriptedSecrets(),
                Map.of(),
                "login",
                "--user",
                "robot",
                "--totp-secret-env",
                "ROBOT_TOTP");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: environment variable ROBOT_TOTP (--totp-secret-env) is not set\n");
        assertThat(console.prompts()).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void totpSecretThatIsNotBase32ExitsTwoWithoutShowingIt() {
        CliRun run = run(
                new ScriptedSecrets("robot password"),
                new ScriptedSecrets(),
                Map.of("ROBOT_TOTP", "not base32 at all!"),
                "login",
                "--user",
                "robot",
                "--totp-secret-env",
                "ROBOT_TOTP");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("error: environment variable ROBOT_TOTP (--totp-secret-env): ")
                .doesNotContain("not base32 at all!");
    }

    @Test
    void unsetApiKeyVariableExitsTwoBeforeReadingStandardInput() {
        StringWriter prompts = new StringWriter();

        CliRun run = run(
                new ScriptedSecrets(),
                stdin("battery staple\n654321\n", prompts),
                Map.of(),
                "login",
                "--user",
                "bob",
                "--password-stdin",
                "--otp-stdin",
                "--api-key-env",
                "I3D_KEY");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(prompts.toString()).isEmpty();
    }

    @Test
    void passwordAndOneTimePasswordAreReadAsTwoLinesOfStandardInput() {
        StringWriter prompts = new StringWriter();
        ScriptedSecrets console = new ScriptedSecrets();

        CliRun run = run(
                console,
                stdin("battery staple\n654321\n", prompts),
                Map.of(),
                "login",
                "--user",
                "bob",
                "--password-stdin",
                "--otp-stdin",
                "--output",
                "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(console.prompts()).isEmpty();
        assertThat(prompts.toString()).isEqualTo("Password for bob: One-time password: ");
        assertThat(run.out()).startsWith("{").doesNotContain("battery staple").doesNotContain("654321");
    }
}
