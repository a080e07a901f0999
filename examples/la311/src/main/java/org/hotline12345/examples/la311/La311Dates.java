package org.hotline12345.examples.la311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The date forms of LA 311 exports, read in Pacific time: the city's US form {@code 12/31/2017
 * 11:59:58 PM} (month and day with or without a leading zero, seconds optional, AM/PM in any
 * case), and the ISO forms of later exports, {@code 2017-12-31T23:59:58}, {@code 2017-12-31
 * 23:59:58.000}, with an offset ({@code 2017-12-31T23:59:58-08:00}, {@code ...Z}: that instant)
 * or a date alone (its start). A local time in the autumn hour that happens twice is the
 * earlier; one in the spring gap moves forward by the gap's length.
 */
public final class La311Dates {

  /** The zone of every local time in an export: Pacific time. */
  public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  private static final DateTimeFormatter US = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("M/d/uuuu h:mm[:ss] a").toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);

  private static final List<DateTimeFormatter> LOCAL = List.of(
      new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T')
          .optionalEnd().optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("M/d/uuuu H:mm[:ss]")
          .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT));

  private La311Dates() {}

  /**
   * Reads a date.
   *
   * @param text the field, trimmed
   * @return the instant, or empty if the text is in none of the forms
   */
  public static Optional<Instant> parse(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text, US).atZone(ZONE).toInstant());
    } catch (DateTimeParseException notUs) {
      // try the others
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        return Optional.of(LocalDateTime.parse(text, f).atZone(ZONE).toInstant());
      } catch (DateTimeParseException next) {
        // try the others
      }
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.replace(' ', 'T')).toInstant());
    } catch (DateTimeParseException notOffset) {
      // try a date alone
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay(ZONE).toInstant());
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }
}
