package io.github.i3dsession.api;

import java.io.ByteArrayOutputStream;

/** RFC 4648 base32 decoding for TOTP secrets, lenient only where authenticator apps are. */
final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    /**
     * Decodes {@code text}: letters in either case, spaces anywhere, {@code =} padding only at the end.
     *
     * @throws IllegalArgumentException naming the index of the first bad character (never the character, which
     *     is part of a secret), or the number of characters if no byte string encodes to that many
     */
    static byte[] decode(String text, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        int symbols = 0;
        boolean padding = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '=') {
                padding = true;
                continue;
            }
            int value = ALPHABET.indexOf(Character.toUpperCase(c));
            // toUpperCase maps a few non-ASCII letters into A-Z, hence the range check.
            if (value < 0 || c > 0x7f || padding) {
                throw new IllegalArgumentException(name + " is not base32: invalid character at index " + i);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            symbols++;
            if (bits >= 8) {
                bits -= 8;
                out.write(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        int rest = symbols % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw new IllegalArgumentException(
                    name + " is not base32: no byte string encodes to " + symbols + " characters");
        }
        return out.toByteArray();
    }
}
