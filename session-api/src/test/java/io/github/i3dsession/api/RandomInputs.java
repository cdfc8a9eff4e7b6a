package io.github.i3dsession.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generators of the inputs {@link RandomResponsesTest} feeds a client: statuses, bodies, JSON documents, text. Each
 * leans towards edge cases (empty, zero, extremes) the way property-testing libraries do.
 */
final class RandomInputs {
    private static final List<String> NAMES = List.of(
            "requiresOtp",
            "expiresAt",
            "otpSessionExpiresAt",
            "userId",
            "userName",
            "details",
            "billingDetails",
            "errorCode",
            "errorMessage",
            "errors",
            "property",
            "message",
            "accountType",
            "city",
            "unconfirmedEmail",
            "x",
            "");
    private static final int[] COMMON_STATUSES = {200, 204, 301, 302, 400, 401, 404, 409, 429, 500, 502, 503, 504};
    private static final int[] INT_EDGES = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final long[] LONG_EDGES = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE};
    private static final String[] ODD_LITERALS = {"true", "false", "null", "1e400", "-0", "99999999999999999999999"};

    private RandomInputs() {}

    /** 0 login, 1 provideOtp, 2 logout, 3 getUser. */
    static int operation(Random random) {
        return random.nextInt(4);
    }

    /** A documented status half the time, otherwise any status from 100 to 599. */
    static int status(Random random) {
        return random.nextBoolean()
                ? COMMON_STATUSES[random.nextInt(COMMON_STATUSES.length)]
                : 100 + random.nextInt(500);
    }

    /** A status from 300 to 599 that is not retried (502, 503 and 504 are). */
    static int failureStatus(Random random) {
        while (true) {
            int status = 300 + random.nextInt(300);
            if (status < 502 || status > 504) {
                return status;
            }
        }
    }

    /** Any int, an edge value one time in five. */
    static int anyInt(Random random) {
        return random.nextInt(5) == 0 ? INT_EDGES[random.nextInt(INT_EDGES.length)] : random.nextInt();
    }

    /** An epoch second up to 2100, or 0 one time in four. */
    static long epoch(Random random) {
        return random.nextInt(4) == 0 ? 0L : (long) (random.nextDouble() * 4_102_444_800L);
    }

    /** Up to 300 random bytes, none one time in ten. */
    static byte[] bytes(Random random) {
        byte[] bytes = new byte[random.nextInt(10) == 0 ? 0 : random.nextInt(301)];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * Up to {@code maxLength} code points: mostly ASCII, with control characters, other BMP characters and
     * characters beyond the BMP (surrogate pairs) mixed in; never a lone surrogate, which UTF-8 cannot carry.
     */
    static String text(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind == 6) {
                text.append((char) random.nextInt(0x20));
            } else if (kind < 9) {
                int c = 0x80 + random.nextInt(0xFFFE - 0x80);
                text.append(Character.isSurrogate((char) c) ? '\u00e9' : (char) c);
            } else {
                text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
            }
        }
        return text.toString();
    }

    /** A JSON value nested at most four levels deep. */
    static String json(Random random) {
        return jsonValue(random, 4);
    }

    private static String jsonValue(Random random, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(9);
        if (kind < 3) {
            return scalar(random);
        }
        if (kind < 5) {
            List<String> items = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                items.add(jsonValue(random, depth - 1));
            }
            return "[" + String.join(",", items) + "]";
        }
        // Member names are distinct: a duplicate property is rejected anywhere in a document, so an object with one
        // would not be the "any unknown value" the valid-answer properties mean.
        List<String> members = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            if (used.add(name)) {
                members.add(quote(name) + ":" + jsonValue(random, depth - 1));
            }
        }
        return "{" + String.join(",", members) + "}";
    }

    private static String scalar(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return quote(text(random, 12));
            case 1:
                return String.valueOf(anyInt(random));
            case 2:
                return String.valueOf(
                        random.nextInt(5) == 0 ? LONG_EDGES[random.nextInt(LONG_EDGES.length)] : random.nextLong());
            case 3:
                return String.valueOf(finiteDouble(random));
            default:
                return ODD_LITERALS[random.nextInt(ODD_LITERALS.length)];
        }
    }

    /** Any finite double, from subnormals to the largest, half the time in the everyday range. */
    private static double finiteDouble(Random random) {
        if (random.nextBoolean()) {
            return (random.nextDouble() - 0.5) * 2e6;
        }
        while (true) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                return value;
            }
        }
    }

    /** {@code text} as a JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
