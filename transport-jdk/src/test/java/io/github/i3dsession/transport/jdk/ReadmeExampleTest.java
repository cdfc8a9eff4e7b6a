package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's usage example, and checks the README shows exactly this code. */
class ReadmeExampleTest {

    // BEGIN readme-usage
    static String whoAmI(URI baseUri, char[] password, Supplier<String> askForOtp) {
        try (SessionClient client = SessionClient.builder().baseUri(baseUri).build()) {
            SessionAuthReq auth = client.login(SessionLogin.of("alice", password));
            if (auth.requiresOtp()) {
                client.provideOtp(SessionLoginOtp.of(askForOtp.get()));
            }
            SessionUser user = client.getUser();
            client.logout();
            return user.userName() + " from " + user.details().city();
        }
    }
    // END readme-usage

    @Test
    void readmeExampleLogsInWithTwoFactorAgainstTheFakeServer() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withOtp("alice", "s3cret", "123456"))
                .start()) {

            String result = whoAmI(server.baseUri(), "s3cret".toCharArray(), () -> "123456");

            assertThat(result)
                    .isEqualTo("alice from "
                            + FakeUser.defaultProfile("alice").details().city());
            assertThat(server.activeSessions()).isZero();
        }
    }

    @Test
    void readmeExampleLogsInWithoutTwoFactor() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "s3cret"))
                .start()) {

            String result = whoAmI(server.baseUri(), "s3cret".toCharArray(), () -> {
                throw new AssertionError("no OTP must be asked for");
            });

            assertThat(result).startsWith("alice from ");
        }
    }

    @Test
    void readmeShowsExactlyTheCompiledExample() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String source =
                Files.readString(Path.of("src/test/java/io/github/i3dsession/transport/jdk/ReadmeExampleTest.java"));

        String region = block(source, "// BEGIN readme-usage", "// END readme-usage");

        assertThat(block(readme, "<!-- BEGIN readme-usage", "<!-- END readme-usage"))
                .isEqualTo(importsUsedBy(region, source) + region);
    }

    /** The source's import lines whose simple name the region uses: what a reader must add to compile it. */
    private static String importsUsedBy(String region, String source) {
        Pattern importLine = Pattern.compile("^import (?:static )?[\\w.]+\\.(\\w+);$");
        StringBuilder imports = new StringBuilder();
        for (String line : source.split("\n")) {
            Matcher matcher = importLine.matcher(line.strip());
            if (matcher.matches()
                    && Pattern.compile("\\b" + matcher.group(1) + "\\b")
                            .matcher(region)
                            .find()) {
                imports.append(line.strip()).append('\n');
            }
        }
        return imports.toString();
    }

    /** The code between the markers, without fences, indentation normalized. */
    private static String block(String text, String begin, String end) {
        int from = text.indexOf('\n', text.indexOf(begin)) + 1;
        String inner = text.substring(from, text.indexOf(end, from));
        StringBuilder out = new StringBuilder();
        String indent = null;
        for (String line : inner.split("\n", -1)) {
            if (line.startsWith("```") || line.isBlank()) {
                continue;
            }
            String trimmedEnd = line.stripTrailing();
            if (indent == null) {
                indent = trimmedEnd.substring(
                        0, trimmedEnd.length() - trimmedEnd.stripLeading().length());
            }
            out.append(trimmedEnd.startsWith(indent) ? trimmedEnd.substring(indent.length()) : trimmedEnd)
                    .append('\n');
        }
        return out.toString();
    }
}
