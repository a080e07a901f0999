package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hotline12345.persistence.Outbox;
import org.hotline12345.persistence.OutboxMessage;

/**
 * The outbox: undelivered messages oldest first, in the order they were written (an identity
 * column); delivered ones stay, flagged, so their ids stay taken.
 */
final class JdbcOutbox implements Outbox {

  private final Database database;

  JdbcOutbox(Database database) {
    this.database = database;
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    JdbcEventLog.checkLimit(limit);
    return database.read("read the outbox", c -> {
      try (PreparedStatement statement = c.prepareStatement("SELECT message_id, topic, case_id,"
          + " payload, created_at FROM outbox WHERE delivered = FALSE"
          + " ORDER BY seq LIMIT ?")) {
        statement.setInt(1, limit);
        List<OutboxMessage> messages = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            messages.add(new OutboxMessage(
                Columns.text(row, "message_id"),
                Columns.text(row, "topic"),
                Columns.text(row, "case_id"),
                Columns.text(row, "payload"),
                Columns.instant(row, "created_at")));
          }
        }
        return List.copyOf(messages);
      }
    });
  }

  @Override
  public void markDelivered(Collection<String> ids) {
    List<String> distinct = Objects.requireNonNull(ids, "ids").stream()
        .map(id -> Objects.requireNonNull(id, "id"))
        .distinct()
        .sorted() // one lock order for concurrent callers
        .toList();
    if (distinct.isEmpty()) {
      return;
    }
    database.transaction("mark messages delivered", c -> {
      try (PreparedStatement statement = c.prepareStatement(
          "UPDATE outbox SET delivered = TRUE WHERE message_id = ? AND delivered = FALSE")) {
        for (String id : distinct) {
          Columns.setText(statement, 1, id);
          statement.addBatch();
        }
        statement.executeBatch();
      }
      return null;
    });
  }
}
