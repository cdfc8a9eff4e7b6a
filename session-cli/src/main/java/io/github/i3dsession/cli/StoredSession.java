package io.github.i3dsession.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.i3dsession.api.SessionState;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * What one session file holds: the user name, the base URL and the library's {@link SessionState}, under a
 * format version of this tool. Immutable. {@link #toString()} never shows the session's cookie values.
 *
 * <pre>{"format":1,"userName":"alice","baseUrl":"https://api.i3d.net","session":{...SessionState.toJson()...}}</pre>
 */
final class StoredSession {
    /** The version of the file format this tool writes and reads. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String userName;
    private final URI baseUrl;
    private final SessionState state;

    private StoredSession(String userName, URI baseUrl, SessionState state) {
        this.userName = Objects.requireNonNull(userName, "userName");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.state = Objects.requireNonNull(state, "state");
    }

    static StoredSession of(String userName, URI baseUrl, SessionState state) {
        return new StoredSession(userName, baseUrl, state);
    }

    String userName() {
        return userName;
    }

    URI baseUrl() {
        return baseUrl;
    }

    SessionState state() {
        return state;
    }

    /** Returns the file's text. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("userName", userName);
        root.put("baseUrl", baseUrl.toString());
        try {
            root.set("session", JSON.readTree(state.toJson()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("SessionState.toJson() returned malformed JSON", e);
        }
    }

    /**
     * Reads a file's text.
     *
     * @throws IllegalArgumentException naming what is wrong (never a value) when the text is not this format
     */
    static StoredSession fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt()) {
            throw new IllegalArgumentException("no format version");
        }
        if (format.intValue() != FORMAT) {
            throw new IllegalArgumentException(
                    "unknown format version " + format.intValue() + " (this tool reads " + FORMAT + ")");
        }
        String userName = text(root, "userName");
        URI baseUrl;
        try {
            baseUrl = new URI(text(root, "baseUrl"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a URL");
        }
        JsonNode session = root.get("session");
        if (session == null || !session.isObject()) {
            throw new IllegalArgumentException("session must be a JSON object");
        }
        // SessionState's own message names the problem; it never quotes cookie values.
        SessionState state = SessionState.fromJson(session.toString());
        return new StoredSession(userName, baseUrl, state);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
            throw new IllegalArgumentException(field + " must be a non-empty string");
        }
        return node.textValue();
    }

    @Override
    public String toString() {
        return "StoredSession{userName=" + userName + ", baseUrl=" + baseUrl + ", state=" + state + "}";
    }
}
