package io.github.i3dsession.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules and the encoding behind {@link ApiRequest}: what a method, path and header may be, and how the path
 * and query are percent-encoded. Messages name the argument and show only what cannot be a secret.
 */
final class ApiRequestChecks {
    /** Headers the client sets itself: the session, the API key, framing and the body's type. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "cookie",
            "private-token",
            "host",
            "content-length",
            "content-type",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "upgrade",
            "te",
            "expect");

    private static final String TOKEN_SEPARATORS = "()<>@,;:\\\"/[]?={}";
    private static final String PATH_SAFE = "-._~!$&'()*+,;=:@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ApiRequestChecks() {}

    static String method(String method) {
        if (method.isEmpty() || !method.chars().allMatch(c -> isTokenChar(c) && !(c >= 'a' && c <= 'z'))) {
            throw new IllegalArgumentException("method must be an upper-case token such as GET: " + method);
        }
        if (method.equals("CONNECT") || method.equals("TRACE")) {
            throw new IllegalArgumentException("method " + method + " is not supported for API calls");
        }
        return method;
    }

    /**
     * Checks a path relative to the base URI. The path may be shown in messages: it names a resource, and query
     * values, where secrets would go, are not part of it.
     */
    static String path(String path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty; the base URI itself is /");
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException(
                    "path must start with a single / and be relative to the base URI, such as /v3/host: " + safe(path));
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("path has a control character at index " + i);
            }
            if (c == '?' || c == '#') {
                throw new IllegalArgumentException(
                        "path must not contain " + c + "; add query parameters with query(name, value): " + safe(path));
            }
            if (c == '%' && !(i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2)))) {
                throw new IllegalArgumentException(
                        "path has a % at index " + i + " that does not start a %XX escape; write % as %25");
            }
        }
        for (String segment : path.substring(1).split("/", -1)) {
            String decoded = decode(segment);
            for (String part : decoded.split("[/\\\\]", -1)) {
                if (part.equals(".") || part.equals("..")) {
                    throw new IllegalArgumentException("path must not contain . or .. segments: " + safe(path));
                }
            }
        }
        return path;
    }

    static String headerName(String name) {
        if (name.isEmpty() || !name.chars().allMatch(ApiRequestChecks::isTokenChar)) {
            throw new IllegalArgumentException("header name must be a token: " + safe(name));
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("header " + name + " is set by the client and cannot be given"
                    + (name.equalsIgnoreCase("content-type") ? "; pass the content type to body(..)" : ""));
        }
        return name;
    }

    static String headerValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new IllegalArgumentException(
                        "value of header " + name + " has a control character at index " + i);
            }
        }
        return value;
    }

    static String contentType(String contentType) {
        if (contentType.isBlank()) {
            throw new IllegalArgumentException("contentType must not be blank");
        }
        return headerValue("Content-Type", contentType);
    }

    static String queryName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("query parameter name must not be empty");
        }
        return name;
    }

    /** A hash of a header map that agrees with its case-insensitive equality. */
    static int headersHash(Map<String, List<String>> headers) {
        int hash = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            hash += header.getKey().toLowerCase(Locale.ROOT).hashCode()
                    ^ header.getValue().hashCode();
        }
        return hash;
    }

    /** Percent-encodes what a path may not hold as it is; %XX escapes the caller wrote stay as they are. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c) || PATH_SAFE.indexOf(c) >= 0 || c == '%') {
                out.append((char) c);
            } else {
                escape(out, c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes a query name or value as UTF-8; only unreserved characters stay as they are. */
    static void encodeQueryComponent(StringBuilder out, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                escape(out, c);
            }
        }
    }

    private static void escape(StringBuilder out, int c) {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0f]);
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && TOKEN_SEPARATORS.indexOf(c) < 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Percent-decodes a path segment (escapes were checked already) so that hidden dot segments show. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Text for a message, with control characters shown as {@code ?} so that no message splits a log line. */
    private static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
