package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {
    private static final URI LOGIN = URI.create("https://api.i3d.net/v3/session/login");
    private static final URI USER = URI.create("https://api.i3d.net/v3/session/user");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final SessionCookies cookies = new SessionCookies(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void cookieOfAnyNameIsSentBackToTheSameHost() {
        cookies.store(LOGIN, List.of("PHPSESSID=abc123; Path=/; HttpOnly", "lb=node7"));

        assertThat(cookies.headerFor(USER)).isEqualTo("PHPSESSID=abc123; lb=node7");
    }

    @Test
    void cookieIsNeverSentToAnotherHostWhateverItsDomainAttributeSays() {
        cookies.store(LOGIN, List.of("sid=abc; Domain=i3d.net; Path=/"));

        assertThat(cookies.headerFor(URI.create("https://evil.i3d.net/v3/session/user")))
                .isNull();
        assertThat(cookies.headerFor(URI.create("https://other.example/v3/session/user")))
                .isNull();
    }

    @Test
    void defaultPathIsTheDirectoryOfTheRequestPath() {
        cookies.store(LOGIN, List.of("sid=abc"));

        assertThat(cookies.headerFor(USER)).isEqualTo("sid=abc");
        assertThat(cookies.headerFor(URI.create("https://api.i3d.net/v3/other")))
                .isNull();
    }

    @Test
    void pathMatchesOnlyWholeSegments() {
        assertThat(SessionCookies.pathMatches("/v3/session/user", "/v3/session"))
                .isTrue();
        assertThat(SessionCookies.pathMatches("/v3/session/user", "/v3/session/"))
                .isTrue();
        assertThat(SessionCookies.pathMatches("/v3/sessionx", "/v3/session")).isFalse();
        assertThat(SessionCookies.pathMatches("/v3", "/v3/session")).isFalse();
    }

    @Test
    void maxAgeTakesPrecedenceOverExpires() {
        cookies.store(LOGIN, List.of("sid=abc; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60"));

        assertThat(cookies.headerFor(USER)).isEqualTo("sid=abc");
    }

    @Test
    void cookieExpiresWhenItsMaxAgeHasPassed() {
        MovableClock clock = new MovableClock(NOW);
        SessionCookies jar = new SessionCookies(clock);
        jar.store(LOGIN, List.of("sid=abc; Path=/; Max-Age=60"));

        clock.now = NOW.plus(Duration.ofSeconds(59));
        assertThat(jar.headerFor(USER)).isEqualTo("sid=abc");
        clock.now = NOW.plus(Duration.ofSeconds(60));
        assertThat(jar.headerFor(USER)).isNull();
        assertThat(jar.isEmpty()).isTrue();
    }

    @Test
    void zeroMaxAgeOrPastExpiresDeletesAnExistingCookie() {
        cookies.store(LOGIN, List.of("sid=abc; Path=/", "other=1; Path=/"));

        cookies.store(
                LOGIN, List.of("sid=; Path=/; Max-Age=0", "other=; Path=/; Expires=Wed, 21-Oct-2015 07:28:00 GMT"));

        assertThat(cookies.headerFor(USER)).isNull();
    }

    @Test
    void laterCookieWithSameNameAndPathReplacesTheEarlierOne() {
        cookies.store(LOGIN, List.of("sid=first; Path=/"));
        cookies.store(LOGIN, List.of("sid=second; Path=/"));

        assertThat(cookies.headerFor(USER)).isEqualTo("sid=second");
    }

    @Test
    void secureCookieIsNotSentOverPlainHttp() {
        cookies.store(LOGIN, List.of("sid=abc; Path=/; Secure"));

        assertThat(cookies.headerFor(URI.create("http://api.i3d.net/v3/session/user")))
                .isNull();
        assertThat(cookies.headerFor(USER)).isEqualTo("sid=abc");
    }

    @Test
    void malformedSetCookieHeadersAreIgnored() {
        cookies.store(LOGIN, List.of("", "=novalue", "justtext", "ok=1; Path=/; Max-Age=soon"));

        assertThat(cookies.headerFor(USER)).isEqualTo("ok=1");
    }

    @Test
    void toStringShowsNamesButNeverValues() {
        cookies.store(LOGIN, List.of("sid=s3cr3t-value; Path=/"));

        assertThat(cookies.toString()).contains("sid").doesNotContain("s3cr3t-value");
    }

    @Test
    void clearDropsEverything() {
        cookies.store(LOGIN, List.of("sid=abc; Path=/"));

        cookies.clear();

        assertThat(cookies.headerFor(USER)).isNull();
        assertThat(cookies.values()).isEmpty();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
