package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountDetailsTest {

    private static AccountDetails minimal() {
        AccountDetails.Builder builder = AccountDetails.builder();
        ModelFixtures.requiredDetails().values().forEach(setter -> setter.accept(builder));
        return builder.build();
    }

    @Test
    void builderSetsEveryProperty() {
        AccountDetails details = ModelFixtures.details();

        assertThat(details.accountType()).isEqualTo(AccountType.BUSINESS);
        assertThat(details.accountTypeCode()).isEqualTo(2);
        assertThat(details.companyName()).contains("Analytical Engines BV");
        assertThat(details.vatNumber()).contains("NL123456789B01");
        assertThat(details.cocNumber()).contains("12345678");
        assertThat(details.firstName()).isEqualTo("Ada");
        assertThat(details.lastName()).isEqualTo("Lovelace");
        assertThat(details.address()).isEqualTo("Main Street");
        assertThat(details.streetNumber()).isEqualTo("1A");
        assertThat(details.zipCode()).isEqualTo("1234 AB");
        assertThat(details.city()).isEqualTo("Rotterdam");
        assertThat(details.countryCode()).isEqualTo("NL");
        assertThat(details.emailAddress()).isEqualTo("ada@example.com");
        assertThat(details.unconfirmedEmail()).contains(ModelFixtures.unconfirmedEmail());
        assertThat(details.emailAddressValidated()).contains(Flag.YES);
        assertThat(details.emailAddressValidatedCode()).contains(1);
        assertThat(details.phoneNumber()).contains("+31 10 000 0000");
        assertThat(details.phoneNumberMobile()).contains("+31 6 0000 0000");
        assertThat(details.language()).isEqualTo(Language.DUTCH);
        assertThat(details.languageCode()).isEqualTo(1);
        assertThat(details.emailAddressAbuse()).contains("abuse@example.com");
        assertThat(details.newsletter()).contains(Flag.NO);
        assertThat(details.newsletterCode()).contains(0);
        assertThat(details.agreeToc()).contains(Flag.YES);
        assertThat(details.agreeAup()).contains(Flag.YES);
        assertThat(details.agreeDpa()).contains(Flag.YES);
        assertThat(details.isAllowedFlexMetal()).isEqualTo(Flag.YES);
        assertThat(details.isAllowedFlexMetalCode()).isEqualTo(1);
    }

    @Test
    void nullablePropertiesLeftUnsetAreEmpty() {
        AccountDetails details = minimal();

        assertThat(details.companyName()).isEmpty();
        assertThat(details.vatNumber()).isEmpty();
        assertThat(details.cocNumber()).isEmpty();
        assertThat(details.unconfirmedEmail()).isEmpty();
        assertThat(details.emailAddressValidated()).isEmpty();
        assertThat(details.emailAddressValidatedCode()).isEmpty();
        assertThat(details.phoneNumber()).isEmpty();
        assertThat(details.phoneNumberMobile()).isEmpty();
        assertThat(details.emailAddressAbuse()).isEmpty();
        assertThat(details.newsletter()).isEmpty();
        assertThat(details.agreeToc()).isEmpty();
        assertThat(details.agreeAup()).isEmpty();
        assertThat(details.agreeDpa()).isEmpty();
    }

    @Test
    void nullableSettersAcceptNullAsAbsent() {
        AccountDetails details = ModelFixtures.details().toBuilder()
                .companyName(null)
                .unconfirmedEmail(null)
                .newsletter((Integer) null)
                .agreeDpa((Flag) null)
                .build();

        assertThat(details.companyName()).isEmpty();
        assertThat(details.unconfirmedEmail()).isEmpty();
        assertThat(details.newsletter()).isEmpty();
        assertThat(details.agreeDpa()).isEmpty();
        assertThat(details.agreeDpaCode()).isEmpty();
    }

    @Test
    void unknownNullableFlagCodeMapsToUnknownAndKeepsRawValue() {
        AccountDetails details = minimal().toBuilder().newsletter(9).build();

        assertThat(details.newsletter()).contains(Flag.UNKNOWN);
        assertThat(details.newsletterCode()).contains(9);
    }

    @Test
    void unknownAccountTypeAndLanguageCodesMapToUnknownAndKeepRawValues() {
        AccountDetails details =
                minimal().toBuilder().accountType(3).language(7).build();

        assertThat(details.accountType()).isEqualTo(AccountType.UNKNOWN);
        assertThat(details.accountTypeCode()).isEqualTo(3);
        assertThat(details.language()).isEqualTo(Language.UNKNOWN);
        assertThat(details.languageCode()).isEqualTo(7);
    }

    @Test
    void nullableFlagSetterRejectsUnknown() {
        assertThatThrownBy(() -> AccountDetails.builder().newsletter(Flag.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("newsletter must not be UNKNOWN");
        assertThatThrownBy(() -> AccountDetails.builder().language(Language.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language must not be UNKNOWN");
    }

    @Test
    void toBuilderRoundTripsToAnEqualValue() {
        AccountDetails details = ModelFixtures.details();

        assertThat(details.toBuilder().build()).isEqualTo(details).hasSameHashCodeAs(details);
        assertThat(minimal().toBuilder().build()).isEqualTo(minimal());
        assertThat(minimal()).isNotEqualTo(details);
    }

    @Test
    void equalsComparesNullableProperties() {
        AccountDetails details = ModelFixtures.details();

        assertThat(details.toBuilder().agreeAup(0).build()).isNotEqualTo(details);
        assertThat(details.toBuilder().agreeAup((Integer) null).build()).isNotEqualTo(details);
        assertThat(details.toBuilder().vatNumber(null).build()).isNotEqualTo(details);
    }

    static Stream<String> requiredProperties() {
        return ModelFixtures.requiredDetails().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("requiredProperties")
    void buildFailsNamingTheMissingRequiredProperty(String missing) {
        AccountDetails.Builder builder =
                ModelFixtures.allBut(ModelFixtures.requiredDetails(), missing, AccountDetails.builder());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("AccountDetails: required property '" + missing + "' is not set");
    }

    @Test
    void nonNullSettersRejectNullNamingTheProperty() {
        assertThatThrownBy(() -> AccountDetails.builder().emailAddress(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("emailAddress");
        assertThatThrownBy(() -> AccountDetails.builder().accountType((AccountType) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("accountType");
    }
}
