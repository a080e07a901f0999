package org.hotline12345.examples.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.StoreException;

/**
 * Turns {@link SQLException}s into the SPI's exceptions. A unique violation (SQLState 23505
 * on H2 and PostgreSQL) becomes a {@link DuplicateKeyException} naming the key, found from
 * the constraint name both databases put in the message; the driver's message, which may
 * quote the duplicated value, is not kept. Other failures become a {@link StoreException}
 * whose message names the operation and the SQLState only.
 */
final class SqlErrors {

  /** The SPI's key names, by constraint name. */
  private static final Map<String, String> KEYS = Map.of(
      "pk_cases", "caseId",
      "uk_cases_case_number", "caseNumber",
      "uk_cases_inquiry_code", "inquiryCode",
      "uk_cases_intake_key", "intakeKey",
      "pk_case_events", "event",
      "uk_case_events_position", "event",
      "uk_outbox_message_id", JdbcUnitOfWork.OUTBOX_KEY,
      "pk_departments", "departmentId");

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String INTEGRITY_CLASS = "23";

  private SqlErrors() {}

  /**
   * The SPI exception for a failed operation.
   *
   * @param operation what was being done, for the message, without personal data
   * @param failure the failure
   * @return the exception to throw
   */
  static StoreException translate(String operation, SQLException failure) {
    String state = failure.getSQLState() == null ? "unknown" : failure.getSQLState();
    if (UNIQUE_VIOLATION.equals(state)) {
      return duplicate(duplicatedKey(failure), operation);
    }
    String message = operation + " failed (SQLState " + state + ")";
    // Integrity violations quote the offending values: keep only the state.
    return state.startsWith(INTEGRITY_CLASS)
        ? new StoreException(message)
        : new StoreException(message, failure);
  }

  /**
   * The exception for a duplicate key.
   *
   * @param key the SPI's name of the key
   * @param operation what was being done, naming at most a case id (never the key's value)
   * @return the exception
   */
  static DuplicateKeyException duplicate(String key, String operation) {
    return new DuplicateKeyException(key, operation + ": its " + key + " is already stored");
  }

  /** The key of the constraint named first in the message (H2 quotes values after it). */
  private static String duplicatedKey(SQLException failure) {
    String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    String key = "unknown";
    int first = Integer.MAX_VALUE;
    for (Map.Entry<String, String> entry : KEYS.entrySet()) {
      int at = text.indexOf(entry.getKey());
      if (at >= 0 && at < first) {
        first = at;
        key = entry.getValue();
      }
    }
    return key;
  }
}
