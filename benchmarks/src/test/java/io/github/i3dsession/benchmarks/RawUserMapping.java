package io.github.i3dsession.benchmarks;

import io.github.i3dsession.model.AccountBillingDetails;
import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.model.UnconfirmedEmail;

/** Builds the model from a baseline's {@link RawUser}, so the two can be compared with {@code equals}. */
final class RawUserMapping {

    private RawUserMapping() {}

    static SessionUser toModel(RawUser raw) {
        RawUser.Details d = raw.details;
        RawUser.Billing b = raw.billingDetails;
        AccountDetails details = AccountDetails.builder()
                .accountType(d.accountType)
                .companyName(d.companyName)
                .vatNumber(d.vatNumber)
                .cocNumber(d.cocNumber)
                .firstName(d.firstName)
                .lastName(d.lastName)
                .address(d.address)
                .streetNumber(d.streetNumber)
                .zipCode(d.zipCode)
                .city(d.city)
                .countryCode(d.countryCode)
                .emailAddress(d.emailAddress)
                .unconfirmedEmail(
                        d.unconfirmedEmail == null
                                ? null
                                : UnconfirmedEmail.builder()
                                        .email(d.unconfirmedEmail.email)
                                        .expiresAt(d.unconfirmedEmail.expiresAt)
                                        .build())
                .emailAddressValidated(d.emailAddressValidated)
                .phoneNumber(d.phoneNumber)
                .phoneNumberMobile(d.phoneNumberMobile)
                .language(d.language)
                .emailAddressAbuse(d.emailAddressAbuse)
                .newsletter(d.newsletter)
                .agreeToc(d.agreeToc)
                .agreeAup(d.agreeAup)
                .agreeDpa(d.agreeDpa)
                .isAllowedFlexMetal(d.isAllowedFlexMetal)
                .build();
        AccountBillingDetails billing = AccountBillingDetails.builder()
                .firstName(b.firstName)
                .lastName(b.lastName)
                .address(b.address)
                .streetNumber(b.streetNumber)
                .zipCode(b.zipCode)
                .city(b.city)
                .countryCode(b.countryCode)
                .phoneNumber(b.phoneNumber)
                .phoneNumberMobile(b.phoneNumberMobile)
                .emailAddressBilling(b.emailAddressBilling)
                .bundleInvoicesOfSameCategory(b.bundleInvoicesOfSameCategory)
                .receivePaymentConfirmationsViaEmail(b.receivePaymentConfirmationsViaEmail)
                .preferredPaymentMethod(b.preferredPaymentMethod)
                .build();
        return SessionUser.builder()
                .userId(raw.userId)
                .userName(raw.userName)
                .email(raw.email)
                .firstName(raw.firstName)
                .lastName(raw.lastName)
                .gender(raw.gender)
                .phone(raw.phone)
                .accessLevel(raw.accessLevel)
                .validateEmail(raw.validateEmail)
                .isTrialAccount(raw.isTrialAccount)
                .trialAccountExpirationDate(raw.trialAccountExpirationDate)
                .requestIp(raw.requestIp)
                .requestIpCountry(raw.requestIpCountry)
                .requestIpCountryCode(raw.requestIpCountryCode)
                .details(details)
                .billingDetails(billing)
                .build();
    }
}
