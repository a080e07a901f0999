package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.RetryableStoreException;
import org.hotline12345.persistence.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlErrorsTest {

  @Test
  void aUniqueViolationNamesTheKeyOfTheFirstConstraintInTheMessage() {
    // H2 quotes the value after the index name: a value that looks like a constraint name
    // must not win.
    SQLException h2 = new SQLException("Unique index or primary key violation:"
        + " \"PUBLIC.UK_CASES_CASE_NUMBER INDEX PUBLIC.UK_CASES_CASE_NUMBER_INDEX_3 ON"
        + " PUBLIC.CASES(CASE_NUMBER) VALUES ( /* 1 */ 'pk_cases 13800138000' )\"", "23505");
    StoreException e = SqlErrors.translate("insert case c1", h2);
    assertThat(e).isInstanceOf(DuplicateKeyException.class)
        .hasMessage("insert case c1: its caseNumber is already stored")
        .hasNoCause();
    assertThat(((DuplicateKeyException) e).key()).isEqualTo("caseNumber");

    SQLException postgres = new SQLException(
        "ERROR: duplicate key value violates unique constraint \"uk_cases_intake_key\"", "23505");
    assertThat(((DuplicateKeyException) SqlErrors.translate("x", postgres)).key())
        .isEqualTo("intakeKey");
  }

  @Test
  void otherIntegrityViolationsKeepNeitherTheValuesNorTheDriversMessage() {
    SQLException e = new SQLException("NULL not allowed: 13800138000", "23502");
    assertThat(SqlErrors.translate("update case c1", e))
        .isExactlyInstanceOf(StoreException.class)
        .hasMessage("update case c1 failed (SQLState 23502)")
        .hasNoCause();
  }

  @Test
  void otherFailuresKeepTheCause() {
    SQLException e = new SQLException("connection refused", "08001");
    assertThat(SqlErrors.translate("read the outbox", e))
        .hasMessage("read the outbox failed (SQLState 08001)")
        .hasCause(e);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PostgreSQL serialization failure | could not serialize access due to concurrent update | 40001 | 0",
      "PostgreSQL deadlock | deadlock detected | 40P01 | 0",
      "PostgreSQL lock timeout | canceling statement due to lock timeout | 55P03 | 0",
      "H2 deadlock | Deadlock detected | 40001 | 40001",
      "H2 lock timeout | Timeout trying to lock table | HYT00 | 50200",
      "MySQL deadlock | Deadlock found when trying to get lock | 40001 | 1213",
      "MySQL lock wait timeout | Lock wait timeout exceeded; try restarting transaction | HY000 | 1205",
      "Oracle deadlock | ORA-00060: deadlock detected while waiting for resource | 61000 | 60",
      "Oracle serialization | ORA-08177: can't serialize access for this transaction | 72000 | 8177"})
  void deadlocksSerializationFailuresAndLockTimeoutsAreRetryable(String what, String message, String state, int code) {
    SQLException failure = new SQLException(message, state, code);

    StoreException e = SqlErrors.translate("update case c1", failure);

    assertThat(e).as(what).isInstanceOf(RetryableStoreException.class).hasCause(failure);
    assertThat(e.getMessage()).as(what).startsWith("update case c1 failed (SQLState " + state + ")")
        .contains("try the unit again");
  }

  @Test
  void aDeadlockInsideAFailedBatchIsRetryable() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 3 was aborted", "0A000", new int[0]);
    batch.setNextException(new SQLException("deadlock detected", "40P01"));

    assertThat(SqlErrors.translate("commit a unit of work", batch)).isInstanceOf(RetryableStoreException.class);
  }

  @Test
  void otherFailuresAreNotRetryable() {
    assertThat(SqlErrors.translate("read", new SQLException("syntax error", "42601", 0)))
        .isExactlyInstanceOf(StoreException.class);
    assertThat(SqlErrors.translate("read", new SQLException("table not found", "42S02", 42102)))
        .isExactlyInstanceOf(StoreException.class);
  }
}
