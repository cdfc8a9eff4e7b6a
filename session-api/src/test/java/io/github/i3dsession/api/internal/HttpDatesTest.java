package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {
    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void retryAfterInSeconds() {
        assertThat(HttpDates.retryAfter("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterAsHttpDate() {
        assertThat(HttpDates.retryAfter("Wed, 21 Oct 2015 07:29:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void retryAfterInThePastMeansNow() {
        assertThat(HttpDates.retryAfter("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void unreadableRetryAfterIsIgnored() {
        assertThat(HttpDates.retryAfter("soon", NOW)).isNull();
        assertThat(HttpDates.retryAfter("-5", NOW)).isNull();
        assertThat(HttpDates.retryAfter(null, NOW)).isNull();
    }

    @Test
    void cookieDateFormsAreParsed() {
        assertThat(HttpDates.parse("Wed, 21-Oct-2015 07:28:00 GMT")).isEqualTo(NOW);
        assertThat(HttpDates.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(NOW);
        assertThat(HttpDates.parse("yesterday")).isNull();
    }

    @Test
    void cookieDateReadsEveryFormRfc6265Lists() {
        assertThat(HttpDates.parseCookieDate("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(NOW);
        assertThat(HttpDates.parseCookieDate("Wed, 21-Oct-2015 07:28:00 GMT")).isEqualTo(NOW);
        assertThat(HttpDates.parseCookieDate("Wednesday, 21-Oct-15 07:28:00 GMT"))
                .isEqualTo(NOW);
        assertThat(HttpDates.parseCookieDate("Wed Oct 21 07:28:00 2015")).isEqualTo(NOW);
        assertThat(HttpDates.parseCookieDate("21 october 2015 7:28:0 UTC")).isEqualTo(NOW);
        assertThat(HttpDates.parseCookieDate("Thu, 01 Jan 70 00:00:00 GMT")).isEqualTo(Instant.EPOCH);
        assertThat(HttpDates.parseCookieDate("Sat, 01 Jan 2000 00:00:00 GMT"))
                .isEqualTo(HttpDates.parseCookieDate("Sat, 01 Jan 00 00:00:00 GMT"));
    }

    @Test
    void cookieDateThatIsNoDateIsNull() {
        assertThat(HttpDates.parseCookieDate("")).isNull();
        assertThat(HttpDates.parseCookieDate("tomorrow")).isNull();
        assertThat(HttpDates.parseCookieDate("Wed, 21 Oct 2015")).isNull();
        assertThat(HttpDates.parseCookieDate("Wed, 21 Oct 2015 24:00:00 GMT")).isNull();
        assertThat(HttpDates.parseCookieDate("Wed, 21 Oct 2015 07:60:00 GMT")).isNull();
        assertThat(HttpDates.parseCookieDate("Mon, 30 Feb 2015 07:28:00 GMT")).isNull();
        assertThat(HttpDates.parseCookieDate("Mon, 32 Jan 2015 07:28:00 GMT")).isNull();
        assertThat(HttpDates.parseCookieDate("Mon, 01 Jan 1600 07:28:00 GMT")).isNull();
        assertThat(HttpDates.parseCookieDate("Wed, 21 Oct 2015 007:28:00 GMT")).isNull();
        assertThat(HttpDates.parseCookieDate("Wed, 21 Oct 99999 07:28:00 GMT")).isNull();
    }
}
