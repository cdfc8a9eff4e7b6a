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
}
