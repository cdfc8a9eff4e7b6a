package io.github.i3dsession.api.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that came from the server (body excerpts, error messages, header values), never in our own
 * words: those are built so that no secret can enter them. Only whole values are masked: the value of a
 * secret-looking JSON property, a JSON string whose value is a secret, and a secret standing on its own (not inside
 * a longer word). Masking letters inside words would mangle the text and tell a reader which letters a password
 * holds.
 */
final class Redactor {
    static final String MASK = "****";
    private static final int SNIPPET_CHARS = 120;
    private static final Pattern SECRET_PROPERTY = Pattern.compile(
            "(\"[^\"]*(?i:password|passwd|otp|token|secret|session|cookie|api-?key|authorization)[^\"]*\"\\s*:\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Redactor() {}

    /** A short, single-line, masked excerpt of a body, or null when it is empty. */
    static String snippet(byte[] body, List<? extends CharSequence> secrets) {
        if (body.length == 0) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(body, 0, Math.min(body.length, 1024)))
                    .toString();
        } catch (CharacterCodingException e) {
            return "<" + body.length + " unreadable bytes>";
        }
        StringBuilder flat = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            flat.append(Character.isISOControl(c) ? ' ' : c);
        }
        String masked = maskServerText(flat.toString(), secrets);
        return masked.length() > SNIPPET_CHARS ? masked.substring(0, SNIPPET_CHARS) + "..." : masked;
    }

    /**
     * Masks, in text that came from the server, the values of secret-looking JSON properties, JSON strings whose
     * decoded value is one of the secrets, and each secret that stands on its own.
     */
    static String maskServerText(String text, List<? extends CharSequence> secrets) {
        String result = SECRET_PROPERTY.matcher(text).replaceAll("$1\"" + MASK + "\"");
        if (secrets.isEmpty()) {
            return result;
        }
        Matcher strings = JSON_STRING.matcher(result);
        StringBuilder out = null;
        int copied = 0;
        while (strings.find()) {
            if (isSecret(unescape(strings.group(1)), secrets)) {
                out = out == null ? new StringBuilder(result.length()) : out;
                out.append(result, copied, strings.start())
                        .append('"')
                        .append(MASK)
                        .append('"');
                copied = strings.end();
            }
        }
        if (out != null) {
            result = out.append(result, copied, result.length()).toString();
        }
        for (CharSequence secret : secrets) {
            if (secret != null && secret.length() > 0) {
                result = maskStandalone(result, secret);
            }
        }
        return result;
    }

    private static boolean isSecret(String value, List<? extends CharSequence> secrets) {
        for (CharSequence secret : secrets) {
            if (secret != null && secret.length() > 0 && contentEquals(value, secret)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces each occurrence not flanked by a letter or digit, without turning the secret into a String. */
    private static String maskStandalone(String text, CharSequence secret) {
        int length = secret.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + length <= text.length(); i++) {
            if (regionEquals(text, i, secret) && standsAlone(text, i, i + length)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i).append(MASK);
                i += length - 1;
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean contentEquals(String value, CharSequence secret) {
        return value.length() == secret.length() && regionEquals(value, 0, secret);
    }

    private static boolean regionEquals(String text, int start, CharSequence secret) {
        for (int j = 0; j < secret.length(); j++) {
            if (text.charAt(start + j) != secret.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the escapes of a JSON string's content; a broken escape is kept as it is. */
    private static String unescape(String content) {
        if (content.indexOf('\\') < 0) {
            return content;
        }
        StringBuilder out = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != '\\' || i + 1 == content.length()) {
                out.append(c);
                continue;
            }
            char e = content.charAt(++i);
            switch (e) {
                case 'n':
                    out.append('\n');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'u':
                    if (i + 4 < content.length()) {
                        try {
                            out.append((char) Integer.parseInt(content.substring(i + 1, i + 5), 16));
                            i += 4;
                            break;
                        } catch (NumberFormatException ignored) {
                            // not a valid escape: kept as written
                        }
                    }
                    out.append('\\').append(e);
                    break;
                default:
                    out.append(e);
            }
        }
        return out.toString();
    }
}
