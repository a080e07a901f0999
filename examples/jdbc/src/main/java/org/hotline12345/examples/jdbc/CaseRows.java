package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/** Reading and writing rows of {@code cases}, {@code case_assisting} and {@code case_events}. */
final class CaseRows {

  /** The columns of {@code cases} that make a {@link StoredCase}, for SELECT lists, the id first. */
  static final String COLUMNS = "case_id, case_number, inquiry_code_hash, status, is_open, appeal_type, channel,"
      + " category, area, lead_department, assisting_departments, registered_at, last_event_at, next_alarm_at,"
      + " resolution_due_at, resolution_met, closed_at, facts, caller_key, watched_stage, watched_due_at, yellow_at,"
      + " version";

  /** The same columns qualified by a table alias, for joins. */
  static String columns(String alias) {
    return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
  }

  /** How many columns {@link #COLUMNS} lists. */
  static final int COLUMN_COUNT = COLUMNS.split(",").length;

  /** The {@code SET} list of an update of every column but the id, in the order of {@link #bindAfterId}. */
  static final String SET_ALL_BUT_ID = COLUMNS.substring(COLUMNS.indexOf(',') + 2).replace(",", " = ?,") + " = ?";

  static final String EVENT_COLUMNS = "case_id, seq, event_type, schema_version, occurred_at, payload";

  private static final char DEPARTMENT_SEPARATOR = ',';

  private CaseRows() {}

  static StoredCase read(ResultSet row) throws SQLException {
    StoredCase.Builder c = StoredCase.builder()
        .caseId(Columns.text(row, "case_id"))
        .caseNumber(Columns.text(row, "case_number"))
        .inquiryCodeHash(Columns.text(row, "inquiry_code_hash"))
        .status(Columns.text(row, "status"))
        .open(row.getBoolean("is_open"))
        .appealType(Columns.text(row, "appeal_type"))
        .channel(Columns.text(row, "channel"))
        .category(Columns.optionalText(row, "category"))
        .area(Columns.optionalText(row, "area"))
        .leadDepartment(Columns.optionalText(row, "lead_department"))
        .assistingDepartments(Columns.optionalText(row, "assisting_departments")
            .map(joined -> List.of(joined.split(String.valueOf(DEPARTMENT_SEPARATOR)))).orElse(List.of()))
        .registeredAt(Columns.instant(row, "registered_at"))
        .lastEventAt(Columns.instant(row, "last_event_at"))
        .nextAlarmAt(Columns.optionalInstant(row, "next_alarm_at"))
        .resolutionDueAt(Columns.optionalInstant(row, "resolution_due_at"))
        .resolutionMet(optionalBoolean(row, "resolution_met"))
        .closedAt(Columns.optionalInstant(row, "closed_at"))
        .facts(Columns.optionalText(row, "facts"))
        .callerKey(Columns.optionalText(row, "caller_key"))
        .watchedStage(Columns.optionalText(row, "watched_stage"))
        .watchedDueAt(Columns.optionalInstant(row, "watched_due_at"))
        .yellowAt(Columns.optionalInstant(row, "yellow_at"))
        .version(row.getLong("version"));
    try {
      return c.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The message names fields and rules, never values.
      throw new SQLException("a row of cases is not a StoredCase: " + e.getMessage(), "22000", e);
    }
  }

  static StoredEvent readEvent(ResultSet row) throws SQLException {
    try {
      return new StoredEvent(
          Columns.text(row, "case_id"),
          row.getLong("seq"),
          Columns.text(row, "event_type"),
          row.getInt("schema_version"),
          Columns.instant(row, "occurred_at"),
          Columns.text(row, "payload"));
    } catch (IllegalArgumentException e) {
      throw new SQLException("a row of case_events is not a StoredEvent: " + e.getMessage(), "22000", e);
    }
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
    Columns.setText(statement, ++i, stored.inquiryCodeHash());
    Columns.setText(statement, ++i, stored.status());
    statement.setBoolean(++i, stored.open());
    Columns.setText(statement, ++i, stored.appealType());
    Columns.setText(statement, ++i, stored.channel());
    Columns.setText(statement, ++i, stored.category());
    Columns.setText(statement, ++i, stored.area());
    Columns.setText(statement, ++i, stored.leadDepartment());
    Columns.setText(statement, ++i, stored.assistingDepartments().isEmpty() ? Optional.empty()
        : Optional.of(String.join(String.valueOf(DEPARTMENT_SEPARATOR), stored.assistingDepartments())));
    Columns.setInstant(statement, ++i, stored.registeredAt());
    Columns.setInstant(statement, ++i, stored.lastEventAt());
    Columns.setInstant(statement, ++i, stored.nextAlarmAt());
    Columns.setInstant(statement, ++i, stored.resolutionDueAt());
    if (stored.resolutionMet().isPresent()) {
      statement.setBoolean(++i, stored.resolutionMet().get());
    } else {
      statement.setNull(++i, Types.BOOLEAN);
    }
    Columns.setInstant(statement, ++i, stored.closedAt());
    Columns.setText(statement, ++i, stored.facts());
    Columns.setText(statement, ++i, stored.callerKey());
    Columns.setText(statement, ++i, stored.watchedStage());
    Columns.setInstant(statement, ++i, stored.watchedDueAt());
    Columns.setInstant(statement, ++i, stored.yellowAt());
    statement.setLong(++i, stored.version());
    return i;
  }

  /** Replaces the case's rows of {@code case_assisting} by those of its assisting departments. */
  static void writeAssisting(Connection connection, StoredCase stored, boolean isNew) throws SQLException {
    if (!isNew) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM case_assisting WHERE case_id = ?")) {
        Columns.setText(delete, 1, stored.caseId());
        delete.executeUpdate();
      }
    }
    if (stored.assistingDepartments().isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_assisting"
        + " (case_id, department_id, registered_at, is_open) VALUES (?, ?, ?, ?)")) {
      for (String department : stored.assistingDepartments()) {
        Columns.setText(insert, 1, stored.caseId());
        Columns.setText(insert, 2, department);
        Columns.setInstant(insert, 3, stored.registeredAt());
        insert.setBoolean(4, stored.open());
        insert.addBatch();
      }
      insert.executeBatch();
    }
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

  private static Optional<Boolean> optionalBoolean(ResultSet row, String column) throws SQLException {
    boolean value = row.getBoolean(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
