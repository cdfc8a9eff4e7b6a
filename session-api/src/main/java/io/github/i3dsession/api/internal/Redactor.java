package io.github.i3dsession.api.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps secrets out of exception messages: short body excerpts, masked secret-looking JSON values. */
final class Redactor {
    static final String MASK = "****";
    private static final int SNIPPET_CHARS = 120;
    private static final Pattern SECRET_PROPERTY = Pattern.compile(
            "(\"[^\"]*(?i:password|passwd|otp|token|secret|session|cookie|api-?key|authorization)[^\"]*\"\\s*:\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");

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
        } catch (java.nio.charset.CharacterCodingException e) {
            return "<" + body.length + " unreadable bytes>";
        }
        StringBuilder flat = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            flat.append(Character.isISOControl(c) ? ' ' : c);
        }
        String masked = mask(flat.toString(), secrets);
        return masked.length() > SNIPPET_CHARS ? masked.substring(0, SNIPPET_CHARS) + "..." : masked;
    }

    /** Masks secret-looking JSON properties and every literal occurrence of the given secrets. */
    static String mask(String text, List<? extends CharSequence> secrets) {
        Matcher matcher = SECRET_PROPERTY.matcher(text);
        String result = matcher.replaceAll("$1\"" + MASK + "\"");
        for (CharSequence secret : secrets) {
            if (secret != null && secret.length() > 0) {
                result = replaceLiteral(result, secret);
            }
        }
        return result;
    }

    /** Replaces a secret without turning it into a String (a password arrives as a CharBuffer over char[]). */
    private static String replaceLiteral(String text, CharSequence secret) {
        int length = secret.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + length <= text.length(); i++) {
            if (regionEquals(text, i, secret)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i).append(MASK);
                i += length - 1;
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean regionEquals(String text, int start, CharSequence secret) {
        for (int j = 0; j < secret.length(); j++) {
            if (text.charAt(start + j) != secret.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
