package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random {@code Set-Cookie} lines from a hostile server: storing them never throws, and whatever is kept goes back
 * as a well-formed {@code Cookie} header. Seeded; a failure prints the seed, and
 * {@code -Dset-cookie.seed=<seed>} replays it.
 */
class SetCookiePropertyTest {
    private static final String SEED_PROPERTY = "set-cookie.seed";
    private static final int LINES = 20_000;
    private static final List<URI> ORIGINS = List.of(
            URI.create("https://api.i3d.net/v3/session/login"),
            URI.create("http://127.0.0.1:8080/v3/session/login"),
            URI.create("http://[::1]:1/v3/session/user"),
            URI.create("https://a.example.test/"));
    private static final String[] ATTRIBUTES = {
        "Path", "Domain", "Max-Age", "Expires", "Secure", "HttpOnly", "SameSite", "max-AGE", "DOMAIN", "path", "x"
    };
    private static final String[] VALUES = {
        "/",
        "/v3",
        "/v3/session",
        "",
        "-",
        "0",
        "-1",
        "60",
        "99999999999999999999999",
        "-99999999999999999999",
        "+5",
        "1e3",
        ".example.test",
        "i3d.net",
        ".",
        "127.0.0.1",
        "0.0.1",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Fri, 01 Jan 2100 00:00:00 GMT",
        "Sun Nov  6 08:49:37 1994",
        "99:99:99 32 Foo 0",
        "Lax"
    };
    private static final String PIECES = ";=  \t\",\\/.-:";
    // name=value pairs joined by "; ": a name has no ';', '=', control characters or outer spaces, a value no ';'
    // or control characters.
    private static final String NAME = "[^;=\\x00-\\x08\\x0a-\\x1f\\x7f \\t](?:[^;=\\x00-\\x08\\x0a-\\x1f\\x7f]*"
            + "[^;=\\x00-\\x08\\x0a-\\x1f\\x7f \\t])?";
    private static final String VALUE = "(?:[^;\\x00-\\x08\\x0a-\\x1f\\x7f \\t](?:[^;\\x00-\\x08\\x0a-\\x1f\\x7f]*"
            + "[^;\\x00-\\x08\\x0a-\\x1f\\x7f \\t])?)?";
    private static final Pattern COOKIE_HEADER =
            Pattern.compile(NAME + "=" + VALUE + "(?:; " + NAME + "=" + VALUE + ")*");

    @Test
    void randomSetCookieLinesNeverThrowAndAlwaysGoBackWellFormed() {
        long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
        Random random = new Random(seed);
        SessionCookies jar = new SessionCookies(Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        String line = null;
        try {
            for (int i = 0; i < LINES; i++) {
                line = randomLine(random);
                URI origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
                jar.store(origin, List.of(line));
                checkJar(jar, origin);
            }
        } catch (AssertionError | RuntimeException e) {
            fail(
                    "failed for seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ") on the line \""
                            + escape(line) + "\": " + e,
                    e);
        }
    }

    private static void checkJar(SessionCookies jar, URI origin) {
        assertThat(jar.names()).hasSizeLessThanOrEqualTo(SessionCookies.MAX_COOKIES);
        for (String name : jar.names()) {
            assertThat(name).matches(NAME);
        }
        for (String value : jar.values()) {
            assertThat(value).matches(VALUE);
        }
        for (URI uri : List.of(origin, origin.resolve("/v3/session/user"), origin.resolve("/"))) {
            String header = jar.headerFor(uri);
            if (header != null) {
                assertThat(header).matches(COOKIE_HEADER);
                // The JDK refuses header values a server would not accept either.
                HttpRequest.newBuilder(uri).header("Cookie", header);
            }
        }
    }

    private static String randomLine(Random random) {
        StringBuilder line = new StringBuilder();
        if (random.nextInt(4) != 0) {
            line.append(token(random)).append(random.nextInt(8) == 0 ? "" : "=").append(token(random));
        }
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(6)) {
                case 0:
                case 1:
                    line.append("; ")
                            .append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)])
                            .append(random.nextBoolean() ? "=" : " = ")
                            .append(VALUES[random.nextInt(VALUES.length)]);
                    break;
                case 2:
                    line.append(PIECES.charAt(random.nextInt(PIECES.length())));
                    break;
                case 3:
                    line.append(token(random));
                    break;
                case 4:
                    line.append(controlOrWide(random));
                    break;
                default:
                    line.append(random.nextBoolean() ? ";" : "=");
            }
        }
        return line.toString();
    }

    private static String token(Random random) {
        int length = random.nextInt(6);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append(random.nextInt(10) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    private static char controlOrWide(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return (char) random.nextInt(0x20);
            case 1:
                return (char) 0x7f;
            case 2:
                return (char) (0x80 + random.nextInt(0x80));
            default:
                return (char) (0x100 + random.nextInt(0xff00));
        }
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        text.chars()
                .forEach(c -> out.add(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return String.join("", out);
    }
}
