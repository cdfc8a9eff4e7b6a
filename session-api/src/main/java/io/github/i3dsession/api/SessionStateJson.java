package io.github.i3dsession.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The version 1 JSON of {@link SessionState}, on Jackson's streaming API. Errors name the property and the JSON
 * type found; Jackson's own messages are never passed on, because they may quote the text, cookie values included.
 */
final class SessionStateJson {
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SessionStateJson() {}

    static String write(SessionState state) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeStringField("baseUri", state.baseUri().toString());
            json.writeArrayFieldStart("cookies");
            for (SessionState.Cookie cookie : state.cookies()) {
                json.writeStartObject();
                json.writeStringField("name", cookie.name());
                json.writeStringField("value", cookie.value());
                json.writeStringField("host", cookie.host());
                json.writeStringField("path", cookie.path());
                if (cookie.expiresAt().isPresent()) {
                    json.writeStringField("expiresAt", cookie.expiresAt().get().toString());
                }
                json.writeBooleanField("secure", cookie.secure());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static SessionState read(String text) {
        try {
            // The version decides how to read the rest, so it is found first, wherever it stands.
            int version = version(text);
            if (version != VERSION) {
                throw new IllegalArgumentException(
                        "session state has version " + version + "; this library reads version " + VERSION);
            }
            return state(text);
        } catch (JsonParseException e) {
            String original = e.getOriginalMessage();
            String what = original != null && original.startsWith("Duplicate field")
                    ? "session state repeats a property"
                    : "session state is not valid JSON";
            throw new IllegalArgumentException(what + at(e.getLocation()));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "session state cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static int version(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "session state", "an object");
            Integer version = null;
            while (nextField(parser, "session state") != null) {
                if (parser.currentName().equals("version")) {
                    JsonToken token = parser.currentToken();
                    if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                        throw mismatch("version", "an integer", token);
                    }
                    version = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
            if (version == null) {
                throw new IllegalArgumentException("session state lacks version");
            }
            return version;
        }
    }

    private static SessionState state(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            parser.nextToken();
            String baseUri = null;
            List<SessionState.Cookie> cookies = null;
            while (nextField(parser, "session state") != null) {
                switch (parser.currentName()) {
                    case "baseUri":
                        baseUri = string(parser, "baseUri");
                        break;
                    case "cookies":
                        cookies = cookies(parser);
                        break;
                    default:
                        // version is checked already; unknown properties are left for later versions.
                        parser.skipChildren();
                        break;
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("session state has text after its object");
            }
            return SessionState.of(uri(required(baseUri, "baseUri")), required(cookies, "cookies"));
        }
    }

    private static List<SessionState.Cookie> cookies(JsonParser parser) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_ARRAY, "cookies", "an array");
        List<SessionState.Cookie> cookies = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            cookies.add(cookie(parser, "cookies[" + cookies.size() + "]"));
        }
        return cookies;
    }

    private static SessionState.Cookie cookie(JsonParser parser, String path) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_OBJECT, path, "an object");
        String name = null;
        String value = null;
        String host = null;
        String cookiePath = null;
        Instant expiresAt = null;
        Boolean secure = null;
        for (String field = nextField(parser, path); field != null; field = nextField(parser, path)) {
            String property = path + "." + field;
            switch (field) {
                case "name":
                    name = string(parser, property);
                    break;
                case "value":
                    value = string(parser, property);
                    break;
                case "host":
                    host = string(parser, property);
                    break;
                case "path":
                    cookiePath = string(parser, property);
                    break;
                case "expiresAt":
                    expiresAt = parser.currentToken() == JsonToken.VALUE_NULL ? null : instant(parser, property);
                    break;
                case "secure":
                    JsonToken token = parser.currentToken();
                    if (!token.isBoolean()) {
                        throw mismatch(property, "a boolean", token);
                    }
                    secure = token == JsonToken.VALUE_TRUE;
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        required(name, path + ".name");
        required(value, path + ".value");
        required(host, path + ".host");
        required(cookiePath, path + ".path");
        required(secure, path + ".secure");
        try {
            return SessionState.Cookie.of(name, value, host, cookiePath, expiresAt, secure);
        } catch (IllegalArgumentException e) {
            // Cookie.of never puts the value in its messages.
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    /** Moves to the next property's value and returns its name, or returns null at the end of the object. */
    private static String nextField(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw mismatch(path, "a property name", token);
        }
        parser.nextToken();
        return parser.currentName();
    }

    private static String string(JsonParser parser, String property) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_STRING) {
            throw mismatch(property, "a string", token);
        }
        return parser.getText();
    }

    private static Instant instant(JsonParser parser, String property) throws IOException {
        String text = string(parser, property);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + " is not an ISO-8601 instant such as 2030-01-01T00:00:00Z");
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUri is not a URI");
        }
    }

    private static <T> T required(T value, String property) {
        if (value == null) {
            throw new IllegalArgumentException("session state lacks " + property);
        }
        return value;
    }

    private static void expect(JsonParser parser, JsonToken found, JsonToken expected, String path, String what) {
        if (found != expected) {
            throw mismatch(path, what, found);
        }
    }

    private static IllegalArgumentException mismatch(String property, String expected, JsonToken found) {
        return new IllegalArgumentException(property + " must be " + expected + ", found " + describe(found));
    }

    // An if chain, not a switch: a switch on a Jackson enum compiles to a synthetic class outside this one.
    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the text";
        } else if (token == JsonToken.START_OBJECT) {
            return "an object";
        } else if (token == JsonToken.START_ARRAY) {
            return "an array";
        } else if (token == JsonToken.VALUE_STRING) {
            return "a string";
        } else if (token.isNumeric()) {
            return "a number";
        } else if (token.isBoolean()) {
            return "a boolean";
        } else if (token == JsonToken.VALUE_NULL) {
            return "null";
        }
        return token.asString() == null ? token.name() : token.asString();
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
