package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.persistence.EventLog;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.PositionedEvent;

/**
 * The global event log: committed events by position. Writers take positions under the
 * counter row's lock and hold it until commit, so a reader never sees a position after a gap
 * that a later commit could fill.
 */
final class JdbcEventLog implements EventLog {

  private final Database database;

  JdbcEventLog(Database database) {
    this.database = database;
  }

  @Override
  public List<PositionedEvent> since(long position, int limit) {
    if (position < 0) {
      throw new IllegalArgumentException("position must be 0 or more, was " + position);
    }
    checkLimit(limit);
    return database.read("read the event log", c -> {
      try (PreparedStatement statement = c.prepareStatement("SELECT " + CaseRows.EVENT_COLUMNS
          + ", log_position FROM case_events WHERE log_position > ?"
          + " ORDER BY log_position LIMIT ?")) {
        statement.setLong(1, position);
        statement.setInt(2, limit);
        List<PositionedEvent> events = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            events.add(new PositionedEvent(row.getLong("log_position"), CaseRows.readEvent(row)));
          }
        }
        return List.copyOf(events);
      }
    });
  }

  /** Checks a limit of the log or the outbox: 1 to {@link PageRequest#MAX_SIZE}. */
  static void checkLimit(int limit) {
    if (limit < 1 || limit > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException(
          "limit must be 1 to " + PageRequest.MAX_SIZE + ", was " + limit);
    }
  }
}
