package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MovableClockTest {

  private static final Instant NINE = Instant.parse("2025-10-09T01:00:00Z");

  @Test
  void the_clock_stands_still_until_moved_and_its_copies_move_with_it() {
    MovableClock clock = MovableClock.at(NINE, WorkingCalendars.CHINA_ZONE);
    MovableClock utc = clock.withZone(ZoneId.of("UTC"));
    assertThat(clock.instant()).isEqualTo(NINE);
    assertThat(clock.advance(Duration.ofHours(2))).isEqualTo(NINE.plusSeconds(7200));
    assertThat(utc.instant()).isEqualTo(NINE.plusSeconds(7200));
    assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
    clock.setTo(NINE.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(NINE.minusSeconds(60));
    assertThat(clock.millis()).isEqualTo(NINE.minusSeconds(60).toEpochMilli());
  }

  @Test
  void it_moves_only_forward_by_advance() {
    MovableClock clock = MovableClock.at(NINE, WorkingCalendars.CHINA_ZONE);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("amount");
    assertThat(clock.instant()).isEqualTo(NINE);
  }
}
