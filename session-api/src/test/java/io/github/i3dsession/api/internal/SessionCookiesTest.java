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
    void theHeaderSentAgainForTheSameUriFollowsEveryChangeToTheJar() {
        MovableClock clock = new MovableClock(NOW);
        SessionCookies jar = new SessionCookies(clock);
        jar.store(LOGIN, List.of("sid=abc; Path=/", "lb=1; Path=/; Max-Age=10"));
        String first = jar.headerFor(USER);

        jar.store(LOGIN, List.of("sid=def; Path=/"));
        String afterNewValue = jar.headerFor(USER);
        clock.now = NOW.plus(Duration.ofSeconds(10)).minusNanos(1);
        String justBeforeExpiry = jar.headerFor(USER);
        clock.now = NOW.plus(Duration.ofSeconds(10));
        String atExpiry = jar.headerFor(USER);
        jar.clear();
        String afterClear = jar.headerFor(USER);

        assertThat(first).isEqualTo("sid=abc; lb=1");
        assertThat(afterNewValue).isEqualTo("lb=1; sid=def");
        assertThat(justBeforeExpiry).isEqualTo("lb=1; sid=def");
        assertThat(atExpiry).isEqualTo("sid=def");
        assertThat(afterClear).isNull();
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
    void setCookieOfOnlySemicolonsIsIgnoredAndTheRealCookieKept() {
        cookies.store(LOGIN, List.of(";;;", "sid=abc; Path=/"));

        assertThat(cookies.headerFor(USER)).isEqualTo("sid=abc");
    }

    @Test
    void linesTheAlgorithmRejectsAreIgnoredWithoutThrowing() {
        cookies.store(
                LOGIN,
                List.of(
                        ";",
                        "=",
                        " = v",
                        ";sid=abc",
                        "  ;  ",
                        "noequals; Path=/",
                        "ctl\u0001=x",
                        "sid=a\u0000b",
                        "sid=abc\r\nX-Injected: 1",
                        "wide=\u20ac"));

        assertThat(cookies.headerFor(USER)).isNull();
        assertThat(cookies.isEmpty()).isTrue();
    }

    @Test
    void emptyNameIsIgnoredEvenWithAValue() {
        cookies.store(LOGIN, List.of("=value; Path=/"));

        assertThat(cookies.isEmpty()).isTrue();
    }

    @Test
    void nameAndValueAreTrimmedOfSpacesAndTabs() {
        cookies.store(LOGIN, List.of(" \tsid \t=  abc def \t;  Path = /  "));

        assertThat(cookies.headerFor(USER)).isEqualTo("sid=abc def");
    }

    @Test
    void unknownAttributesAndBadAttributeValuesAreIgnoredOneByOne() {
        cookies.store(
                LOGIN, List.of("sid=abc; Max-Age=soon; Expires=tomorrow; Colour=blue; Path=nope; Domain=; HttpOnly"));

        assertThat(cookies.headerFor(USER)).isEqualTo("sid=abc");
    }

    @Test
    void domainThatDoesNotMatchTheRequestHostRejectsTheCookie() {
        URI login = URI.create("http://127.0.0.1:8080/v3/session/login");
        URI user = URI.create("http://127.0.0.1:8080/v3/session/user");
        cookies.store(login, List.of("sid=kept; Path=/"));

        cookies.store(login, List.of("sid=stray; Domain=.example.test; Path=/", "other=x; Domain=0.0.1; Path=/"));

        assertThat(cookies.headerFor(user)).isEqualTo("sid=kept");
        assertThat(cookies.headerFor(URI.create("http://example.test/v3/session/user")))
                .isNull();
    }

    @Test
    void domainThatMatchesKeepsTheCookieHostOnly() {
        cookies.store(LOGIN, List.of("a=1; Domain=.I3D.net; Path=/", "b=2; Domain=api.i3d.net.; Path=/"));
        cookies.store(URI.create("http://127.0.0.1:1/v3/session/login"), List.of("c=3; Domain=127.0.0.1; Path=/"));

        assertThat(cookies.headerFor(USER)).isEqualTo("a=1");
        assertThat(cookies.headerFor(URI.create("https://www.i3d.net/v3/session/user")))
                .isNull();
        assertThat(cookies.headerFor(URI.create("http://127.0.0.1:1/v3/session/user")))
                .isEqualTo("c=3");
    }

    @Test
    void hugeNegativeMaxAgeExpiresTheCookieInsteadOfOverflowing() {
        cookies.store(LOGIN, List.of("sid=abc; Path=/"));

        cookies.store(LOGIN, List.of("sid=abc; Path=/; Max-Age=-99999999999999999999"));

        assertThat(cookies.headerFor(USER)).isNull();
        assertThat(cookies.isEmpty()).isTrue();
    }

    @Test
    void hugePositiveMaxAgeSaturatesAtFourHundredDays() {
        MovableClock clock = new MovableClock(NOW);
        SessionCookies jar = new SessionCookies(clock);
        jar.store(LOGIN, List.of("sid=abc; Path=/; Max-Age=99999999999999999999999999"));

        clock.now = NOW.plus(Duration.ofDays(400)).minusSeconds(1);
        assertThat(jar.headerFor(USER)).isEqualTo("sid=abc");
        clock.now = NOW.plus(Duration.ofDays(400));
        assertThat(jar.headerFor(USER)).isNull();
    }

    @Test
    void maxAgeThatIsNotDigitsWithAnOptionalMinusIsIgnored() {
        cookies.store(
                LOGIN,
                List.of(
                        "a=1; Path=/; Max-Age=+0",
                        "b=2; Path=/; Max-Age=0x0",
                        "c=3; Path=/; Max-Age=-",
                        "d=4; Path=/; Max-Age=",
                        "e=5; Path=/; Max-Age=1e3; Max-Age= -0 x"));

        assertThat(cookies.headerFor(USER)).isEqualTo("a=1; b=2; c=3; d=4; e=5");
    }

    @Test
    void maxAgeWinsOverExpiresWhicheverComesFirst() {
        cookies.store(
                LOGIN,
                List.of(
                        "a=1; Path=/; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
                        "b=2; Path=/; Max-Age=0; Expires=Fri, 01 Jan 2100 00:00:00 GMT",
                        "c=3; Path=/; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=-1"));

        assertThat(cookies.headerFor(USER)).isEqualTo("a=1");
    }

    @Test
    void lastValidMaxAgeCountsAndAnInvalidOneDoesNotResetIt() {
        cookies.store(LOGIN, List.of("sid=abc; Path=/; Max-Age=0; Max-Age=soon"));

        assertThat(cookies.headerFor(USER)).isNull();
    }

    @Test
    void expiresInAnyCookieDateFormDeletesTheCookie() {
        cookies.store(LOGIN, List.of("a=1; Path=/", "b=2; Path=/", "c=3; Path=/"));

        cookies.store(
                LOGIN,
                List.of(
                        "a=; Path=/; Expires=Sun Nov  6 08:49:37 1994",
                        "b=; Path=/; Expires=Sunday, 06-Nov-94 08:49:37 GMT",
                        "c=; Path=/; expires=6 nov 1994 8:49:37"));

        assertThat(cookies.headerFor(USER)).isNull();
    }

    @Test
    void overlongNameAndValueAreIgnored() {
        cookies.store(LOGIN, List.of("sid=" + "x".repeat(SessionCookies.MAX_NAME_AND_VALUE_CHARS - 2)));

        assertThat(cookies.isEmpty()).isTrue();
    }

    @Test
    void jarKeepsAtMostFiftyCookiesEvictingTheOldest() {
        for (int i = 0; i < 60; i++) {
            cookies.store(LOGIN, List.of("c" + i + "=v; Path=/"));
        }

        assertThat(cookies.names())
                .hasSize(SessionCookies.MAX_COOKIES)
                .startsWith("c10")
                .endsWith("c59");
    }

    @Test
    void domainMatchingFollowsRfc6265() {
        assertThat(SessionCookies.domainMatches("api.i3d.net", "i3d.net")).isTrue();
        assertThat(SessionCookies.domainMatches("api.i3d.net", "api.i3d.net")).isTrue();
        assertThat(SessionCookies.domainMatches("api.i3d.net", "d.net")).isFalse();
        assertThat(SessionCookies.domainMatches("i3d.net", "api.i3d.net")).isFalse();
        assertThat(SessionCookies.domainMatches("127.0.0.1", "0.0.1")).isFalse();
        assertThat(SessionCookies.domainMatches("::1", "1")).isFalse();
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
