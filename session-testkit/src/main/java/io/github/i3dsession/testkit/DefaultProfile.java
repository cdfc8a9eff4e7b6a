package io.github.i3dsession.testkit;

import io.github.i3dsession.model.AccountBillingDetails;
import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.model.UnconfirmedEmail;
import java.util.Locale;

/** Builds {@link FakeUser#defaultProfile(String)}: deterministic, complete, realistic. */
final class DefaultProfile {
    /** 2030-01-01T00:00:00Z: the pending e-mail change's confirmation link expires then. */
    private static final long UNCONFIRMED_EMAIL_EXPIRES_AT = 1_893_456_000L;

    private DefaultProfile() {}

    static SessionUser of(String userName) {
        long userId = 100_000L + Math.floorMod(userName.hashCode(), 900_000);
        String local = emailLocalPart(userName);
        String phone = "+31 10 " + (2_000_000 + userId % 1_000_000);
        String mobile = "+31 6 " + (10_000_000 + userId % 10_000_000);
        AccountDetails details = AccountDetails.builder()
                .accountType(2)
                .companyName("Example Game Hosting B.V.")
                .vatNumber(String.format(Locale.ROOT, "NL%09dB01", userId))
                .cocNumber(String.format(Locale.ROOT, "%08d", userId % 100_000_000))
                .firstName("Jan")
                .lastName("de Vries")
                .address("Stationsplein")
                .streetNumber("45")
                .zipCode("3013 AK")
                .city("Rotterdam")
                .countryCode("NL")
                .emailAddress(local + "@example.com")
                .unconfirmedEmail(UnconfirmedEmail.builder()
                        .email(local + ".new@example.com")
                        .expiresAt(UNCONFIRMED_EMAIL_EXPIRES_AT)
                        .build())
                .emailAddressValidated(1)
                .phoneNumber(phone)
                .phoneNumberMobile(mobile)
                .language(1)
                .emailAddressAbuse("abuse@example.com")
                .newsletter(1)
                .agreeToc(1)
                .agreeAup(1)
                .agreeDpa(1)
                .isAllowedFlexMetal(1)
                .build();
        AccountBillingDetails billing = AccountBillingDetails.builder()
                .firstName("Jan")
                .lastName("de Vries")
                .address("Coolsingel")
                .streetNumber("40")
                .zipCode("3011 AD")
                .city("Rotterdam")
                .countryCode("NL")
                .phoneNumber(phone)
                .phoneNumberMobile(mobile)
                .emailAddressBilling("billing@example.com")
                .bundleInvoicesOfSameCategory(1)
                .receivePaymentConfirmationsViaEmail(1)
                .preferredPaymentMethod(3)
                .build();
        return SessionUser.builder()
                .userId(userId)
                .userName(userName)
                .email(local + "@example.com")
                .firstName("Jan")
                .lastName("de Vries")
                .gender("male")
                .phone(phone)
                .accessLevel(10)
                .validateEmail(1)
                .isTrialAccount(1)
                .trialAccountExpirationDate("2030-12-31")
                .requestIp("192.0.2.10")
                .requestIpCountry("Netherlands")
                .requestIpCountryCode("NL")
                .details(details)
                .billingDetails(billing)
                .build();
    }

    /** The user name reduced to characters that are safe in an e-mail address's local part. */
    private static String emailLocalPart(String userName) {
        StringBuilder out = new StringBuilder();
        for (char c : userName.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append(c);
            }
        }
        return out.length() == 0 ? "user" : out.toString();
    }
}
