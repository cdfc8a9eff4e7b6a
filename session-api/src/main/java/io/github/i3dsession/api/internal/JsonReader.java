package io.github.i3dsession.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Strict, typed reads over a Jackson streaming parser. Every failure names the property path and the JSON
 * type found, never the value.
 *
 * <p>It also rejects a property name that appears twice in one object, anywhere in the document, skipped values
 * included. Jackson's STRICT_DUPLICATE_DETECTION does the same with a {@code HashSet} per object of more than two
 * names, which was 2.6 KB of the 7 KB a {@code getUser} allocated; here the names of the objects being read sit in
 * one stack of arrays kept per thread (as Jackson keeps its buffers) and are compared by hash, then by value. An
 * object with more than {@value #SCAN_LIMIT} names moves to a set of its own, so a hostile document cannot make
 * the check quadratic.
 */
final class JsonReader {
    /** Names per object checked by a scan; beyond it, the object's names go into a set. */
    static final int SCAN_LIMIT = 64;

    private static final ThreadLocal<NameStack> NAMES = ThreadLocal.withInitial(NameStack::new);

    private final JsonParser parser;
    private final String root;
    private final NameStack names;

    /**
     * A reader over {@code parser}; call {@link #close()} when the document is read.
     *
     * @param root the type of the document, which every reported path starts with
     */
    JsonReader(JsonParser parser, String root) {
        this.parser = parser;
        this.root = root;
        this.names = NAMES.get().reset();
    }

    JsonParser parser() {
        return parser;
    }

    /** Forgets the names read, so that the thread's stack keeps no server text between documents. */
    void close() {
        names.clear();
    }

    /** Returns the next property name of the current object, or null at its end. */
    String nextName(String path) throws IOException, ResponseFormatException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            names.endObject();
            return null;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new ResponseFormatException(path + ": expected a property name, found " + describe(token));
        }
        String name = parser.currentName();
        if (!names.add(name)) {
            throw new ResponseFormatException(path(root, parser.getParsingContext()) + ": duplicate property");
        }
        parser.nextToken();
        return name;
    }

    /** Checks that the current value is an object and starts reading it: then call {@link #nextName} to its end. */
    void expectObject(String path) throws ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw mismatch(path, "an object", token);
        }
        names.beginObject();
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

    /** Skips the current value; the names of the objects in it are checked for duplicates all the same. */
    void skip() throws IOException, ResponseFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            names.beginObject();
            while (nextName(root) != null) {
                skip();
            }
        } else if (token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                skip();
            }
        }
    }

    static ResponseFormatException mismatch(String path, String expected, JsonToken found) {
        return new ResponseFormatException(path + ": expected " + expected + ", found " + describe(found));
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

    /**
     * The names of the objects being read, innermost last. Object {@code d} owns the entries from {@code starts[d]}
     * up to the next object's start; an object that outgrows {@link #SCAN_LIMIT} keeps its names in {@code sets[d]}
     * instead. One per thread, reset for each document: a decode allocates nothing for it once the arrays have grown.
     */
    private static final class NameStack {
        private String[] names = new String[64];
        private int[] hashes = new int[64];
        private int count;
        /** The most entries in use since the last clear: what clear() must null out. */
        private int highWater;

        private int[] starts = new int[8];
        private int depth = -1;
        /** Null until some object outgrows the scan. */
        private Set<String>[] sets;

        NameStack reset() {
            clear();
            return this;
        }

        void clear() {
            Arrays.fill(names, 0, highWater, null);
            count = 0;
            highWater = 0;
            depth = -1;
            if (sets != null) {
                Arrays.fill(sets, null);
            }
        }

        void beginObject() {
            depth++;
            if (depth == starts.length) {
                starts = Arrays.copyOf(starts, depth * 2);
                if (sets != null) {
                    sets = Arrays.copyOf(sets, depth * 2);
                }
            }
            starts[depth] = count;
            if (sets != null) {
                sets[depth] = null;
            }
        }

        void endObject() {
            count = starts[depth];
            if (sets != null) {
                sets[depth] = null;
            }
            depth--;
        }

        /** Adds a name to the innermost object; false when that object already has it. */
        boolean add(String name) {
            Set<String> set = sets == null ? null : sets[depth];
            if (set != null) {
                return set.add(name);
            }
            int start = starts[depth];
            int hash = name.hashCode();
            for (int i = start; i < count; i++) {
                if (hashes[i] == hash && names[i].equals(name)) {
                    return false;
                }
            }
            if (count - start == SCAN_LIMIT) {
                moveToSet(start).add(name);
                return true;
            }
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            names[count] = name;
            hashes[count] = hash;
            count++;
            highWater = Math.max(highWater, count);
            return true;
        }

        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
        private Set<String> moveToSet(int start) {
            if (sets == null) {
                sets = new Set[starts.length];
            }
            Set<String> set = new HashSet<>(Arrays.asList(names).subList(start, count));
            sets[depth] = set;
            count = start;
            return set;
        }
    }
}
