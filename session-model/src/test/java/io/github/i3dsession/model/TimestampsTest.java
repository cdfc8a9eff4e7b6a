package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link SessionAuthReq} and {@link UnconfirmedEmail}: the values built around Unix timestamps. */
class TimestampsTest {

    @Test
    void sessionAuthReqExposesTimestampsAsInstantsAndRawSeconds() {
        SessionAuthReq auth = SessionAuthReq.builder()
                .requiresOtp(true)
                .expiresAt(1_700_000_300L)
                .otpSessionExpiresAt(1_700_000_600L)
                .build();

        assertThat(auth.requiresOtp()).isTrue();
        assertThat(auth.expiresAt()).contains(Instant.ofEpochSecond(1_700_000_300L));
        assertThat(auth.expiresAtEpochSecond()).isEqualTo(1_700_000_300L);
        assertThat(auth.otpSessionExpiresAt()).contains(Instant.ofEpochSecond(1_700_000_600L));
        assertThat(auth.otpSessionExpiresAtEpochSecond()).isEqualTo(1_700_000_600L);
    }

    @Test
    void zeroTimestampsAreEmptyButKeepTheirRawValue() {
        SessionAuthReq auth = SessionAuthReq.builder()
                .requiresOtp(false)
                .expiresAt(0)
                .otpSessionExpiresAt(0)
                .build();

        assertThat(auth.expiresAt()).isEmpty();
        assertThat(auth.otpSessionExpiresAt()).isEmpty();
        assertThat(auth.expiresAtEpochSecond()).isZero();
        assertThat(auth.otpSessionExpiresAtEpochSecond()).isZero();
    }

    @Test
    void zeroExpiryOfUnconfirmedEmailIsEmpty() {
        UnconfirmedEmail email =
                UnconfirmedEmail.builder().email("a@example.com").expiresAt(0).build();

        assertThat(email.expiresAt()).isEmpty();
        assertThat(email.expiresAtEpochSecond()).isZero();
        assertThat(ModelFixtures.unconfirmedEmail().expiresAt()).contains(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void sessionAuthReqToBuilderRoundTripsAndEqualsComparesEveryProperty() {
        SessionAuthReq auth = SessionAuthReq.builder()
                .requiresOtp(true)
                .expiresAt(10)
                .otpSessionExpiresAt(20)
                .build();

        assertThat(auth.toBuilder().build()).isEqualTo(auth).hasSameHashCodeAs(auth);
        assertThat(auth.toBuilder().requiresOtp(false).build()).isNotEqualTo(auth);
        assertThat(auth.toBuilder().expiresAt(11).build()).isNotEqualTo(auth);
        assertThat(auth.toBuilder().otpSessionExpiresAt(21).build()).isNotEqualTo(auth);
        assertThat(auth).hasToString("SessionAuthReq{requiresOtp=true, expiresAt=10, otpSessionExpiresAt=20}");
    }

    @Test
    void unconfirmedEmailToBuilderRoundTrips() {
        UnconfirmedEmail email = ModelFixtures.unconfirmedEmail();

        assertThat(email.toBuilder().build()).isEqualTo(email).hasSameHashCodeAs(email);
        assertThat(email.toBuilder().expiresAt(1).build()).isNotEqualTo(email);
    }

    @Test
    void sessionAuthReqRequiresEveryProperty() {
        assertThatThrownBy(() -> SessionAuthReq.builder()
                        .expiresAt(0)
                        .otpSessionExpiresAt(0)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionAuthReq: required property 'requiresOtp' is not set");
        assertThatThrownBy(() -> SessionAuthReq.builder()
                        .requiresOtp(true)
                        .otpSessionExpiresAt(0)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionAuthReq: required property 'expiresAt' is not set");
        assertThatThrownBy(() ->
                        SessionAuthReq.builder().requiresOtp(true).expiresAt(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionAuthReq: required property 'otpSessionExpiresAt' is not set");
    }

    @Test
    void unconfirmedEmailRequiresEveryProperty() {
        assertThatThrownBy(() -> UnconfirmedEmail.builder().expiresAt(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("UnconfirmedEmail: required property 'email' is not set");
        assertThatThrownBy(
                        () -> UnconfirmedEmail.builder().email("a@example.com").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("UnconfirmedEmail: required property 'expiresAt' is not set");
        assertThatThrownBy(() -> UnconfirmedEmail.builder().email(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("email");
    }
}
