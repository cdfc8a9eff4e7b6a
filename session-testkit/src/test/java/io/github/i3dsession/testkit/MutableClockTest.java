package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void standsStillUntilMoved() {
        MutableClock clock = MutableClock.startingAt(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void advanceMovesForwardAndSetJumpsEitherWay() {
        MutableClock clock = MutableClock.startingAt(START);

        clock.advance(Duration.ofSeconds(90));
        Instant advanced = clock.instant();
        clock.set(START.minusSeconds(1));

        assertThat(advanced).isEqualTo(START.plusSeconds(90));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(1));
    }

    @Test
    void startingNowIsTheCurrentTimeInWholeSeconds() {
        Instant before = Instant.now();

        Instant reading = MutableClock.startingNow().instant();

        assertThat(reading.getNano()).isZero();
        assertThat(reading).isBetween(before.minusSeconds(1), Instant.now());
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        MutableClock clock = MutableClock.startingAt(START);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be negative: PT-1S");
        assertThatThrownBy(() -> clock.advance(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("amount");
        assertThatThrownBy(() -> clock.set(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
        assertThatThrownBy(() -> MutableClock.startingAt(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("start");
        assertThat(clock.instant()).isEqualTo(START);
    }
}
