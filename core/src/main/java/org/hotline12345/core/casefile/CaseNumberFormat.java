package org.hotline12345.core.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configurable format of {@linkplain CaseNumber case numbers}: literal text and the
 * fields {@code {yyyy}}, {@code {yy}}, {@code {MM}}, {@code {dd}} (the registration date in the
 * platform's zone) and {@code {seq:N}} (the sequence number, zero-padded to N digits).
 *
 * <pre>{@code
 * CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}").format(LocalDate.of(2024, 10, 8), 123);
 * // NJ20241008000123
 * }</pre>
 *
 * <p>Immutable and thread-safe. The host supplies the sequence (for example per day, from its
 * database).
 */
public final class CaseNumberFormat {

  private static final Pattern FIELD = Pattern.compile("\\{(yyyy|yy|MM|dd|seq:(\\d{1,2}))}");

  private final String pattern;
  private final List<Object> parts;
  private final int sequenceWidth;

  private CaseNumberFormat(String pattern, List<Object> parts, int sequenceWidth) {
    this.pattern = pattern;
    this.parts = List.copyOf(parts);
    this.sequenceWidth = sequenceWidth;
  }

  /**
   * Parses a format.
   *
   * @param pattern for example {@code "NJ{yyyy}{MM}{dd}{seq:6}"}
   * @return the format
   * @throws IllegalArgumentException if the pattern has no {@code {seq:N}} field, has it
   *     twice, has an unknown field, or has whitespace
   */
  public static CaseNumberFormat of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    List<Object> parts = new ArrayList<>();
    Matcher m = FIELD.matcher(pattern);
    int at = 0;
    int width = -1;
    while (m.find()) {
      if (m.start() > at) {
        parts.add(pattern.substring(at, m.start()));
      }
      if (m.group(2) != null) {
        if (width >= 0) {
          throw new IllegalArgumentException("case number pattern '" + pattern + "' has {seq:N} twice");
        }
        width = Integer.parseInt(m.group(2));
        if (width < 1) {
          throw new IllegalArgumentException("case number pattern '" + pattern + "': {seq:N} needs N of 1 or more");
        }
        parts.add(Field.SEQUENCE);
      } else {
        parts.add(switch (m.group(1)) {
          case "yyyy" -> Field.YEAR;
          case "yy" -> Field.YEAR_OF_CENTURY;
          case "MM" -> Field.MONTH;
          default -> Field.DAY;
        });
      }
      at = m.end();
    }
    if (at < pattern.length()) {
      parts.add(pattern.substring(at));
    }
    for (Object part : parts) {
      if (part instanceof String literal && (literal.contains("{") || literal.contains("}"))) {
        throw new IllegalArgumentException("case number pattern '" + pattern + "' has an unknown field in '"
            + literal + "'; known: {yyyy} {yy} {MM} {dd} {seq:N}");
      }
    }
    if (width < 0) {
      throw new IllegalArgumentException("case number pattern '" + pattern + "' needs a {seq:N} field");
    }
    if (pattern.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("case number pattern '" + pattern + "' must not contain whitespace");
    }
    return new CaseNumberFormat(pattern, parts, width);
  }

  private enum Field { YEAR, YEAR_OF_CENTURY, MONTH, DAY, SEQUENCE }

  /**
   * Formats a case number.
   *
   * @param date the registration date
   * @param sequence the sequence number, 1 or more, with at most as many digits as the field
   * @return the case number
   * @throws IllegalArgumentException if the sequence is below 1 or too long for the field
   */
  public CaseNumber format(LocalDate date, long sequence) {
    Objects.requireNonNull(date, "date");
    String digits = Long.toString(sequence);
    if (sequence < 1 || digits.length() > sequenceWidth) {
      throw new IllegalArgumentException("sequence must be 1 to " + sequenceWidth + " digits, was " + sequence);
    }
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String literal) {
        out.append(literal);
      } else {
        switch ((Field) part) {
          case YEAR -> out.append(String.format("%04d", date.getYear()));
          case YEAR_OF_CENTURY -> out.append(String.format("%02d", date.getYear() % 100));
          case MONTH -> out.append(String.format("%02d", date.getMonthValue()));
          case DAY -> out.append(String.format("%02d", date.getDayOfMonth()));
          case SEQUENCE -> out.append("0".repeat(sequenceWidth - digits.length())).append(digits);
        }
      }
    }
    return new CaseNumber(out.toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseNumberFormat that && pattern.equals(that.pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
