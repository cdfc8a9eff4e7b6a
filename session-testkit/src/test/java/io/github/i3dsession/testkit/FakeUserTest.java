package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.model.AccessLevel;
import io.github.i3dsession.model.AccountType;
import io.github.i3dsession.model.Language;
import io.github.i3dsession.model.SessionUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeUserTest {

    @Test
    void toStringNeverShowsThePasswordOtpOrSecret() {
        String plain = FakeUser.withoutOtp("alice", "hunter2-password").toString();
        String fixed = FakeUser.withOtp("bob", "hunter2-password", "918273").toString();
        String totp = FakeUser.withTotp("carol", "hunter2-password", "TOPSECRET".getBytes(StandardCharsets.US_ASCII))
                .toString();

        assertThat(plain).contains("alice").doesNotContain("hunter2");
        assertThat(fixed).contains("bob").doesNotContain("hunter2").doesNotContain("918273");
        assertThat(totp).contains("carol").doesNotContain("hunter2").doesNotContain("TOPSECRET");
    }

    @Test
    void requiresOtpOnlyForSecondFactorUsers() {
        assertThat(FakeUser.withoutOtp("alice", "pw").requiresOtp()).isFalse();
        assertThat(FakeUser.withOtp("bob", "pw", "123456").requiresOtp()).isTrue();
        assertThat(FakeUser.withTotp("carol", "pw", new byte[] {1, 2, 3}).requiresOtp())
                .isTrue();
    }

    @Test
    void defaultProfileIsDeterministicCompleteAndRealistic() {
        SessionUser profile = FakeUser.defaultProfile("alice");

        assertThat(FakeUser.defaultProfile("alice")).isEqualTo(profile);
        assertThat(FakeUser.defaultProfile("bob").userId()).isNotEqualTo(profile.userId());
        assertThat(profile.userName()).isEqualTo("alice");
        assertThat(profile.userId()).isBetween(100_000L, 999_999L);
        assertThat(profile.email()).isEqualTo("alice@example.com");
        assertThat(profile.accessLevel()).isEqualTo(AccessLevel.REGULAR);
        assertThat(profile.details().accountType()).isEqualTo(AccountType.BUSINESS);
        assertThat(profile.details().companyName()).hasValue("Example Game Hosting B.V.");
        assertThat(profile.details().vatNumber()).get().asString().startsWith("NL");
        assertThat(profile.details().city()).isEqualTo("Rotterdam");
        assertThat(profile.details().language()).isEqualTo(Language.DUTCH);
        assertThat(profile.details().unconfirmedEmail()).isPresent();
        assertThat(profile.details().unconfirmedEmail().get().expiresAt())
                .hasValue(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(profile.details().agreeDpaCode()).hasValue(1);
        assertThat(profile.billingDetails().emailAddressBilling()).isPresent();
        assertThat(profile.billingDetails().preferredPaymentMethod()).isEqualTo(3);
    }

    @Test
    void withProfileReturnsACopyWithTheNewProfile() {
        FakeUser alice = FakeUser.withoutOtp("alice", "pw");
        SessionUser other = FakeUser.defaultProfile("someone else");

        FakeUser copy = alice.withProfile(other);

        assertThat(copy.profile()).isEqualTo(other);
        assertThat(copy.userName()).isEqualTo("alice");
        assertThat(alice.profile()).isEqualTo(FakeUser.defaultProfile("alice"));
    }

    @Test
    void factoriesRejectBadArgumentsNamingThem() {
        assertThatThrownBy(() -> FakeUser.withoutOtp(" ", "pw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userName must not be blank");
        assertThatThrownBy(() -> FakeUser.withoutOtp("alice", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
        assertThatThrownBy(() -> FakeUser.withOtp("bob", "pw", "12345a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fixedOtp must be exactly six ASCII digits");
        assertThatThrownBy(() -> FakeUser.withTotp("carol", "pw", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("totpSecret must not be empty");
        assertThatThrownBy(() -> FakeUser.withoutOtp(null, "pw"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("userName");
    }

    @Test
    void builderRejectsDuplicateUserNames() {
        FakeSessionServer.Builder builder = FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "a"));

        assertThatThrownBy(() -> builder.user(FakeUser.withOtp("alice", "b", "123456")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate user: alice");
    }
}
