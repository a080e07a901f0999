package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * How values travel to and from columns: text through {@link TextCodec}, instants as BIGINT
 * microseconds since the epoch (exact; the SPI keeps microseconds and truncates below).
 */
final class Columns {

  private static final long MICROS_PER_SECOND = 1_000_000L;

  private Columns() {}

  static void setText(PreparedStatement statement, int index, String text) throws SQLException {
    statement.setString(index, TextCodec.encode(text));
  }

  static void setText(PreparedStatement statement, int index, Optional<String> text)
      throws SQLException {
    if (text.isPresent()) {
      setText(statement, index, text.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  static String text(ResultSet row, String column) throws SQLException {
    String stored = row.getString(column);
    if (stored == null) {
      throw new SQLException("column " + column + " is null where the SPI needs a value");
    }
    return TextCodec.decode(stored);
  }

  static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
    String stored = row.getString(column);
    return stored == null ? Optional.empty() : Optional.of(TextCodec.decode(stored));
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setLong(index, micros(instant));
  }

  static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant)
      throws SQLException {
    if (instant.isPresent()) {
      setInstant(statement, index, instant.get());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    long micros = row.getLong(column);
    if (row.wasNull()) {
      throw new SQLException("column " + column + " is null where the SPI needs a value");
    }
    return fromMicros(micros);
  }

  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    long micros = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(fromMicros(micros));
  }

  /**
   * An instant as microseconds since the epoch, truncated (towards the past) like
   * {@code instant.truncatedTo(ChronoUnit.MICROS)}.
   *
   * @throws IllegalArgumentException if the instant is beyond about 292,000 years from 1970
   */
  static long micros(Instant instant) {
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
          instant.getNano() / 1000);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "instant is too far from 1970 to be stored as microseconds: " + instant, e);
    }
  }

  /**
   * The smallest microsecond count not before an instant, for query bounds: a stored value
   * {@code m} is before the instant exactly when {@code m < ceilMicros(instant)}. Bounds beyond
   * the storable range clamp, since no stored value lies there.
   */
  static long ceilMicros(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / MICROS_PER_SECOND) {
      return Long.MAX_VALUE;
    }
    if (seconds <= Long.MIN_VALUE / MICROS_PER_SECOND) {
      return Long.MIN_VALUE;
    }
    return seconds * MICROS_PER_SECOND + (instant.getNano() + 999) / 1000;
  }

  /**
   * The largest microsecond count not after an instant, for query bounds: a stored value {@code
   * m} is at or before the instant exactly when {@code m <= floorMicros(instant)}. Bounds beyond
   * the storable range clamp, since no stored value lies there.
   */
  static long floorMicros(Instant instant) {
    long ceil = ceilMicros(instant);
    return ceil == Long.MIN_VALUE || ceil == Long.MAX_VALUE || instant.getNano() % 1000 == 0 ? ceil : ceil - 1;
  }

  static Instant fromMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND),
        Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
  }
}
