package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void secretLookingJsonPropertiesAreMasked() {
        String body = "{\"userName\":\"alice\",\"password\":\"hunter2\",\"otp\":\"123456\",\"sessionId\":42,"
                + "\"PRIVATE-TOKEN\":\"k\"}";

        String masked = Redactor.maskServerText(body, List.of());

        assertThat(masked)
                .isEqualTo("{\"userName\":\"alice\",\"password\":\"****\",\"otp\":\"****\","
                        + "\"sessionId\":\"****\",\"PRIVATE-TOKEN\":\"****\"}");
    }

    @Test
    void knownSecretsAreMaskedWhereverTheyAppear() {
        char[] password = "hunter2".toCharArray();

        String masked = Redactor.maskServerText(
                "wrong password hunter2 for key abc-key", List.of(CharBuffer.wrap(password), "abc-key"));

        assertThat(masked).isEqualTo("wrong password **** for key ****");
    }

    @Test
    void snippetIsShortSingleLineAndMasked() {
        byte[] body = ("line one\nline two \"token\":\"t0k3n\" " + "x".repeat(500)).getBytes(StandardCharsets.UTF_8);

        String snippet = Redactor.snippet(body, List.of());

        assertThat(snippet)
                .hasSizeLessThanOrEqualTo(123)
                .doesNotContain("\n")
                .doesNotContain("t0k3n")
                .startsWith("line one line two \"token\":\"****\"")
                .endsWith("...");
    }

    @Test
    void emptyBodyHasNoSnippet() {
        assertThat(Redactor.snippet(new byte[0], List.of())).isNull();
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
        assertThat(Redactor.snippet(new byte[] {(byte) 0xff, 'o', 'k'}, List.of()))
                .isEqualTo("\ufffdok");
    }
}
