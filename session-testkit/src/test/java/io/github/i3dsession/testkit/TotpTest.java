package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, SHA1, the last six of the eight digits. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130",
    })
    void generateMatchesTheRfc6238TestVectors(long epochSecond, String expected) {
        assertThat(Totp.generate(RFC_SECRET, Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(expected);
    }

    @Test
    void codesStayTheSameWithinOneThirtySecondStep() {
        assertThat(Totp.generate(RFC_SECRET, Instant.ofEpochSecond(30)))
                .isEqualTo(Totp.generate(RFC_SECRET, Instant.ofEpochSecond(59)))
                .isNotEqualTo(Totp.generate(RFC_SECRET, Instant.ofEpochSecond(60)));
    }

    @Test
    void generateRejectsAnEmptySecretAndInstantsBeforeTheEpoch() {
        assertThatThrownBy(() -> Totp.generate(new byte[0], Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must not be empty");
        assertThatThrownBy(() -> Totp.generate(RFC_SECRET, Instant.ofEpochSecond(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must not be before the Unix epoch: 1969-12-31T23:59:59Z");
        assertThatThrownBy(() -> Totp.generate(null, Instant.EPOCH))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("secret");
    }
}
