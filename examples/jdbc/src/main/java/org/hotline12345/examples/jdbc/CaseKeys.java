package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Rows of {@code case_keys}: a case's data key as bytes. Destroying a key deletes its row;
 * the database reclaims the row's space as it reclaims any deleted row (PostgreSQL at its next
 * {@code VACUUM}, H2 when it compacts its file).
 */
final class CaseKeys {

  private CaseKeys() {}

  static Optional<byte[]> find(Connection connection, String caseId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT key_bytes FROM case_keys WHERE case_id = ?")) {
      Columns.setText(statement, 1, caseId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
      }
    }
  }

  static void insert(Connection connection, String caseId, byte[] key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO case_keys (case_id, key_bytes) VALUES (?, ?)")) {
      Columns.setText(statement, 1, caseId);
      statement.setBytes(2, key);
      statement.executeUpdate();
    }
  }

  /** Deletes a case's key; true if there was one. */
  static boolean delete(Connection connection, String caseId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM case_keys WHERE case_id = ?")) {
      Columns.setText(statement, 1, caseId);
      return statement.executeUpdate() > 0;
    }
  }
}
