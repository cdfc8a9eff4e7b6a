package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SECRET_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static Totp rfc(Totp.Algorithm algorithm) {
        String seed = "1234567890".repeat(7);
        int length = algorithm == Totp.Algorithm.SHA1 ? 20 : algorithm == Totp.Algorithm.SHA256 ? 32 : 64;
        return Totp.builder()
                .secret(seed.substring(0, length).getBytes(StandardCharsets.US_ASCII))
                .algorithm(algorithm)
                .digits(8)
                .build();
    }

    /** RFC 6238 appendix B. */
    @ParameterizedTest
    @CsvSource({
        "59, SHA1, 94287082",
        "59, SHA256, 46119246",
        "59, SHA512, 90693936",
        "1111111109, SHA1, 07081804",
        "1111111109, SHA256, 68084774",
        "1111111109, SHA512, 25091201",
        "1111111111, SHA1, 14050471",
        "1111111111, SHA256, 67062674",
        "1111111111, SHA512, 99943326",
        "1234567890, SHA1, 89005924",
        "1234567890, SHA256, 91819424",
        "1234567890, SHA512, 93441116",
        "2000000000, SHA1, 69279037",
        "2000000000, SHA256, 90698825",
        "2000000000, SHA512, 38618901",
        "20000000000, SHA1, 65353130",
        "20000000000, SHA256, 77737706",
        "20000000000, SHA512, 47863826",
    })
    void codesMatchTheRfc6238TestVectors(long epochSecond, Totp.Algorithm algorithm, String expected) {
        assertThat(rfc(algorithm).at(Instant.ofEpochSecond(epochSecond))).isEqualTo(expected);
    }

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
    void fromBase32GivesSixDigitSha1CodesOfThirtySecondSteps(long epochSecond, String expected) {
        assertThat(Totp.fromBase32(RFC_SECRET_BASE32).at(Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(expected);
    }

    @Test
    void codesStayTheSameWithinOneThirtySecondStep() {
        Totp totp = Totp.builder().secret(RFC_SECRET).build();

        assertThat(totp.at(Instant.ofEpochSecond(30)))
                .isEqualTo(totp.at(Instant.ofEpochSecond(59)))
                .isNotEqualTo(totp.at(Instant.ofEpochSecond(60)));
    }

    @Test
    void sevenDigitCodesAreTheLastSevenDigits() {
        Totp totp = Totp.builder().secret(RFC_SECRET).digits(7).build();

        assertThat(totp.at(Instant.ofEpochSecond(1111111109))).isEqualTo("7081804");
    }

    @Test
    void aLongerPeriodKeepsTheCodeLonger() {
        Totp totp =
                Totp.builder().secret(RFC_SECRET).period(Duration.ofSeconds(60)).build();

        assertThat(totp.at(Instant.ofEpochSecond(60))).isEqualTo(totp.at(Instant.ofEpochSecond(119)));
        // Step 1 of a 60 s period is step 1 of RFC 6238's 30 s period.
        assertThat(totp.at(Instant.ofEpochSecond(60))).isEqualTo("287082");
    }

    @Test
    void nowUsesTheConfiguredClock() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC);

        assertThat(Totp.builder().secret(RFC_SECRET).clock(clock).build().now()).isEqualTo("287082");
    }

    @Test
    void theSecretIsCopiedOnTheWayIn() {
        byte[] secret = RFC_SECRET.clone();
        Totp.Builder builder = Totp.builder().secret(secret);
        secret[0] = 'x';

        assertThat(builder.build().at(Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void emptySecretsInstantsBeforeTheEpochAndNullsAreRejected() {
        assertThatThrownBy(() -> Totp.builder().secret(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must not be empty");
        assertThatThrownBy(() -> Totp.fromBase32(" = "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must not be empty");
        assertThatThrownBy(() -> Totp.fromBase32(RFC_SECRET_BASE32).at(Instant.ofEpochSecond(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instant must not be before the Unix epoch: 1969-12-31T23:59:59Z");
        assertThatThrownBy(() -> Totp.builder().secret(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("secret");
        assertThatThrownBy(() -> Totp.fromBase32(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("secret");
        assertThatThrownBy(() -> Totp.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("secret is required: call secretBase32 or secret");
    }

    @ParameterizedTest
    @CsvSource({
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "gezdgnbvgy3tqojqgezdgnbvgy3tqojq",
        "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ",
        "' gezdGNBV gy3tQOJQ gezdGNBV gy3tQOJQ '",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ========",
    })
    void base32SecretsIgnoreCaseSpacesAndPadding(String base32) {
        assertThat(Totp.fromBase32(base32).at(Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @ParameterizedTest
    @CsvSource({"MY======, f", "MZXW6===, foo", "MZXW6YQ=, foob", "MZXW6YTB, fooba", "MZXW6YTBOI, foobar"})
    void base32DecodesTheRfc4648TestVectors(String base32, String decoded) {
        Totp fromText = Totp.fromBase32(base32);
        Totp fromBytes = Totp.builder()
                .secret(decoded.getBytes(StandardCharsets.US_ASCII))
                .build();

        assertThat(fromText.at(Instant.ofEpochSecond(1234567890)))
                .isEqualTo(fromBytes.at(Instant.ofEpochSecond(1234567890)));
    }

    @ParameterizedTest
    @CsvSource({
        "GEZD1NBV, 4", // 1 is not in the alphabet
        "GEZD-GNBV, 4",
        "MZ=XW6, 3", // data after padding
        "MZXW\u0131YQ, 4", // dotless i upper-cases to I, still not base32
        "MZXW6\tYQ, 5",
    })
    void base32WithABadCharacterIsRejectedNamingOnlyItsIndex(String base32, int index) {
        assertThatThrownBy(() -> Totp.fromBase32(base32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret is not base32: invalid character at index " + index);
    }

    @Test
    void base32OfALengthNoByteStringHasIsRejected() {
        assertThatThrownBy(() -> Totp.fromBase32("MZX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret is not base32: no byte string encodes to 3 characters");
    }

    @Test
    void digitsOutsideSixToEightAreRejected() {
        assertThatThrownBy(() -> Totp.builder().digits(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digits must be between 6 and 8: 5");
        assertThatThrownBy(() -> Totp.builder().digits(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digits must be between 6 and 8: 9");
    }

    @Test
    void periodsThatAreNotPositiveWholeSecondsAreRejected() {
        assertThatThrownBy(() -> Totp.builder().period(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be a positive whole number of seconds: PT0S");
        assertThatThrownBy(() -> Totp.builder().period(Duration.ofSeconds(-30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be a positive whole number of seconds: PT-30S");
        assertThatThrownBy(() -> Totp.builder().period(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be a positive whole number of seconds: PT1.5S");
        assertThatThrownBy(() -> Totp.builder().period(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("period");
    }

    @Test
    void toStringShowsTheSettingsButNeverTheSecret() {
        Totp totp = Totp.builder()
                .secretBase32(RFC_SECRET_BASE32)
                .algorithm(Totp.Algorithm.SHA256)
                .digits(8)
                .build();

        assertThat(totp.toString())
                .isEqualTo("Totp{algorithm=SHA256, digits=8, period=PT30S}")
                .doesNotContain(RFC_SECRET_BASE32)
                .doesNotContain("1234567890");
    }
}
