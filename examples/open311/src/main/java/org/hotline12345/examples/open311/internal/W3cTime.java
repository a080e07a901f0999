package org.hotline12345.examples.open311.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as GeoReport v2 writes them: the W3C profile of ISO 8601, to the second, with the
 * offset written with a colon ({@code 2025-10-01T09:00:00+08:00}, never {@code +0800} or
 * {@code Z}, never a space), in the endpoint's zone.
 */
public final class W3cTime {

  /** The longest date parameter read; anything longer is refused before parsing. */
  static final int MAX_LENGTH = 64;

  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  /** An offset without a colon ({@code +0800}), which some clients send. */
  private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHmm", "Z").toFormatter();
  /** A date-time whose {@code +} became a space because the client did not encode it. */
  private static final Pattern UNENCODED_PLUS = Pattern.compile("(.*T[0-9:.]+) ([0-9]{2}:?[0-9]{2})");
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  private final ZoneId zone;

  /**
   * Dates in a zone.
   *
   * @param zone the endpoint's zone: the offset written, and the zone of dates given without one
   */
  public W3cTime(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * An instant as GeoReport v2 writes it.
   *
   * @param instant the instant
   * @return for example {@code 2025-10-01T09:00:00+08:00}
   */
  public String format(Instant instant) {
    return WRITE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /**
   * The start of the day after the one that starts at an instant, in the endpoint's zone.
   *
   * @param dayStart the start of a day
   * @return the start of the next day
   */
  Instant nextDayStart(Instant dayStart) {
    LocalDate day = dayStart.atZone(zone).toLocalDate();
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** A parsed date parameter: the instant, and whether it named a whole day. */
  record Parsed(Instant instant, boolean wholeDay) {}

  /**
   * Reads a date parameter ({@code start_date}, {@code end_date}): a W3C date-time with {@code Z}
   * or an offset (also {@code +0800}, and a {@code +} a client left unencoded, which arrives as a
   * space); a date-time without an offset, in the endpoint's zone; or a date, the whole day in
   * the endpoint's zone. Years 1970 to 9999.
   *
   * @param name the parameter, for the message
   * @param text the value
   * @return the instant (the start of the day for a date)
   * @throws Open311Failure 400 naming the parameter and the forms it accepts
   */
  Parsed parse(String name, String text) {
    String t = text.strip();
    if (t.length() > MAX_LENGTH) {
      throw refused(name);
    }
    Matcher plus = UNENCODED_PLUS.matcher(t);
    if (plus.matches()) {
      t = plus.group(1) + "+" + plus.group(2);
    }
    Parsed parsed;
    try {
      parsed = new Parsed(OffsetDateTime.parse(t).toInstant(), false);
    } catch (DateTimeException notIso) {
      try {
        parsed = new Parsed(OffsetDateTime.parse(t, COMPACT_OFFSET).toInstant(), false);
      } catch (DateTimeException notCompact) {
        try {
          parsed = new Parsed(LocalDateTime.parse(t).atZone(zone).toInstant(), false);
        } catch (DateTimeException notLocal) {
          try {
            parsed = new Parsed(LocalDate.parse(t).atStartOfDay(zone).toInstant(), true);
          } catch (DateTimeException notADate) {
            throw refused(name);
          }
        }
      }
    }
    if (parsed.instant().isBefore(EARLIEST) || parsed.instant().isAfter(LATEST)) {
      throw Open311Failure.badRequest(name + ": must be between the years 1970 and 9999");
    }
    return parsed;
  }

  private static Open311Failure refused(String name) {
    return Open311Failure.badRequest(name + ": must be a W3C date-time such as 2025-10-01T09:00:00+08:00"
        + " (or 2025-10-01T01:00:00Z, or a date such as 2025-10-01)");
  }
}
