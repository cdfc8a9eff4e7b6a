package io.github.i3dsession.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.i3dsession.model.AccountBillingDetails;
import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.model.UnconfirmedEmail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON in and out of the fake server, with one shared {@link ObjectMapper}. Documents are built node by node,
 * so the wire format follows the spec property for property and does not depend on how the model is annotated.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** Parses {@code body} as a JSON object; returns null if it is not valid JSON or not an object. */
    static ObjectNode parseObject(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node instanceof ObjectNode ? (ObjectNode) node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether {@code text} is exactly one JSON value, with nothing but whitespace after it. */
    static boolean isJson(String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns the text of field {@code name} of {@code object}, or null if it is absent or not a string. */
    static String textField(ObjectNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** Serializes {@code node}, as a one-element array when {@code wrapInArray}. */
    static byte[] bytes(JsonNode node, boolean wrapInArray) {
        JsonNode out = node;
        if (wrapInArray) {
            ArrayNode array = MAPPER.createArrayNode();
            array.add(node);
            out = array;
        }
        try {
            return MAPPER.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's {@code Error}, with one {@code ErrorDetails} entry unless {@code property} is null. */
    static ObjectNode error(int errorCode, String errorMessage, String property, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("errorCode", errorCode);
        node.put("errorMessage", errorMessage);
        ArrayNode errors = node.putArray("errors");
        if (property != null) {
            errors.addObject().put("property", property).put("message", message);
        }
        return node;
    }

    static String errorJson(int errorCode, String errorMessage, String property, String message) {
        return error(errorCode, errorMessage, property, message).toString();
    }

    /** The spec's {@code SessionAuthReq}. */
    static ObjectNode authReq(boolean requiresOtp, long expiresAt, long otpSessionExpiresAt) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("requiresOtp", requiresOtp);
        node.put("expiresAt", expiresAt);
        node.put("otpSessionExpiresAt", otpSessionExpiresAt);
        return node;
    }

    /** The spec's {@code SessionUser}: every property, raw integer codes, epoch seconds, nulls for absent values. */
    static ObjectNode sessionUser(SessionUser user) {
        ObjectNode node = MAPPER.createObjectNode();
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
        node.set("billingDetails", billingDetails(user.billingDetails()));
        return node;
    }

    private static ObjectNode details(AccountDetails details) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("accountType", details.accountTypeCode());
        putText(node, "companyName", details.companyName());
        putText(node, "vatNumber", details.vatNumber());
        putText(node, "cocNumber", details.cocNumber());
        node.put("firstName", details.firstName());
        node.put("lastName", details.lastName());
        node.put("address", details.address());
        node.put("streetNumber", details.streetNumber());
        node.put("zipCode", details.zipCode());
        node.put("city", details.city());
        node.put("countryCode", details.countryCode());
        node.put("emailAddress", details.emailAddress());
        Optional<UnconfirmedEmail> unconfirmed = details.unconfirmedEmail();
        if (unconfirmed.isPresent()) {
            node.putObject("unconfirmedEmail")
                    .put("email", unconfirmed.get().email())
                    .put("expiresAt", unconfirmed.get().expiresAtEpochSecond());
        } else {
            node.putNull("unconfirmedEmail");
        }
        putInt(node, "emailAddressValidated", details.emailAddressValidatedCode());
        putText(node, "phoneNumber", details.phoneNumber());
        putText(node, "phoneNumberMobile", details.phoneNumberMobile());
        node.put("language", details.languageCode());
        putText(node, "emailAddressAbuse", details.emailAddressAbuse());
        putInt(node, "newsletter", details.newsletterCode());
        putInt(node, "agreeToc", details.agreeTocCode());
        putInt(node, "agreeAup", details.agreeAupCode());
        putInt(node, "agreeDpa", details.agreeDpaCode());
        node.put("isAllowedFlexMetal", details.isAllowedFlexMetalCode());
        return node;
    }

    private static ObjectNode billingDetails(AccountBillingDetails billing) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("firstName", billing.firstName());
        node.put("lastName", billing.lastName());
        node.put("address", billing.address());
        node.put("streetNumber", billing.streetNumber());
        node.put("zipCode", billing.zipCode());
        node.put("city", billing.city());
        node.put("countryCode", billing.countryCode());
        putText(node, "phoneNumber", billing.phoneNumber());
        putText(node, "phoneNumberMobile", billing.phoneNumberMobile());
        putText(node, "emailAddressBilling", billing.emailAddressBilling());
        node.put("bundleInvoicesOfSameCategory", billing.bundleInvoicesOfSameCategoryCode());
        node.put("receivePaymentConfirmationsViaEmail", billing.receivePaymentConfirmationsViaEmailCode());
        node.put("preferredPaymentMethod", billing.preferredPaymentMethod());
        return node;
    }

    private static void putText(ObjectNode node, String name, Optional<String> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private static void putInt(ObjectNode node, String name, Optional<Integer> value) {
        if (value.isPresent()) {
            node.put(name, value.get().intValue());
        } else {
            node.putNull(name);
        }
    }
}
