package io.github.i3dsession.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Fully populated sample values, and the setters of every required property per builder. */
final class ModelFixtures {

    private ModelFixtures() {}

    static UnconfirmedEmail unconfirmedEmail() {
        return UnconfirmedEmail.builder()
                .email("new@example.com")
                .expiresAt(1_700_000_000L)
                .build();
    }

    /** Setters for every required property of {@link AccountDetails}, in declaration order. */
    static Map<String, Consumer<AccountDetails.Builder>> requiredDetails() {
        Map<String, Consumer<AccountDetails.Builder>> setters = new LinkedHashMap<>();
        setters.put("accountType", b -> b.accountType(AccountType.BUSINESS));
        setters.put("firstName", b -> b.firstName("Ada"));
        setters.put("lastName", b -> b.lastName("Lovelace"));
        setters.put("address", b -> b.address("Main Street"));
        setters.put("streetNumber", b -> b.streetNumber("1A"));
        setters.put("zipCode", b -> b.zipCode("1234 AB"));
        setters.put("city", b -> b.city("Rotterdam"));
        setters.put("countryCode", b -> b.countryCode("NL"));
        setters.put("emailAddress", b -> b.emailAddress("ada@example.com"));
        setters.put("language", b -> b.language(Language.DUTCH));
        setters.put("isAllowedFlexMetal", b -> b.isAllowedFlexMetal(Flag.YES));
        return setters;
    }

    static AccountDetails details() {
        AccountDetails.Builder builder = AccountDetails.builder();
        requiredDetails().values().forEach(setter -> setter.accept(builder));
        return builder.companyName("Analytical Engines BV")
                .vatNumber("NL123456789B01")
                .cocNumber("12345678")
                .unconfirmedEmail(unconfirmedEmail())
                .emailAddressValidated(Flag.YES)
                .phoneNumber("+31 10 000 0000")
                .phoneNumberMobile("+31 6 0000 0000")
                .emailAddressAbuse("abuse@example.com")
                .newsletter(Flag.NO)
                .agreeToc(Flag.YES)
                .agreeAup(Flag.YES)
                .agreeDpa(Flag.YES)
                .build();
    }

    /** Setters for every required property of {@link AccountBillingDetails}, in declaration order. */
    static Map<String, Consumer<AccountBillingDetails.Builder>> requiredBillingDetails() {
        Map<String, Consumer<AccountBillingDetails.Builder>> setters = new LinkedHashMap<>();
        setters.put("firstName", b -> b.firstName("Ada"));
        setters.put("lastName", b -> b.lastName("Lovelace"));
        setters.put("address", b -> b.address("Billing Street"));
        setters.put("streetNumber", b -> b.streetNumber("2"));
        setters.put("zipCode", b -> b.zipCode("4321 BA"));
        setters.put("city", b -> b.city("Amsterdam"));
        setters.put("countryCode", b -> b.countryCode("NL"));
        setters.put("bundleInvoicesOfSameCategory", b -> b.bundleInvoicesOfSameCategory(Flag.YES));
        setters.put("receivePaymentConfirmationsViaEmail", b -> b.receivePaymentConfirmationsViaEmail(Flag.NO));
        setters.put("preferredPaymentMethod", b -> b.preferredPaymentMethod(3));
        return setters;
    }

    static AccountBillingDetails billingDetails() {
        AccountBillingDetails.Builder builder = AccountBillingDetails.builder();
        requiredBillingDetails().values().forEach(setter -> setter.accept(builder));
        return builder.phoneNumber("+31 20 000 0000")
                .phoneNumberMobile("+31 6 1111 1111")
                .emailAddressBilling("billing@example.com")
                .build();
    }

    /** Setters for every property of {@link SessionUser} (all required), in declaration order. */
    static Map<String, Consumer<SessionUser.Builder>> requiredUser() {
        Map<String, Consumer<SessionUser.Builder>> setters = new LinkedHashMap<>();
        setters.put("userId", b -> b.userId(4_200_000_000L));
        setters.put("userName", b -> b.userName("ada"));
        setters.put("email", b -> b.email("ada@example.com"));
        setters.put("firstName", b -> b.firstName("Ada"));
        setters.put("lastName", b -> b.lastName("Lovelace"));
        setters.put("gender", b -> b.gender("f"));
        setters.put("phone", b -> b.phone("+31 10 000 0000"));
        setters.put("accessLevel", b -> b.accessLevel(AccessLevel.REGULAR));
        setters.put("validateEmail", b -> b.validateEmail(Flag.YES));
        setters.put("isTrialAccount", b -> b.isTrialAccount(Flag.NO));
        setters.put("trialAccountExpirationDate", b -> b.trialAccountExpirationDate(""));
        setters.put("requestIp", b -> b.requestIp("192.0.2.1"));
        setters.put("requestIpCountry", b -> b.requestIpCountry("Netherlands"));
        setters.put("requestIpCountryCode", b -> b.requestIpCountryCode("NL"));
        setters.put("details", b -> b.details(details()));
        setters.put("billingDetails", b -> b.billingDetails(billingDetails()));
        return setters;
    }

    static SessionUser user() {
        SessionUser.Builder builder = SessionUser.builder();
        requiredUser().values().forEach(setter -> setter.accept(builder));
        return builder.build();
    }

    /** Applies every setter except the one for {@code missing}. */
    static <B> B allBut(Map<String, Consumer<B>> setters, String missing, B builder) {
        setters.forEach((name, setter) -> {
            if (!name.equals(missing)) {
                setter.accept(builder);
            }
        });
        return builder;
    }
}
