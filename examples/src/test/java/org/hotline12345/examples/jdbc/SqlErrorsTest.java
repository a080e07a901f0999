package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.StoreException;
import org.junit.jupiter.api.Test;

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
}
