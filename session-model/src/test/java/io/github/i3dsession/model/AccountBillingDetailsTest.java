package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountBillingDetailsTest {

    @Test
    void builderSetsEveryProperty() {
        AccountBillingDetails billing = ModelFixtures.billingDetails();

        assertThat(billing.firstName()).isEqualTo("Ada");
        assertThat(billing.lastName()).isEqualTo("Lovelace");
        assertThat(billing.address()).isEqualTo("Billing Street");
        assertThat(billing.streetNumber()).isEqualTo("2");
        assertThat(billing.zipCode()).isEqualTo("4321 BA");
        assertThat(billing.city()).isEqualTo("Amsterdam");
        assertThat(billing.countryCode()).isEqualTo("NL");
        assertThat(billing.phoneNumber()).contains("+31 20 000 0000");
        assertThat(billing.phoneNumberMobile()).contains("+31 6 1111 1111");
        assertThat(billing.emailAddressBilling()).contains("billing@example.com");
        assertThat(billing.bundleInvoicesOfSameCategory()).isEqualTo(Flag.YES);
        assertThat(billing.bundleInvoicesOfSameCategoryCode()).isEqualTo(1);
        assertThat(billing.receivePaymentConfirmationsViaEmail()).isEqualTo(Flag.NO);
        assertThat(billing.receivePaymentConfirmationsViaEmailCode()).isZero();
        assertThat(billing.preferredPaymentMethod()).isEqualTo(3);
    }

    @Test
    void optionalStringsLeftUnsetAreEmpty() {
        AccountBillingDetails billing = ModelFixtures.billingDetails().toBuilder()
                .phoneNumber(null)
                .phoneNumberMobile(null)
                .emailAddressBilling(null)
                .build();

        assertThat(billing.phoneNumber()).isEmpty();
        assertThat(billing.phoneNumberMobile()).isEmpty();
        assertThat(billing.emailAddressBilling()).isEmpty();
    }

    @Test
    void toBuilderRoundTripsToAnEqualValue() {
        AccountBillingDetails billing = ModelFixtures.billingDetails();

        assertThat(billing.toBuilder().build()).isEqualTo(billing).hasSameHashCodeAs(billing);
        assertThat(billing.toBuilder().preferredPaymentMethod(4).build()).isNotEqualTo(billing);
    }

    @Test
    void unknownFlagCodeMapsToUnknownAndKeepsRawValue() {
        AccountBillingDetails billing = ModelFixtures.billingDetails().toBuilder()
                .receivePaymentConfirmationsViaEmail(2)
                .build();

        assertThat(billing.receivePaymentConfirmationsViaEmail()).isEqualTo(Flag.UNKNOWN);
        assertThat(billing.receivePaymentConfirmationsViaEmailCode()).isEqualTo(2);
    }

    static Stream<String> requiredProperties() {
        return ModelFixtures.requiredBillingDetails().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("requiredProperties")
    void buildFailsNamingTheMissingRequiredProperty(String missing) {
        AccountBillingDetails.Builder builder =
                ModelFixtures.allBut(ModelFixtures.requiredBillingDetails(), missing, AccountBillingDetails.builder());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("AccountBillingDetails: required property '" + missing + "' is not set");
    }

    @Test
    void nonNullSettersRejectNullNamingTheProperty() {
        assertThatThrownBy(() -> AccountBillingDetails.builder().city(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("city");
        assertThatThrownBy(() -> AccountBillingDetails.builder().bundleInvoicesOfSameCategory(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("bundleInvoicesOfSameCategory");
    }
}
