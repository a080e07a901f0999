package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void microsTruncateLikeInstantTruncatedTo() {
    for (String text : new String[] {"2024-10-01T00:00:00.123456789Z",
        "1969-12-31T23:59:59.999999999Z", "1900-01-01T00:00:00.000000001Z",
        "+100000-01-01T00:00:00Z"}) {
      Instant instant = Instant.parse(text);
      assertThat(Columns.fromMicros(Columns.micros(instant)))
          .isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Test
  void ceilMicrosMakesExclusiveBoundsExact() {
    Instant bound = Instant.parse("2024-10-01T00:00:00.000000500Z");
    long stored = Columns.micros(Instant.parse("2024-10-01T00:00:00Z"));
    assertThat(stored).isLessThan(Columns.ceilMicros(bound));
    assertThat(Columns.ceilMicros(bound.truncatedTo(ChronoUnit.MICROS))).isEqualTo(stored);
    assertThat(Columns.ceilMicros(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(Columns.ceilMicros(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void floorMicrosMakesInclusiveBoundsExact() {
    long stored = Columns.micros(Instant.parse("2024-10-01T00:00:00.000001Z"));
    assertThat(stored).as("a value stored a microsecond after the bound's microsecond")
        .isGreaterThan(Columns.floorMicros(Instant.parse("2024-10-01T00:00:00.000000999Z")));
    assertThat(stored).as("the bound at the value itself")
        .isLessThanOrEqualTo(Columns.floorMicros(Instant.parse("2024-10-01T00:00:00.000001Z")));
    assertThat(stored).as("the bound a nanosecond later")
        .isLessThanOrEqualTo(Columns.floorMicros(Instant.parse("2024-10-01T00:00:00.000001001Z")));
    assertThat(Columns.floorMicros(Instant.parse("1969-12-31T23:59:59.999999500Z"))).as("before 1970, towards the past")
        .isEqualTo(-1);
    assertThat(Columns.floorMicros(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(Columns.floorMicros(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void instantsBeyondTheMicrosecondRangeAreRefused() {
    assertThatThrownBy(() -> Columns.micros(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
