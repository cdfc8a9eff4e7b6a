package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLoginOtpTest {

    @Test
    void sixAsciiDigitsAreAccepted() {
        assertThat(SessionLoginOtp.of("012345").otp()).isEqualTo("012345");
        assertThat(SessionLoginOtp.of("999999").otp()).isEqualTo("999999");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "12345", // five digits
                "1234567", // seven digits
                "12345a", // a letter
                "abcdef", "", // empty
                "123 45", // a space
                "١٢٣٤٥٦", // Arabic-Indic digits: Character.isDigit would accept them
                "１２３４５６", // full-width digits
                "-12345",
            })
    void anythingButSixAsciiDigitsIsRejectedWithoutEchoingTheValue(String otp) {
        assertThatThrownBy(() -> SessionLoginOtp.of(otp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("otp must be exactly six ASCII digits");
    }

    @Test
    void builderValidatesAtBuild() {
        SessionLoginOtp.Builder builder = SessionLoginOtp.builder().otp("12345");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("otp must be exactly six ASCII digits");
        assertThatThrownBy(() -> SessionLoginOtp.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("otp must be exactly six ASCII digits");
    }

    @Test
    void toStringNeverShowsTheOtp() {
        SessionLoginOtp otp = SessionLoginOtp.of("424242");

        assertThat(otp).hasToString("SessionLoginOtp{otp=******}");
        assertThat(otp.toString()).doesNotContain("424242");
    }

    @Test
    void toBuilderRoundTripsAndEqualsComparesTheOtp() {
        SessionLoginOtp otp = SessionLoginOtp.of("424242");

        assertThat(otp.toBuilder().build()).isEqualTo(otp).hasSameHashCodeAs(otp);
        assertThat(otp).isNotEqualTo(SessionLoginOtp.of("424243")).isNotEqualTo("424242");
    }
}
