package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/** Reading and writing rows of {@code cases} and {@code case_events}. */
final class CaseRows {

  /** The columns of {@code cases} that make a {@link StoredCase}, for SELECT lists. */
  static final String COLUMNS = "case_id, case_number, inquiry_code, status, is_open,"
      + " lead_department, next_deadline, resolution_due_at, registered_at, closed_at, version";

  static final String EVENT_COLUMNS = "case_id, seq, event_type, occurred_at, payload";

  private CaseRows() {}

  static StoredCase read(ResultSet row) throws SQLException {
    return new StoredCase(
        Columns.text(row, "case_id"),
        Columns.text(row, "case_number"),
        Columns.text(row, "inquiry_code"),
        Columns.text(row, "status"),
        row.getBoolean("is_open"),
        Columns.optionalText(row, "lead_department"),
        Columns.optionalInstant(row, "next_deadline"),
        Columns.optionalInstant(row, "resolution_due_at"),
        Columns.instant(row, "registered_at"),
        Columns.optionalInstant(row, "closed_at"),
        row.getLong("version"));
  }

  static StoredEvent readEvent(ResultSet row) throws SQLException {
    return new StoredEvent(
        Columns.text(row, "case_id"),
        row.getLong("seq"),
        Columns.text(row, "event_type"),
        Columns.instant(row, "occurred_at"),
        Columns.text(row, "payload"));
  }

  /**
   * Binds the case's columns except its id, in the order of {@link #COLUMNS}.
   *
   * @return the index of the last parameter bound
   */
  static int bindAfterId(PreparedStatement statement, int first, StoredCase stored)
      throws SQLException {
    int i = first - 1;
    Columns.setText(statement, ++i, stored.caseNumber());
    Columns.setText(statement, ++i, stored.inquiryCode());
    Columns.setText(statement, ++i, stored.status());
    statement.setBoolean(++i, stored.open());
    Columns.setText(statement, ++i, stored.leadDepartment());
    Columns.setInstant(statement, ++i, stored.nextDeadline());
    Columns.setInstant(statement, ++i, stored.resolutionDueAt());
    Columns.setInstant(statement, ++i, stored.registeredAt());
    Columns.setInstant(statement, ++i, stored.closedAt());
    statement.setLong(++i, stored.version());
    return i;
  }

  /** The case whose key column (one with a unique index) holds the value. */
  static Optional<StoredCase> findBy(Connection connection, String column, String value)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM cases WHERE " + column + " = ?")) {
      Columns.setText(statement, 1, value);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  static List<StoredEvent> events(Connection connection, String caseId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + EVENT_COLUMNS + " FROM case_events WHERE case_id = ? ORDER BY seq")) {
      Columns.setText(statement, 1, caseId);
      List<StoredEvent> events = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          events.add(readEvent(row));
        }
      }
      return events;
    }
  }
}
