package io.github.i3dsession.testkit;

import java.nio.charset.StandardCharsets;

/**
 * The content of {@link FakeResponse.Builder#largeBody(long)} bodies: a JSON-looking line repeated forever,
 * addressable by offset so that any part can be produced without producing what comes before it.
 */
final class GeneratedBody {
    private static final byte[] PATTERN = "{\"filler\":\"i3d-fake-session-server-large-body-0123456789abcdef\"},\n"
            .getBytes(StandardCharsets.US_ASCII);

    private GeneratedBody() {}

    /** Writes the {@code length} bytes that start at {@code offset} of an endless generated body to {@code dest}. */
    static void fill(long offset, byte[] dest, int length) {
        int p = (int) (offset % PATTERN.length);
        for (int i = 0; i < length; i++) {
            dest[i] = PATTERN[p];
            p = p + 1 == PATTERN.length ? 0 : p + 1;
        }
    }
}
