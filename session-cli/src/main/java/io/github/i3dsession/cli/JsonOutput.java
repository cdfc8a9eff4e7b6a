package io.github.i3dsession.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.i3dsession.model.AccountBillingDetails;
import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.SessionUser;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The documents of {@code --output json}. A user is written as the API's {@code SessionUser} schema, with the
 * spec's property names and raw integer codes; absent optional properties are {@code null}, so every field is
 * always present. The other documents add the tool's own fields ({@code baseUrl}, {@code sessionFile}...).
 */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonOutput() {}

    static void print(PrintWriter out, ObjectNode document) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }

    /** What {@code login} prints: who logged in where, and the session file, or null with --no-store. */
    static ObjectNode login(URI baseUrl, SessionUser user, Path sessionFile) {
        ObjectNode node = JSON.createObjectNode();
        node.put("baseUrl", baseUrl.toString());
        node.put("userName", user.userName());
        node.put("userId", user.userId());
        node.put("stored", sessionFile != null);
        node.put("sessionFile", sessionFile == null ? null : sessionFile.toString());
        node.set("user", user(user));
        return node;
    }

    /** What {@code status} prints. {@code accepted} is null when nothing is stored, so nothing was asked. */
    static ObjectNode status(URI baseUrl, String userName, Path sessionFile, Boolean accepted) {
        ObjectNode node = JSON.createObjectNode();
        node.put("baseUrl", baseUrl.toString());
        node.put("userName", userName);
        node.put("stored", sessionFile != null);
        node.put("sessionFile", sessionFile == null ? null : sessionFile.toString());
        node.put("accepted", accepted);
        return node;
    }

    /** A {@code SessionUser} document, as the API sends it. */
    static ObjectNode user(SessionUser user) {
        ObjectNode node = JSON.createObjectNode();
        node.put("userId", user.userId());
        node.put("userName", user.userName());
        node.put("email", user.email());
        node.put("firstName", user.firstName());
        node.put("lastName", user.lastName());
        node.put("gender", user.gender());
        node.put("phone", user.phone());
        node.put("accessLevel", user.accessLevelCode());
        node.put("validateEmail", user.validateEmailCode());
        node.put("isTrialAccount", user.isTrialAccountCode());
        node.put("trialAccountExpirationDate", user.trialAccountExpirationDate());
        node.put("requestIp", user.requestIp());
        node.put("requestIpCountry", user.requestIpCountry());
        node.put("requestIpCountryCode", user.requestIpCountryCode());
        node.set("details", details(user.details()));
        node.set("billingDetails", billing(user.billingDetails()));
        return node;
    }

    private static ObjectNode details(AccountDetails details) {
        ObjectNode node = JSON.createObjectNode();
        node.put("accountType", details.accountTypeCode());
        node.put("companyName", details.companyName().orElse(null));
        node.put("vatNumber", details.vatNumber().orElse(null));
        node.put("cocNumber", details.cocNumber().orElse(null));
        node.put("firstName", details.firstName());
        node.put("lastName", details.lastName());
        node.put("address", details.address());
        node.put("streetNumber", details.streetNumber());
        node.put("zipCode", details.zipCode());
        node.put("city", details.city());
        node.put("countryCode", details.countryCode());
        node.put("emailAddress", details.emailAddress());
        if (details.unconfirmedEmail().isPresent()) {
            ObjectNode unconfirmed = node.putObject("unconfirmedEmail");
            unconfirmed.put("email", details.unconfirmedEmail().get().email());
            unconfirmed.put("expiresAt", details.unconfirmedEmail().get().expiresAtEpochSecond());
        } else {
            node.putNull("unconfirmedEmail");
        }
        node.put("emailAddressValidated", code(details.emailAddressValidatedCode()));
        node.put("phoneNumber", details.phoneNumber().orElse(null));
        node.put("phoneNumberMobile", details.phoneNumberMobile().orElse(null));
        node.put("language", details.languageCode());
        node.put("emailAddressAbuse", details.emailAddressAbuse().orElse(null));
        node.put("newsletter", code(details.newsletterCode()));
        node.put("agreeToc", code(details.agreeTocCode()));
        node.put("agreeAup", code(details.agreeAupCode()));
        node.put("agreeDpa", code(details.agreeDpaCode()));
        node.put("isAllowedFlexMetal", details.isAllowedFlexMetalCode());
        return node;
    }

    private static ObjectNode billing(AccountBillingDetails billing) {
        ObjectNode node = JSON.createObjectNode();
        node.put("firstName", billing.firstName());
        node.put("lastName", billing.lastName());
        node.put("address", billing.address());
        node.put("streetNumber", billing.streetNumber());
        node.put("zipCode", billing.zipCode());
        node.put("city", billing.city());
        node.put("countryCode", billing.countryCode());
        node.put("phoneNumber", billing.phoneNumber().orElse(null));
        node.put("phoneNumberMobile", billing.phoneNumberMobile().orElse(null));
        node.put("emailAddressBilling", billing.emailAddressBilling().orElse(null));
        node.put("bundleInvoicesOfSameCategory", billing.bundleInvoicesOfSameCategoryCode());
        node.put("receivePaymentConfirmationsViaEmail", billing.receivePaymentConfirmationsViaEmailCode());
        node.put("preferredPaymentMethod", billing.preferredPaymentMethod());
        return node;
    }

    private static Integer code(Optional<Integer> code) {
        return code.orElse(null);
    }
}
