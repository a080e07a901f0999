package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.persistence.DepartmentStore;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.StoredDepartment;

/**
 * The department directory: a row per department and its aliases, in order, in a child table.
 * A department and its aliases are read in one statement (a left join), so a reader never
 * sees half of a save.
 */
final class JdbcDepartmentStore implements DepartmentStore {

  private static final String SELECT = "SELECT d.department_id, d.name, d.kind, d.parent_id,"
      + " d.active, d.calendar_id, a.alias FROM departments d LEFT JOIN department_aliases a"
      + " ON a.department_id = d.department_id";

  private final Database database;

  JdbcDepartmentStore(Database database) {
    this.database = database;
  }

  @Override
  public List<StoredDepartment> all() {
    return database.read("list departments", c -> read(c, SELECT
        + " ORDER BY d.department_id, a.ordinal", Optional.empty()));
  }

  @Override
  public Optional<StoredDepartment> find(String id) {
    Objects.requireNonNull(id, "id");
    return database.read("find a department", c -> read(c, SELECT
        + " WHERE d.department_id = ? ORDER BY a.ordinal", Optional.of(id)))
        .stream().findFirst();
  }

  @Override
  public void save(StoredDepartment department) {
    Objects.requireNonNull(department, "department");
    try {
      database.transaction("save a department", c -> write(c, department));
    } catch (DuplicateKeyException raced) {
      // Another writer inserted the same new id first: this save now updates it.
      database.transaction("save a department", c -> write(c, department));
    }
  }

  private static Void write(Connection connection, StoredDepartment department)
      throws SQLException {
    int updated;
    try (PreparedStatement update = connection.prepareStatement("UPDATE departments SET"
        + " name = ?, kind = ?, parent_id = ?, active = ?, calendar_id = ?"
        + " WHERE department_id = ?")) {
      bind(update, department);
      updated = update.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO departments"
          + " (name, kind, parent_id, active, calendar_id, department_id)"
          + " VALUES (?, ?, ?, ?, ?, ?)")) {
        bind(insert, department);
        insert.executeUpdate();
      }
    } else {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM department_aliases WHERE department_id = ?")) {
        Columns.setText(delete, 1, department.id());
        delete.executeUpdate();
      }
    }
    if (!department.aliases().isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO"
          + " department_aliases (department_id, ordinal, alias) VALUES (?, ?, ?)")) {
        int ordinal = 0;
        for (String alias : department.aliases()) {
          Columns.setText(insert, 1, department.id());
          insert.setInt(2, ordinal++);
          Columns.setText(insert, 3, alias);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    return null;
  }

  private static void bind(PreparedStatement statement, StoredDepartment department)
      throws SQLException {
    Columns.setText(statement, 1, department.name());
    Columns.setText(statement, 2, department.kind());
    Columns.setText(statement, 3, department.parent());
    statement.setBoolean(4, department.active());
    Columns.setText(statement, 5, department.calendarId());
    Columns.setText(statement, 6, department.id());
  }

  /** Reads joined rows, one per alias (or one with a null alias), into departments. */
  private static List<StoredDepartment> read(Connection connection, String sql,
      Optional<String> id) throws SQLException {
    List<StoredDepartment> departments = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (id.isPresent()) {
        Columns.setText(statement, 1, id.get());
      }
      try (ResultSet row = statement.executeQuery()) {
        String current = null;
        StoredDepartment head = null;
        List<String> aliases = new ArrayList<>();
        while (row.next()) {
          String rowId = Columns.text(row, "department_id");
          if (!rowId.equals(current)) {
            if (head != null) {
              departments.add(withAliases(head, aliases));
            }
            current = rowId;
            head = new StoredDepartment(rowId, Columns.text(row, "name"),
                Columns.text(row, "kind"), Columns.optionalText(row, "parent_id"),
                row.getBoolean("active"), Columns.text(row, "calendar_id"), List.of());
            aliases = new ArrayList<>();
          }
          Columns.optionalText(row, "alias").ifPresent(aliases::add);
        }
        if (head != null) {
          departments.add(withAliases(head, aliases));
        }
      }
    }
    return List.copyOf(departments);
  }

  private static StoredDepartment withAliases(StoredDepartment head, List<String> aliases) {
    return new StoredDepartment(head.id(), head.name(), head.kind(), head.parent(),
        head.active(), head.calendarId(), aliases);
  }
}
