package org.hotline12345.persistence.memory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The store's opaque page cursors: the sort key of a page's last case, tagged with the query
 * that issued it, in URL-safe Base64.
 */
final class Cursors {

  /** The queries that issue cursors. */
  enum Query {
    BY_STATUS, DUE_BEFORE, CLOSED_IN_PERIOD, DUE_IN_PERIOD, OPEN_BY_CATEGORY_AND_AREA, BY_DEPARTMENT, SEARCH, WATCHED
  }

  private Cursors() {}

  static String of(Query query, SortKey key) {
    return encode(query.ordinal() + "|" + key.at().getEpochSecond() + "|" + key.at().getNano() + "|" + key.caseId());
  }

  /** Whether a cursor was issued by the query; false for text that is not a cursor. */
  static boolean isOf(Query query, String cursor) {
    try {
      decode(query, cursor);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static SortKey sortKey(Query query, String cursor) {
    String[] parts = decode(query, cursor).split("\\|", 3);
    try {
      return new SortKey(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
    } catch (RuntimeException e) {
      throw refused(query, e);
    }
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor's fields after its query tag. */
  private static String decode(Query query, String cursor) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refused(query, e);
    }
    String tag = query.ordinal() + "|";
    if (!text.startsWith(tag)) {
      throw refused(query, null);
    }
    return text.substring(tag.length());
  }

  private static IllegalArgumentException refused(Query query, Exception cause) {
    return new IllegalArgumentException("the cursor was not issued by the "
        + query.name().toLowerCase(java.util.Locale.ROOT) + " query; pass the next cursor of its previous page",
        cause);
  }
}
