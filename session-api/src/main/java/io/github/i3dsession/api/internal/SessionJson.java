package io.github.i3dsession.api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.i3dsession.model.AccountBillingDetails;
import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.ApiError;
import io.github.i3dsession.model.ErrorDetails;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.model.UnconfirmedEmail;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one place JSON is configured and mapped: response bodies are read with Jackson's streaming parser straight
 * into the model's builders (no reflection, no intermediate tree, no String copy of the body), request bodies are
 * written by {@link JsonBodyWriter}. Unknown properties are skipped; a one-element array around an object is
 * unwrapped; a wrongly typed or missing required property fails with its path. A property name that appears
 * twice in one object, anywhere in the document, fails with its path too: accepting it would let this client
 * and another parser (a proxy, a log pipeline) read two different documents from the same bytes. Thread-safe.
 */
public final class SessionJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    // The paths of nested objects, which are always under the same root: constants rather than a concatenation
    // per document.
    private static final String USER_DETAILS = "SessionUser.details";
    private static final String USER_BILLING = "SessionUser.billingDetails";
    private static final String USER_UNCONFIRMED = USER_DETAILS + ".unconfirmedEmail";
    private static final String ERROR_ERRORS = "Error.errors";

    private SessionJson() {}

    /** The configured factory, shared and thread-safe. */
    static JsonFactory factory() {
        return FACTORY;
    }

    static byte[] writeLogin(SessionLogin login) {
        char[] password = login.password();
        try {
            JsonBodyWriter writer = new JsonBodyWriter()
                    .raw("{\"userName\":")
                    .string(login.userName())
                    .raw(",\"password\":")
                    .string(password);
            login.rememberMeCode()
                    .ifPresent(code -> writer.raw(",\"rememberMe\":").raw(Integer.toString(code)));
            return writer.raw("}").toBytesAndClear();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static byte[] writeOtp(SessionLoginOtp otp) {
        return new JsonBodyWriter().raw("{\"otp\":").string(otp.otp()).raw("}").toBytesAndClear();
    }

    static SessionAuthReq readAuthReq(InputStream body) throws IOException, ResponseFormatException {
        return readRoot(body, "SessionAuthReq", SessionJson::authReq);
    }

    static SessionUser readUser(InputStream body) throws IOException, ResponseFormatException {
        return readRoot(body, "SessionUser", SessionJson::user);
    }

    static ApiError readApiError(InputStream body) throws IOException, ResponseFormatException {
        return readRoot(body, "Error", SessionJson::apiError);
    }

    private interface ObjectReader<T> {
        T read(JsonReader reader, String path) throws IOException, ResponseFormatException;
    }

    private static <T> T readRoot(InputStream body, String type, ObjectReader<T> objectReader)
            throws IOException, ResponseFormatException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonReader reader = new JsonReader(parser, type);
            try {
                return readDocument(reader, type, objectReader);
            } finally {
                reader.close();
            }
        } catch (JsonProcessingException e) {
            // Jackson's own message can quote body text; keep only the position.
            JsonLocation at = e.getLocation();
            throw new ResponseFormatException(
                    at == null
                            ? "JSON in " + type + " exceeds the parser's limits (nesting depth 64)"
                            : "malformed JSON in " + type + " at line " + at.getLineNr() + ", column "
                                    + at.getColumnNr());
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw new ResponseFormatException(e.getMessage(), e);
        }
    }

    private static <T> T readDocument(JsonReader reader, String type, ObjectReader<T> objectReader)
            throws IOException, ResponseFormatException {
        JsonParser parser = reader.parser();
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ResponseFormatException("empty body, expected a " + type + " object");
        }
        boolean wrapped = first == JsonToken.START_ARRAY;
        if (wrapped && parser.nextToken() == JsonToken.END_ARRAY) {
            throw new ResponseFormatException("expected a " + type + " object, found an empty array");
        }
        T value = objectReader.read(reader, type);
        if (wrapped && parser.nextToken() != JsonToken.END_ARRAY) {
            throw new ResponseFormatException("expected one " + type + " object, found an array of several");
        }
        if (parser.nextToken() != null) {
            throw new ResponseFormatException("unexpected content after the " + type + " object");
        }
        return value;
    }

    private static SessionAuthReq authReq(JsonReader r, String path) throws IOException, ResponseFormatException {
        r.expectObject(path);
        SessionAuthReq.Builder b = SessionAuthReq.builder();
        for (String name; (name = r.nextName(path)) != null; ) {
            switch (name) {
                case "requiresOtp":
                    b.requiresOtp(r.bool(path, "requiresOtp"));
                    break;
                case "expiresAt":
                    b.expiresAt(r.longInteger(path, "expiresAt"));
                    break;
                case "otpSessionExpiresAt":
                    b.otpSessionExpiresAt(r.longInteger(path, "otpSessionExpiresAt"));
                    break;
                default:
                    r.skip();
            }
        }
        return b.build();
    }

    private static SessionUser user(JsonReader r, String path) throws IOException, ResponseFormatException {
        r.expectObject(path);
        SessionUser.Builder b = SessionUser.builder();
        for (String name; (name = r.nextName(path)) != null; ) {
            switch (name) {
                case "userId":
                    b.userId(r.longInteger(path, name));
                    break;
                case "userName":
                    b.userName(r.string(path, name));
                    break;
                case "email":
                    b.email(r.string(path, name));
                    break;
                case "firstName":
                    b.firstName(r.string(path, name));
                    break;
                case "lastName":
                    b.lastName(r.string(path, name));
                    break;
                case "gender":
                    b.gender(r.string(path, name));
                    break;
                case "phone":
                    b.phone(r.string(path, name));
                    break;
                case "accessLevel":
                    b.accessLevel(r.integer(path, name));
                    break;
                case "validateEmail":
                    b.validateEmail(r.integer(path, name));
                    break;
                case "isTrialAccount":
                    b.isTrialAccount(r.integer(path, name));
                    break;
                case "trialAccountExpirationDate":
                    b.trialAccountExpirationDate(r.string(path, name));
                    break;
                case "requestIp":
                    b.requestIp(r.string(path, name));
                    break;
                case "requestIpCountry":
                    b.requestIpCountry(r.string(path, name));
                    break;
                case "requestIpCountryCode":
                    b.requestIpCountryCode(r.string(path, name));
                    break;
                case "details":
                    b.details(details(r, USER_DETAILS));
                    break;
                case "billingDetails":
                    b.billingDetails(billing(r, USER_BILLING));
                    break;
                default:
                    r.skip();
            }
        }
        return b.build();
    }

    private static AccountDetails details(JsonReader r, String path) throws IOException, ResponseFormatException {
        r.expectObject(path);
        AccountDetails.Builder b = AccountDetails.builder();
        for (String name; (name = r.nextName(path)) != null; ) {
            switch (name) {
                case "accountType":
                    b.accountType(r.integer(path, name));
                    break;
                case "companyName":
                    b.companyName(r.nullableString(path, name));
                    break;
                case "vatNumber":
                    b.vatNumber(r.nullableString(path, name));
                    break;
                case "cocNumber":
                    b.cocNumber(r.nullableString(path, name));
                    break;
                case "firstName":
                    b.firstName(r.string(path, name));
                    break;
                case "lastName":
                    b.lastName(r.string(path, name));
                    break;
                case "address":
                    b.address(r.string(path, name));
                    break;
                case "streetNumber":
                    b.streetNumber(r.string(path, name));
                    break;
                case "zipCode":
                    b.zipCode(r.string(path, name));
                    break;
                case "city":
                    b.city(r.string(path, name));
                    break;
                case "countryCode":
                    b.countryCode(r.string(path, name));
                    break;
                case "emailAddress":
                    b.emailAddress(r.string(path, name));
                    break;
                case "unconfirmedEmail":
                    b.unconfirmedEmail(r.isNull() ? null : unconfirmed(r, USER_UNCONFIRMED));
                    break;
                case "emailAddressValidated":
                    b.emailAddressValidated(r.nullableInteger(path, name));
                    break;
                case "phoneNumber":
                    b.phoneNumber(r.nullableString(path, name));
                    break;
                case "phoneNumberMobile":
                    b.phoneNumberMobile(r.nullableString(path, name));
                    break;
                case "language":
                    b.language(r.integer(path, name));
                    break;
                case "emailAddressAbuse":
                    b.emailAddressAbuse(r.nullableString(path, name));
                    break;
                case "newsletter":
                    b.newsletter(r.nullableInteger(path, name));
                    break;
                case "agreeToc":
                    b.agreeToc(r.nullableInteger(path, name));
                    break;
                case "agreeAup":
                    b.agreeAup(r.nullableInteger(path, name));
                    break;
                case "agreeDpa":
                    b.agreeDpa(r.nullableInteger(path, name));
                    break;
                case "isAllowedFlexMetal":
                    b.isAllowedFlexMetal(r.integer(path, name));
                    break;
                default:
                    r.skip();
            }
        }
        return b.build();
    }

    private static UnconfirmedEmail unconfirmed(JsonReader r, String path) throws IOException, ResponseFormatException {
        r.expectObject(path);
        UnconfirmedEmail.Builder b = UnconfirmedEmail.builder();
        for (String name; (name = r.nextName(path)) != null; ) {
            switch (name) {
                case "email":
                    b.email(r.string(path, "email"));
                    break;
                case "expiresAt":
                    b.expiresAt(r.longInteger(path, "expiresAt"));
                    break;
                default:
                    r.skip();
            }
        }
        return b.build();
    }

    private static AccountBillingDetails billing(JsonReader r, String path)
            throws IOException, ResponseFormatException {
        r.expectObject(path);
        AccountBillingDetails.Builder b = AccountBillingDetails.builder();
        for (String name; (name = r.nextName(path)) != null; ) {
            switch (name) {
                case "firstName":
                    b.firstName(r.string(path, name));
                    break;
                case "lastName":
                    b.lastName(r.string(path, name));
                    break;
                case "address":
                    b.address(r.string(path, name));
                    break;
                case "streetNumber":
                    b.streetNumber(r.string(path, name));
                    break;
                case "zipCode":
                    b.zipCode(r.string(path, name));
                    break;
                case "city":
                    b.city(r.string(path, name));
                    break;
                case "countryCode":
                    b.countryCode(r.string(path, name));
                    break;
                case "phoneNumber":
                    b.phoneNumber(r.nullableString(path, name));
                    break;
                case "phoneNumberMobile":
                    b.phoneNumberMobile(r.nullableString(path, name));
                    break;
                case "emailAddressBilling":
                    b.emailAddressBilling(r.nullableString(path, name));
                    break;
                case "bundleInvoicesOfSameCategory":
                    b.bundleInvoicesOfSameCategory(r.integer(path, name));
                    break;
                case "receivePaymentConfirmationsViaEmail":
                    b.receivePaymentConfirmationsViaEmail(r.integer(path, name));
                    break;
                case "preferredPaymentMethod":
                    b.preferredPaymentMethod(r.integer(path, name));
                    break;
                default:
                    r.skip();
            }
        }
        return b.build();
    }

    private static ApiError apiError(JsonReader r, String path) throws IOException, ResponseFormatException {
        r.expectObject(path);
        ApiError.Builder b = ApiError.builder();
        for (String name; (name = r.nextName(path)) != null; ) {
            switch (name) {
                case "errorCode":
                    b.errorCode(r.integer(path, name));
                    break;
                case "errorMessage":
                    b.errorMessage(r.string(path, name));
                    break;
                case "errors":
                    b.errors(errorDetailsList(r, ERROR_ERRORS));
                    break;
                default:
                    r.skip();
            }
        }
        return b.build();
    }

    private static List<ErrorDetails> errorDetailsList(JsonReader r, String path)
            throws IOException, ResponseFormatException {
        if (r.parser().currentToken() != JsonToken.START_ARRAY) {
            throw JsonReader.mismatch(path, "an array", r.parser().currentToken());
        }
        List<ErrorDetails> list = new ArrayList<>();
        while (r.parser().nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + list.size() + "]";
            r.expectObject(at);
            ErrorDetails.Builder b = ErrorDetails.builder();
            for (String name; (name = r.nextName(at)) != null; ) {
                switch (name) {
                    case "property":
                        b.property(r.string(at, "property"));
                        break;
                    case "message":
                        b.message(r.string(at, "message"));
                        break;
                    default:
                        r.skip();
                }
            }
            list.add(b.build());
        }
        return list;
    }
}
