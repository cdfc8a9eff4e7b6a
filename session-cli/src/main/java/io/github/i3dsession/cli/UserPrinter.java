package io.github.i3dsession.cli;

import io.github.i3dsession.model.AccountBillingDetails;
import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.Flag;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.model.UnconfirmedEmail;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints a {@link SessionUser} as an indented block of {@code name value} lines: every property of the user, its
 * account details and its billing details. Coded integers show their typed view and raw code ({@code DUTCH (1)}),
 * absent optional properties show {@code (none)}. Control characters in the server's text are escaped, so a
 * hostile server cannot drive the terminal.
 */
final class UserPrinter {
    static final String NONE = "(none)";

    private final PrintWriter out;
    private final String indent;

    UserPrinter(PrintWriter out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    void print(SessionUser user) {
        section("user");
        field("userId", Long.toString(user.userId()));
        field("userName", user.userName());
        field("email", user.email());
        field("firstName", user.firstName());
        field("lastName", user.lastName());
        field("gender", user.gender());
        field("phone", user.phone());
        field("accessLevel", coded(user.accessLevel(), user.accessLevelCode()));
        field("validateEmail", coded(user.validateEmail(), user.validateEmailCode()));
        field("isTrialAccount", coded(user.isTrialAccount(), user.isTrialAccountCode()));
        field("trialAccountExpirationDate", user.trialAccountExpirationDate());
        field("requestIp", user.requestIp());
        field("requestIpCountry", user.requestIpCountry());
        field("requestIpCountryCode", user.requestIpCountryCode());
        printDetails(user.details());
        printBillingDetails(user.billingDetails());
        out.flush();
    }

    private void printDetails(AccountDetails details) {
        section("details");
        field("accountType", coded(details.accountType(), details.accountTypeCode()));
        field("companyName", details.companyName());
        field("vatNumber", details.vatNumber());
        field("cocNumber", details.cocNumber());
        field("firstName", details.firstName());
        field("lastName", details.lastName());
        field("address", details.address());
        field("streetNumber", details.streetNumber());
        field("zipCode", details.zipCode());
        field("city", details.city());
        field("countryCode", details.countryCode());
        field("emailAddress", details.emailAddress());
        field(
                "unconfirmedEmail",
                details.unconfirmedEmail().map(UserPrinter::unconfirmed).orElse(NONE));
        field("emailAddressValidated", flag(details.emailAddressValidated(), details.emailAddressValidatedCode()));
        field("phoneNumber", details.phoneNumber());
        field("phoneNumberMobile", details.phoneNumberMobile());
        field("language", coded(details.language(), details.languageCode()));
        field("emailAddressAbuse", details.emailAddressAbuse());
        field("newsletter", flag(details.newsletter(), details.newsletterCode()));
        field("agreeToc", flag(details.agreeToc(), details.agreeTocCode()));
        field("agreeAup", flag(details.agreeAup(), details.agreeAupCode()));
        field("agreeDpa", flag(details.agreeDpa(), details.agreeDpaCode()));
        field("isAllowedFlexMetal", coded(details.isAllowedFlexMetal(), details.isAllowedFlexMetalCode()));
    }

    private void printBillingDetails(AccountBillingDetails billing) {
        section("billingDetails");
        field("firstName", billing.firstName());
        field("lastName", billing.lastName());
        field("address", billing.address());
        field("streetNumber", billing.streetNumber());
        field("zipCode", billing.zipCode());
        field("city", billing.city());
        field("countryCode", billing.countryCode());
        field("phoneNumber", billing.phoneNumber());
        field("phoneNumberMobile", billing.phoneNumberMobile());
        field("emailAddressBilling", billing.emailAddressBilling());
        field(
                "bundleInvoicesOfSameCategory",
                coded(billing.bundleInvoicesOfSameCategory(), billing.bundleInvoicesOfSameCategoryCode()));
        field(
                "receivePaymentConfirmationsViaEmail",
                coded(
                        billing.receivePaymentConfirmationsViaEmail(),
                        billing.receivePaymentConfirmationsViaEmailCode()));
        field("preferredPaymentMethod", Integer.toString(billing.preferredPaymentMethod()));
    }

    private void section(String name) {
        out.println(indent + name);
    }

    private void field(String name, Optional<String> value) {
        field(name, value.orElse(NONE));
    }

    private void field(String name, String value) {
        out.println(String.format(Locale.ROOT, "%s  %-36s %s", indent, name, printable(value)));
    }

    private static String coded(Enum<?> typed, int code) {
        return typed.name() + " (" + code + ")";
    }

    private static String flag(Optional<Flag> typed, Optional<Integer> code) {
        return typed.isPresent() && code.isPresent() ? coded(typed.get(), code.get()) : NONE;
    }

    private static String unconfirmed(UnconfirmedEmail email) {
        String expiry = email.expiresAt().map(Object::toString).orElse("never");
        return email.email() + ", link expires " + expiry;
    }

    /** Escapes control characters (ANSI escapes, line breaks) so that server text stays on its line. */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
