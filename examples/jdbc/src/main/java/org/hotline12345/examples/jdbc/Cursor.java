package org.hotline12345.examples.jdbc;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.Base64;

/**
 * A keyset cursor: the sort key of the last row of a page (an optional instant in microseconds
 * and a case id), tagged with the query it belongs to, as URL-safe Base64. The case id travels
 * as UTF-16 code units, so any string round-trips.
 *
 * @param query the query's tag
 * @param micros the instant part of the sort key
 * @param caseId the case id of the last row
 */
record Cursor(byte query, long micros, String caseId) {

  /** {@code byStatus}: registration instant, case id. */
  static final byte BY_STATUS = 1;
  /** {@code dueBefore}: next deadline, case id. */
  static final byte DUE_BEFORE = 2;
  /** {@code closedOrDueBetween}, its first run: closing instant, case id. */
  static final byte ASSESSMENT_CLOSED = 3;
  /** {@code openByCategoryAndArea}: registration instant, case id. */
  static final byte DUPLICATE_CANDIDATES = 4;
  /** {@code byDepartment}: registration instant, case id. */
  static final byte BY_DEPARTMENT = 5;
  /** {@code search}: registration instant, case id. */
  static final byte SEARCH = 6;
  /** {@code closedOrDueBetween}, its second run: resolution due instant, case id. */
  static final byte ASSESSMENT_DUE = 7;
  /** {@code watched}: watched due instant, case id. */
  static final byte WATCHED = 8;

  private static final int HEADER = 1 + Long.BYTES;

  /**
   * The cursor as text.
   *
   * @return the opaque text
   */
  String encode() {
    ByteBuffer bytes = ByteBuffer.allocate(HEADER + 2 * caseId.length());
    bytes.put(query).putLong(micros).asCharBuffer().put(caseId);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /**
   * Reads a cursor made by {@link #encode} for the same query.
   *
   * @param text the text
   * @param query the query's tag
   * @return the cursor
   * @throws IllegalArgumentException if the text is not a cursor of that query
   */
  static Cursor decode(String text, byte query) {
    return decode(text, query, query);
  }

  /**
   * Reads a cursor made by {@link #encode} for either of two queries (the runs of one query).
   *
   * @param text the text
   * @param query one query's tag
   * @param other the other's
   * @return the cursor
   * @throws IllegalArgumentException if the text is not a cursor of either
   */
  static Cursor decode(String text, byte query, byte other) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
    if (raw.length < HEADER || (raw.length - HEADER) % 2 != 0 || (raw[0] != query && raw[0] != other)) {
      throw notACursor();
    }
    ByteBuffer bytes = ByteBuffer.wrap(raw);
    byte tag = bytes.get();
    long micros = bytes.getLong();
    CharBuffer chars = bytes.asCharBuffer();
    return new Cursor(tag, micros, chars.toString());
  }

  private static IllegalArgumentException notACursor() {
    return new IllegalArgumentException("not a cursor of this query: pass the next() of a page"
        + " that this query returned");
  }
}
