package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.model.SessionAuthReq;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Totp} as an {@link OtpSource}, on a fixed clock and with a sleeper that only records. */
class TotpOtpSourceTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final List<Duration> sleeps = new ArrayList<>();

    private Totp totpAt(long epochSecond) {
        return Totp.builder()
                .secret(RFC_SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC))
                .build()
                .withSleeper(sleeps::add);
    }

    private static SessionAuthReq challengeUntil(long otpSessionExpiresAt) {
        return SessionAuthReq.builder()
                .requiresOtp(true)
                .expiresAt(otpSessionExpiresAt)
                .otpSessionExpiresAt(otpSessionExpiresAt)
                .build();
    }

    @Test
    void aCodeWithTimeLeftIsReturnedAtOnce() {
        String code = totpAt(45).otpFor(challengeUntil(345));

        assertThat(code).isEqualTo(totpAt(45).at(Instant.ofEpochSecond(45)));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aCodeAboutToExpireIsReplacedByTheNextWhenTheWindowAllows() {
        String code = totpAt(59).otpFor(challengeUntil(359));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(code).isEqualTo(totpAt(59).at(Instant.ofEpochSecond(60))).isNotEqualTo("287082");
    }

    @Test
    void aCodeAboutToExpireIsStillSentWhenTheNextStepStartsAfterTheWindow() {
        String code = totpAt(59).otpFor(challengeUntil(60));

        assertThat(code).isEqualTo("287082");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aChallengeWithoutAnOtpDeadlineAllowsWaiting() {
        String code = totpAt(59).otpFor(challengeUntil(0));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(code).isEqualTo(totpAt(59).at(Instant.ofEpochSecond(60)));
    }

    @Test
    void exactlyTwoSecondsLeftIsEnough() {
        String code = totpAt(58).otpFor(challengeUntil(358));

        assertThat(code).isEqualTo("287082");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anInterruptedWaitFailsAndKeepsTheInterruptFlag() {
        Totp totp = Totp.builder()
                .secret(RFC_SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC))
                .build()
                .withSleeper(duration -> {
                    throw new InterruptedException();
                });

        try {
            assertThatThrownBy(() -> totp.otpFor(challengeUntil(359)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("interrupted while waiting for the next TOTP code");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aLambdaIsAnOtpSource() {
        OtpSource fixed = challenge -> "123456";

        assertThat(fixed.otpFor(challengeUntil(359))).isEqualTo("123456");
    }
}
