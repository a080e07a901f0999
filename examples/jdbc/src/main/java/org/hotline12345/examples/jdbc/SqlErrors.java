package org.hotline12345.examples.jdbc;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.RetryableStoreException;
import org.hotline12345.persistence.StoreException;

/**
 * Turns {@link SQLException}s into the SPI's exceptions. A unique violation (SQLState 23505
 * on H2 and PostgreSQL) becomes a {@link DuplicateKeyException} naming the key, found from
 * the constraint name both databases put in the message; the driver's message, which may
 * quote the duplicated value, is not kept. A deadlock, a serialization failure or a lock
 * timeout becomes a {@link RetryableStoreException}: SQLState 40001 (serialization failure;
 * H2's and MySQL's deadlock) and 40P01 (PostgreSQL's deadlock), MySQL's error codes 1213
 * (deadlock) and 1205 (lock wait timeout), Oracle's ORA-00060 (deadlock) and ORA-08177 (cannot
 * serialize access), H2's lock timeout (SQLState HYT00) and PostgreSQL's lock_not_available
 * (55P03), looked for along the chain of causes and next exceptions (a failed batch wraps the
 * statement's failure). Other failures become a {@link StoreException} whose message names the
 * operation and the SQLState only.
 */
final class SqlErrors {

  /** The SPI's key names, by constraint name. */
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("pk_cases", "caseId"),
      Map.entry("uk_cases_case_number", "caseNumber"),
      Map.entry("uk_cases_inquiry_code_hash", "inquiryCodeHash"),
      Map.entry("uk_cases_intake_key", "intakeKey"),
      Map.entry("pk_case_events", "event"),
      Map.entry("uk_case_events_position", "event"),
      Map.entry("uk_outbox_message_id", JdbcUnitOfWork.OUTBOX_KEY),
      Map.entry("pk_departments", "departmentId"),
      Map.entry("pk_sequence_values", "sequence"),
      Map.entry("pk_case_keys", JdbcUnitOfWork.CASE_KEY));

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String INTEGRITY_CLASS = "23";

  /** SQLStates of failures that a new attempt may cure. */
  private static final Set<String> RETRYABLE_STATES = Set.of(
      "40001", // serialization failure (PostgreSQL, H2's deadlock, MySQL's deadlock 1213)
      "40P01", // PostgreSQL: deadlock detected
      "55P03", // PostgreSQL: lock not available (lock_timeout)
      "HYT00"); // H2: timeout trying to lock a table or row
  /** Vendor error codes of such failures, for drivers that report a generic SQLState. */
  private static final Set<Integer> RETRYABLE_CODES = Set.of(
      1213, // MySQL ER_LOCK_DEADLOCK
      1205, // MySQL ER_LOCK_WAIT_TIMEOUT
      60, // Oracle ORA-00060: deadlock detected while waiting for resource
      8177); // Oracle ORA-08177: can't serialize access for this transaction

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
    if (isRetryable(failure)) {
      return new RetryableStoreException(message
          + ": a deadlock, serialization failure or lock timeout; nothing was written, try the unit again", failure);
    }
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

  /** Whether the failure, or one it wraps, is a deadlock, serialization failure or lock timeout. */
  private static boolean isRetryable(SQLException failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
    while (!todo.isEmpty()) {
      Throwable next = todo.pop();
      if (!seen.add(next)) {
        continue;
      }
      if (next instanceof SQLException e) {
        if ((e.getSQLState() != null && RETRYABLE_STATES.contains(e.getSQLState()))
            || RETRYABLE_CODES.contains(e.getErrorCode())) {
          return true;
        }
        if (e.getNextException() != null) {
          todo.push(e.getNextException());
        }
      }
      if (next.getCause() != null) {
        todo.push(next.getCause());
      }
    }
    return false;
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
