package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretReaderTest {
    private final StringWriter prompts = new StringWriter();

    private StdinSecretReader stdin(String input) {
        return new StdinSecretReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                new PrintWriter(prompts));
    }

    @Test
    void standardInputGivesOneSecretPerLineWithoutTheLineTerminator() {
        StdinSecretReader reader =
                stdin("correct horse battery staple, longer than sixty-four characters ok?\r\n" + "654321\n");

        assertThat(reader.readSecret("Password: "))
                .containsExactly("correct horse battery staple, longer than sixty-four characters ok?".toCharArray());
        assertThat(reader.readSecret("OTP: ")).containsExactly("654321".toCharArray());
        assertThat(prompts.toString()).isEqualTo("Password: OTP: ");
    }

    @Test
    void lastLineWithoutTerminatorIsStillRead() {
        assertThat(stdin("pässword").readSecret("")).containsExactly("pässword".toCharArray());
    }

    @Test
    void endOfStandardInputIsAnIllegalState() {
        StdinSecretReader reader = stdin("only-one\n");
        reader.readSecret("");

        assertThatIllegalStateException()
                .isThrownBy(() -> reader.readSecret(""))
                .withMessage("standard input ended before the secret was read");
    }

    @Test
    void withoutAConsoleTheFallbackReads() {
        SecretReader reader = new ConsoleSecretReader(null, stdin("s3cret\n"));

        assertThat(reader.readSecret("Password: ")).containsExactly("s3cret".toCharArray());
        assertThat(prompts.toString()).isEqualTo("Password: ");
    }
}
