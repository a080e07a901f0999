package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.Keys;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;

/**
 * A unit of work on one connection in a transaction. Case rows and outbox messages are
 * written at once; new events wait in memory (reads of the unit see them) until
 * {@link #finish}, just before commit, takes their global positions from the counter row and
 * inserts them in one batch. The counter row stays locked from then until commit, so positions
 * are contiguous and follow commit order, and the lock is held as briefly as possible.
 *
 * <p>Key clashes are looked up before each write, so that a duplicate leaves the transaction
 * usable (PostgreSQL aborts a transaction on a failed statement) and the unit readable; the
 * unique constraints remain the guard against concurrent writers. The first store exception
 * of any operation dooms the unit: {@link #finish} throws it, so nothing commits.
 */
final class JdbcUnitOfWork implements UnitOfWork {

  /** The key a duplicate outbox message id is reported under. */
  static final String OUTBOX_KEY = "outboxId";
  /** The key a second data key for a case is reported under. */
  static final String CASE_KEY = "caseKey";

  private static final String[] CASE_KEYS = {"caseId", "caseNumber", "inquiryCodeHash", "intakeKey"};

  private final Connection connection;
  private final List<StoredEvent> pending = new ArrayList<>();
  private StoreException failure;
  private boolean ended;

  JdbcUnitOfWork(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Optional<StoredCase> findCase(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return run("find a case", c -> CaseRows.findBy(c, "case_id", caseId));
  }

  @Override
  public List<StoredEvent> events(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    List<StoredEvent> events = run("read the events of case " + caseId,
        c -> CaseRows.events(c, caseId));
    for (StoredEvent event : pending) {
      if (event.caseId().equals(caseId)) {
        events.add(event);
      }
    }
    return List.copyOf(events);
  }

  @Override
  public Optional<String> findCaseIdByIntakeKey(String intakeKey) {
    Objects.requireNonNull(intakeKey, "intakeKey");
    return run("find a case by intake key", c -> {
      try (PreparedStatement statement = c.prepareStatement(
          "SELECT case_id FROM cases WHERE intake_key = ?")) {
        Columns.setText(statement, 1, intakeKey);
        try (ResultSet row = statement.executeQuery()) {
          return row.next() ? Optional.of(Columns.text(row, "case_id")) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void insertCase(StoredCase stored, Optional<String> intakeKey, List<StoredEvent> events) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(intakeKey, "intakeKey")
        .ifPresent(key -> Keys.requireText("intakeKey", key, 1, Keys.MAX_INTAKE_KEY_LENGTH));
    Objects.requireNonNull(events, "events");
    ensureOpen();
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a new case needs its first events");
    }
    checkEvents(stored, 0, events);
    String operation = "insert case " + stored.caseId();
    run(operation, c -> {
      Optional<String> taken = takenKey(c, stored, true, intakeKey);
      if (taken.isPresent()) {
        throw SqlErrors.duplicate(taken.get(), operation);
      }
      try (PreparedStatement statement = c.prepareStatement("INSERT INTO cases (" + CaseRows.COLUMNS
          + ", intake_key) VALUES (?" + ", ?".repeat(CaseRows.COLUMN_COUNT) + ")")) {
        Columns.setText(statement, 1, stored.caseId());
        int last = CaseRows.bindAfterId(statement, 2, stored);
        Columns.setText(statement, last + 1, intakeKey);
        statement.executeUpdate();
      }
      CaseRows.writeAssisting(c, stored, true);
      return null;
    });
    pending.addAll(events);
  }

  @Override
  public void updateCase(StoredCase stored, long expectedVersion, List<StoredEvent> newEvents) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(newEvents, "newEvents");
    ensureOpen();
    if (stored.version() <= expectedVersion) {
      throw new IllegalArgumentException("the new version " + stored.version()
          + " must be above the expected version " + expectedVersion);
    }
    checkEvents(stored, expectedVersion, newEvents);
    String operation = "update case " + stored.caseId();
    run(operation, c -> {
      // The version check and the key checks in one statement: 0 rows means one failed.
      try (PreparedStatement statement = c.prepareStatement("UPDATE cases SET " + CaseRows.SET_ALL_BUT_ID
          + " WHERE case_id = ? AND version = ?"
          + " AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.case_number = ? AND o.case_id <> ?)"
          + " AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.inquiry_code_hash = ? AND o.case_id <> ?)")) {
        int i = CaseRows.bindAfterId(statement, 1, stored);
        Columns.setText(statement, ++i, stored.caseId());
        statement.setLong(++i, expectedVersion);
        Columns.setText(statement, ++i, stored.caseNumber());
        Columns.setText(statement, ++i, stored.caseId());
        Columns.setText(statement, ++i, stored.inquiryCodeHash());
        Columns.setText(statement, ++i, stored.caseId());
        if (statement.executeUpdate() == 1) {
          CaseRows.writeAssisting(c, stored, false);
          return null;
        }
      }
      long actual = storedVersion(c, stored.caseId());
      if (actual != expectedVersion) {
        throw new ConcurrencyConflictException(stored.caseId(), expectedVersion, actual);
      }
      Optional<String> taken = takenKey(c, stored, false, Optional.empty());
      throw SqlErrors.duplicate(taken.orElse("caseNumber"), operation);
    });
    pending.addAll(newEvents);
  }

  @Override
  public void enqueue(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    ensureOpen();
    String operation = "enqueue a message about case " + message.caseId();
    run(operation, c -> {
      try (PreparedStatement check = c.prepareStatement(
          "SELECT 1 FROM outbox WHERE message_id = ?")) {
        Columns.setText(check, 1, message.id());
        try (ResultSet row = check.executeQuery()) {
          if (row.next()) {
            throw SqlErrors.duplicate(OUTBOX_KEY, operation);
          }
        }
      }
      try (PreparedStatement statement = c.prepareStatement("INSERT INTO outbox"
          + " (message_id, topic, case_id, payload, created_at, delivered)"
          + " VALUES (?, ?, ?, ?, ?, FALSE)")) {
        Columns.setText(statement, 1, message.id());
        Columns.setText(statement, 2, message.topic());
        Columns.setText(statement, 3, message.caseId());
        Columns.setText(statement, 4, message.payload());
        Columns.setInstant(statement, 5, message.createdAt());
        statement.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void insertCaseKey(String caseId, byte[] key) {
    Keys.requireId("caseId", caseId);
    byte[] copy = Keys.requireCaseKey("key", key).clone();
    String operation = "store the data key of case " + caseId;
    run(operation, c -> {
      if (CaseKeys.find(c, caseId).isPresent()) {
        throw SqlErrors.duplicate(CASE_KEY, operation);
      }
      CaseKeys.insert(c, caseId, copy);
      return null;
    });
  }

  @Override
  public Optional<byte[]> findCaseKey(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return run("read the data key of case " + caseId, c -> CaseKeys.find(c, caseId));
  }

  @Override
  public boolean destroyCaseKey(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return run("destroy the data key of case " + caseId, c -> CaseKeys.delete(c, caseId));
  }

  /**
   * Ends the unit after its work returned: throws the first store exception one of its
   * operations threw (which dooms the unit, even if the work caught it), else inserts the new
   * events with their global positions. Called once, just before commit.
   *
   * @throws SQLException if a statement fails
   */
  void finish() throws SQLException {
    ended = true;
    if (failure != null) {
      throw failure;
    }
    flush();
  }

  /** Inserts the new events with their global positions, in the order they were written. */
  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    long last = takePositions(pending.size());
    long position = last - pending.size();
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO case_events"
        + " (" + CaseRows.EVENT_COLUMNS + ", log_position) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredEvent event : pending) {
        Columns.setText(statement, 1, event.caseId());
        statement.setLong(2, event.sequence());
        Columns.setText(statement, 3, event.type());
        statement.setInt(4, event.schemaVersion());
        Columns.setInstant(statement, 5, event.occurredAt());
        Columns.setText(statement, 6, event.payload());
        statement.setLong(7, ++position);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Ends the unit after its work threw (the transaction rolls back). */
  void abandon() {
    ended = true;
    pending.clear();
  }

  /** Bumps the counter, locking its row until commit, and returns the last position taken. */
  private long takePositions(int count) throws SQLException {
    try (PreparedStatement bump = connection.prepareStatement(
        "UPDATE event_counter SET last_position = last_position + ? WHERE id = 1")) {
      bump.setLong(1, count);
      if (bump.executeUpdate() != 1) {
        throw new SQLException("the event counter row is missing", "55000");
      }
    }
    try (PreparedStatement read = connection.prepareStatement(
        "SELECT last_position FROM event_counter WHERE id = 1");
        ResultSet row = read.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * The first of a case's keys that another stored case holds, in the order id (only for a
   * new case), number, inquiry code hash, intake key; one index lookup per key.
   */
  private static Optional<String> takenKey(Connection c, StoredCase stored, boolean isNew,
      Optional<String> intakeKey) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "SELECT 0 FROM cases WHERE case_id = ? AND ?"
            + " UNION ALL SELECT 1 FROM cases WHERE case_number = ? AND case_id <> ?"
            + " UNION ALL SELECT 2 FROM cases WHERE inquiry_code_hash = ? AND case_id <> ?"
            + " UNION ALL SELECT 3 FROM cases WHERE intake_key = ?")) {
      Columns.setText(statement, 1, stored.caseId());
      statement.setBoolean(2, isNew);
      Columns.setText(statement, 3, stored.caseNumber());
      Columns.setText(statement, 4, stored.caseId());
      Columns.setText(statement, 5, stored.inquiryCodeHash());
      Columns.setText(statement, 6, stored.caseId());
      Columns.setText(statement, 7, intakeKey);
      int first = CASE_KEYS.length;
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          first = Math.min(first, row.getInt(1));
        }
      }
      return first < CASE_KEYS.length ? Optional.of(CASE_KEYS[first]) : Optional.empty();
    }
  }

  private static long storedVersion(Connection c, String caseId) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(
        "SELECT version FROM cases WHERE case_id = ?")) {
      Columns.setText(statement, 1, caseId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    }
  }

  private static void checkEvents(StoredCase stored, long expectedVersion, List<StoredEvent> events) {
    long sequence = expectedVersion;
    for (StoredEvent event : events) {
      Objects.requireNonNull(event, "event");
      if (!event.caseId().equals(stored.caseId())) {
        throw new IllegalArgumentException("an event belongs to another case");
      }
      if (event.sequence() != ++sequence) {
        throw new IllegalArgumentException("events must be numbered from "
            + (expectedVersion + 1) + " without gaps; found " + event.sequence());
      }
    }
    if (sequence != stored.version()) {
      throw new IllegalArgumentException("the case's version " + stored.version()
          + " must be its last event's sequence " + sequence);
    }
  }

  private void ensureOpen() {
    if (ended) {
      throw new IllegalStateException("this unit of work has ended; start a new one with inTransaction");
    }
  }

  /** Runs an operation; its first store exception dooms the unit. */
  private <T> T run(String operation, SqlWork<T> work) {
    ensureOpen();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw doom(SqlErrors.translate(operation, e));
    } catch (StoreException e) {
      throw doom(e);
    }
  }

  private StoreException doom(StoreException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
