package org.hotline12345.core.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.hotline12345.core.internal.Texts;

/**
 * An assessment period (考核周期), usually a month: the cases closed in it, and the open ones
 * whose resolution fell due in it, are assessed for it.
 *
 * <pre>{@code
 * AssessmentPeriod september = AssessmentPeriod.ofMonth(YearMonth.of(2025, 9), WorkingCalendars.CHINA_ZONE);
 * }</pre>
 *
 * @param name the period's name, for example {@code 2025-09}: 1 to 64 characters, not blank
 * @param start the start, inclusive
 * @param end the end, exclusive, after the start
 */
public record AssessmentPeriod(String name, Instant start, Instant end) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the name is blank or too long, or the end is not after
   *     the start
   */
  public AssessmentPeriod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Texts.requireText("name", name, 64);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end (" + end + ") must be after start (" + start + ")");
    }
  }

  /**
   * A calendar month in a zone, named {@code yyyy-MM}.
   *
   * @param month the month
   * @param zone the zone whose midnights bound it, for example {@code Asia/Shanghai}
   * @return the period
   * @throws NullPointerException if an argument is null
   */
  public static AssessmentPeriod ofMonth(YearMonth month, ZoneId zone) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(zone, "zone");
    return new AssessmentPeriod(month.toString(), month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
  }

  /**
   * A period of a name and two instants.
   *
   * @param name the name
   * @param start the start, inclusive
   * @param end the end, exclusive
   * @return the period
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the constructor does
   */
  public static AssessmentPeriod of(String name, Instant start, Instant end) {
    return new AssessmentPeriod(name, start, end);
  }

  /**
   * Whether an instant falls in the period.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   * @throws NullPointerException if instant is null
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  @Override
  public String toString() {
    return Texts.forDisplay(name, 64) + " [" + start + ", " + end + ")";
  }
}
