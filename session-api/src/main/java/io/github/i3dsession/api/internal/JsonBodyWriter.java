package io.github.i3dsession.api.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the two request bodies as UTF-8 JSON into one buffer this class owns, so that the copy holding a
 * password or OTP can be zeroed after sending. Jackson's generator is not used for them on purpose: its
 * recycled buffers would keep copies of the secret that nobody clears.
 */
final class JsonBodyWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] buffer = new byte[128];
    private int size;

    JsonBodyWriter raw(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            put((byte) ascii.charAt(i));
        }
        return this;
    }

    JsonBodyWriter string(CharSequence text) {
        put((byte) '"');
        for (int i = 0; i < text.length(); i++) {
            i = encode(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : 0, i);
        }
        put((byte) '"');
        return this;
    }

    JsonBodyWriter string(char[] text) {
        put((byte) '"');
        for (int i = 0; i < text.length; i++) {
            i = encode(text[i], i + 1 < text.length ? text[i + 1] : 0, i);
        }
        put((byte) '"');
        return this;
    }

    /** Returns an exact-size copy and zeroes the working buffer. */
    byte[] toBytesAndClear() {
        byte[] result = Arrays.copyOf(buffer, size);
        Arrays.fill(buffer, (byte) 0);
        size = 0;
        return result;
    }

    /** Encodes one char (or a surrogate pair with next) and returns the index of the last char consumed. */
    private int encode(char c, char next, int index) {
        if (c == '"' || c == '\\') {
            put((byte) '\\');
            put((byte) c);
        } else if (c < 0x20) {
            put((byte) '\\');
            put((byte) 'u');
            put((byte) '0');
            put((byte) '0');
            put(HEX[c >> 4]);
            put(HEX[c & 0xF]);
        } else if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | (c >> 6)));
            put((byte) (0x80 | (c & 0x3F)));
        } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
            int cp = Character.toCodePoint(c, next);
            put((byte) (0xF0 | (cp >> 18)));
            put((byte) (0x80 | ((cp >> 12) & 0x3F)));
            put((byte) (0x80 | ((cp >> 6) & 0x3F)));
            put((byte) (0x80 | (cp & 0x3F)));
            return index + 1;
        } else if (Character.isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form; JSON's escape keeps the text as the caller gave it.
            put((byte) '\\');
            put((byte) 'u');
            put(HEX[c >> 12]);
            put(HEX[(c >> 8) & 0xF]);
            put(HEX[(c >> 4) & 0xF]);
            put(HEX[c & 0xF]);
        } else {
            put((byte) (0xE0 | (c >> 12)));
            put((byte) (0x80 | ((c >> 6) & 0x3F)));
            put((byte) (0x80 | (c & 0x3F)));
        }
        return index;
    }

    private void put(byte b) {
        if (size == buffer.length) {
            byte[] bigger = Arrays.copyOf(buffer, size * 2);
            Arrays.fill(buffer, (byte) 0);
            buffer = bigger;
        }
        buffer[size++] = b;
    }
}
