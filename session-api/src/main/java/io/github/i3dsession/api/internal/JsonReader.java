package io.github.i3dsession.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Strict, typed reads over a Jackson streaming parser. Every failure names the property path and the JSON
 * type found, never the value.
 */
final class JsonReader {
    private final JsonParser parser;

    JsonReader(JsonParser parser) {
        this.parser = parser;
    }

    JsonParser parser() {
        return parser;
    }

    /** Returns the next property name of the current object, or null at its end. */
    String nextName(String path) throws IOException, ResponseFormatException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new ResponseFormatException(path + ": expected a property name, found " + describe(token));
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    void expectObject(String path) throws ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw mismatch(path, "an object", token);
        }
    }

    /** True when the current value is JSON null (for nullable properties). */
    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    // Each read takes the parent path and the property name separately and joins them only to report an error,
    // so a successful decode builds no path string per property: only one per nested object or array element,
    // made by SessionJson as it descends.

    String string(String parent, String name) throws IOException, ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_STRING) {
            throw mismatch(parent + "." + name, "a string", token);
        }
        return parser.getText();
    }

    String nullableString(String parent, String name) throws IOException, ResponseFormatException {
        return isNull() ? null : string(parent, name);
    }

    int integer(String parent, String name) throws IOException, ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(parent + "." + name, "an integer", token);
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new ResponseFormatException(parent + "." + name + ": integer out of range");
        }
        return parser.getIntValue();
    }

    Integer nullableInteger(String parent, String name) throws IOException, ResponseFormatException {
        return isNull() ? null : integer(parent, name);
    }

    long longInteger(String parent, String name) throws IOException, ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(parent + "." + name, "an integer", token);
        }
        JsonParser.NumberType type = parser.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw new ResponseFormatException(parent + "." + name + ": integer out of range");
        }
        return parser.getLongValue();
    }

    boolean bool(String parent, String name) throws ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw mismatch(parent + "." + name, "a boolean", token);
    }

    void skip() throws IOException {
        parser.skipChildren();
    }

    static ResponseFormatException mismatch(String path, String expected, JsonToken found) {
        return new ResponseFormatException(path + ": expected " + expected + ", found " + describe(found));
    }

    /**
     * True for the error Jackson's STRICT_DUPLICATE_DETECTION raises. Jackson gives it no type of its own, only
     * its message ("Duplicate field" before 2.17, "Duplicate Object property" since); SessionJsonTest pins it.
     */
    static boolean isDuplicateProperty(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate ");
    }

    /**
     * The path of the parser's current property, rooted at {@code root} like every path this decoder reports:
     * {@code SessionUser.details.city}, {@code Error.errors[1].message}. A one-element array around the document
     * is not part of it, as elsewhere. Names come from the server, so each is cut short and stripped of control
     * characters; they are names, never values.
     */
    static String path(String root, JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                path.insert(0, "." + printable(c.getCurrentName()));
            } else if (c.getParent() != null && !c.getParent().inRoot()) {
                path.insert(0, "[" + c.getCurrentIndex() + "]");
            }
        }
        return path.insert(0, root).toString();
    }

    private static String printable(String name) {
        if (name == null) {
            return "?";
        }
        StringBuilder out = new StringBuilder(Math.min(name.length(), 64));
        for (int i = 0; i < name.length() && i < 64; i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return name.length() > 64 ? out.append("...").toString() : out.toString();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name();
        }
    }
}
