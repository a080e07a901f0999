package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hotline12345.persistence.Keys;
import org.hotline12345.persistence.Outbox;
import org.hotline12345.persistence.OutboxMessage;

/**
 * The outbox: undelivered messages oldest first, in the order they were written (an identity
 * column); delivered ones stay, flagged, so their ids stay taken. A claim locks the oldest
 * claimable rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so concurrent claimers pass
 * over each other's rows instead of waiting, stamps them with the worker and the lease's end,
 * and commits at once. Under READ COMMITTED a row another claimer committed meanwhile is
 * checked again against the lease before it is taken.
 */
final class JdbcOutbox implements Outbox {

  private static final String MESSAGE_COLUMNS = "message_id, topic, case_id, payload, created_at";

  private final Database database;

  JdbcOutbox(Database database) {
    this.database = database;
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    JdbcEventLog.checkLimit(limit);
    return database.read("read the outbox", c -> {
      try (PreparedStatement statement = c.prepareStatement("SELECT " + MESSAGE_COLUMNS
          + " FROM outbox WHERE delivered = FALSE ORDER BY delivered, seq LIMIT ?")) {
        statement.setInt(1, limit);
        List<OutboxMessage> messages = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            messages.add(read(row));
          }
        }
        return List.copyOf(messages);
      }
    });
  }

  @Override
  public List<OutboxMessage> claim(String workerId, int limit, Instant now, Duration lease) {
    Keys.requireId("workerId", workerId);
    JdbcEventLog.checkLimit(limit);
    Objects.requireNonNull(now, "now");
    long until = Columns.micros(now.plus(Outbox.requireLease(lease)));
    return database.transaction("claim outbox messages", c -> {
      List<Long> rows = new ArrayList<>();
      List<OutboxMessage> messages = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT seq, " + MESSAGE_COLUMNS + " FROM outbox"
          + " WHERE delivered = FALSE AND (claimed_until IS NULL OR claimed_until <= ?)"
          + " ORDER BY delivered, seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
        select.setLong(1, Columns.micros(now));
        select.setInt(2, limit);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            rows.add(row.getLong("seq"));
            messages.add(read(row));
          }
        }
      }
      if (!rows.isEmpty()) {
        try (PreparedStatement stamp = c.prepareStatement(
            "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE seq = ?")) {
          for (long seq : rows) {
            Columns.setText(stamp, 1, workerId);
            stamp.setLong(2, until);
            stamp.setLong(3, seq);
            stamp.addBatch();
          }
          stamp.executeBatch();
        }
      }
      return List.copyOf(messages);
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

  private static OutboxMessage read(ResultSet row) throws SQLException {
    try {
      return new OutboxMessage(
          Columns.text(row, "message_id"),
          Columns.text(row, "topic"),
          Columns.text(row, "case_id"),
          Columns.text(row, "payload"),
          Columns.instant(row, "created_at"));
    } catch (IllegalArgumentException e) {
      throw new SQLException("a row of outbox is not an OutboxMessage: " + e.getMessage(), "22000", e);
    }
  }
}
