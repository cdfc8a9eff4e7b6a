package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionUserTest {

    @Test
    void builderSetsEveryProperty() {
        SessionUser user = ModelFixtures.user();

        assertThat(user.userId()).isEqualTo(4_200_000_000L);
        assertThat(user.userName()).isEqualTo("ada");
        assertThat(user.email()).isEqualTo("ada@example.com");
        assertThat(user.firstName()).isEqualTo("Ada");
        assertThat(user.lastName()).isEqualTo("Lovelace");
        assertThat(user.gender()).isEqualTo("f");
        assertThat(user.phone()).isEqualTo("+31 10 000 0000");
        assertThat(user.accessLevel()).isEqualTo(AccessLevel.REGULAR);
        assertThat(user.accessLevelCode()).isEqualTo(10);
        assertThat(user.validateEmail()).isEqualTo(Flag.YES);
        assertThat(user.validateEmailCode()).isEqualTo(1);
        assertThat(user.isTrialAccount()).isEqualTo(Flag.NO);
        assertThat(user.isTrialAccountCode()).isZero();
        assertThat(user.trialAccountExpirationDate()).isEmpty();
        assertThat(user.requestIp()).isEqualTo("192.0.2.1");
        assertThat(user.requestIpCountry()).isEqualTo("Netherlands");
        assertThat(user.requestIpCountryCode()).isEqualTo("NL");
        assertThat(user.details()).isEqualTo(ModelFixtures.details());
        assertThat(user.billingDetails()).isEqualTo(ModelFixtures.billingDetails());
    }

    @Test
    void toBuilderRoundTripsToAnEqualValue() {
        SessionUser user = ModelFixtures.user();

        SessionUser copy = user.toBuilder().build();

        assertThat(copy).isEqualTo(user).hasSameHashCodeAs(user).isNotSameAs(user);
        assertThat(copy.toString()).isEqualTo(user.toString());
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        SessionUser user = ModelFixtures.user();

        SessionUser renamed = user.toBuilder().firstName("Augusta").build();

        assertThat(renamed).isNotEqualTo(user);
        assertThat(renamed.firstName()).isEqualTo("Augusta");
        assertThat(renamed.toBuilder().firstName("Ada").build()).isEqualTo(user);
    }

    @Test
    void equalsComparesEveryProperty() {
        SessionUser user = ModelFixtures.user();

        assertThat(user).isEqualTo(user).isNotEqualTo(null).isNotEqualTo("ada");
        assertThat(user.toBuilder().userId(1).build()).isNotEqualTo(user);
        assertThat(user.toBuilder().accessLevel(20).build()).isNotEqualTo(user);
        assertThat(user.toBuilder().requestIpCountryCode("BE").build()).isNotEqualTo(user);
        AccountDetails otherCity =
                ModelFixtures.details().toBuilder().city("Delft").build();
        assertThat(user.toBuilder().details(otherCity).build()).isNotEqualTo(user);
    }

    @Test
    void unknownAccessLevelCodeMapsToUnknownAndKeepsRawValue() {
        SessionUser user = ModelFixtures.user().toBuilder().accessLevel(30).build();

        assertThat(user.accessLevel()).isEqualTo(AccessLevel.UNKNOWN);
        assertThat(user.accessLevelCode()).isEqualTo(30);
    }

    @Test
    void unknownFlagCodeMapsToUnknownAndKeepsRawValue() {
        SessionUser user = ModelFixtures.user().toBuilder().validateEmail(7).build();

        assertThat(user.validateEmail()).isEqualTo(Flag.UNKNOWN);
        assertThat(user.validateEmail().isYes()).isFalse();
        assertThat(user.validateEmailCode()).isEqualTo(7);
    }

    @Test
    void enumSetterRejectsUnknownBecauseItHasNoCode() {
        assertThatThrownBy(() -> SessionUser.builder().accessLevel(AccessLevel.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accessLevel must not be UNKNOWN");
        assertThatThrownBy(() -> SessionUser.builder().isTrialAccount(Flag.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("isTrialAccount must not be UNKNOWN");
    }

    @Test
    void nonNullSettersRejectNullNamingTheProperty() {
        SessionUser.Builder builder = SessionUser.builder();

        assertThatThrownBy(() -> builder.userName(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("userName");
        assertThatThrownBy(() -> builder.details(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("details");
        assertThatThrownBy(() -> builder.accessLevel((AccessLevel) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("accessLevel");
    }

    @Test
    void emptyBuilderReportsTheFirstRequiredProperty() {
        assertThatThrownBy(() -> SessionUser.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionUser: required property 'userId' is not set");
    }

    static Stream<String> requiredProperties() {
        return ModelFixtures.requiredUser().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("requiredProperties")
    void buildFailsNamingTheMissingRequiredProperty(String missing) {
        SessionUser.Builder builder =
                ModelFixtures.allBut(ModelFixtures.requiredUser(), missing, SessionUser.builder());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionUser: required property '" + missing + "' is not set");
    }

    @Test
    void toStringNamesTheTypeAndProperties() {
        assertThat(ModelFixtures.user().toString())
                .startsWith("SessionUser{userId=4200000000, userName=ada, ")
                .contains("accessLevel=10", "details=AccountDetails{", "billingDetails=AccountBillingDetails{");
    }
}
