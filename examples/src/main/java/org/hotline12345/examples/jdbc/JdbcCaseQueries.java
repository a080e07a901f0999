package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/**
 * The case queries, each one statement on committed data. Paged queries seek past the
 * cursor's sort key ({@code key > k OR (key = k AND case_id > id)}, written so that an index
 * on the key serves it) and read one row more than the page to know whether another follows.
 */
final class JdbcCaseQueries implements CaseQueries {

  private final Database database;

  JdbcCaseQueries(Database database) {
    this.database = database;
  }

  @Override
  public Optional<StoredCase> find(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return database.read("find a case", c -> CaseRows.findBy(c, "case_id", caseId));
  }

  @Override
  public Optional<StoredCase> findByNumber(String caseNumber) {
    Objects.requireNonNull(caseNumber, "caseNumber");
    return database.read("find a case by number", c -> CaseRows.findBy(c, "case_number", caseNumber));
  }

  @Override
  public Optional<StoredCase> findByInquiryCodeHash(String inquiryCodeHash) {
    Objects.requireNonNull(inquiryCodeHash, "inquiryCodeHash");
    return database.read("find a case by inquiry code hash",
        c -> CaseRows.findBy(c, "inquiry_code_hash", inquiryCodeHash));
  }

  @Override
  public List<StoredEvent> events(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return database.read("read a case's events", c -> List.copyOf(CaseRows.events(c, caseId)));
  }

  @Override
  public Page<StoredCase> byStatus(Set<String> statuses, Optional<String> leadDepartment,
      PageRequest page) {
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(page, "page");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("name at least one status");
    }
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.BY_STATUS));
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder("status IN (");
    for (String status : statuses) {
      parameters.add(Objects.requireNonNull(status, "status"));
      where.append(parameters.size() == 1 ? "?" : ", ?");
    }
    where.append(')');
    if (leadDepartment.isPresent()) {
      where.append(" AND lead_department = ?");
      parameters.add(leadDepartment.get());
    }
    after.ifPresent(cursor -> seek(where, parameters, "registered_at", cursor));
    return page("list cases by status", where + " ORDER BY registered_at, case_id", parameters,
        page, found -> new Cursor(Cursor.BY_STATUS, Columns.micros(found.registeredAt()),
            found.caseId()));
  }

  @Override
  public Page<StoredCase> dueBefore(Instant instant, PageRequest page) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(page, "page");
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.DUE_BEFORE));
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder("is_open = TRUE AND next_alarm_at < ?");
    parameters.add(Columns.ceilMicros(instant));
    after.ifPresent(cursor -> seek(where, parameters, "next_alarm_at", cursor));
    // is_open leads the order as it leads the sweep index: H2 then reads the index in order
    // instead of sorting every due case for each page (PostgreSQL does either way).
    return page("list cases due", where + " ORDER BY is_open, next_alarm_at, case_id", parameters, page,
        found -> new Cursor(Cursor.DUE_BEFORE, Columns.micros(found.nextAlarmAt().orElseThrow()),
            found.caseId()));
  }

  @Override
  public Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period must not end before it starts");
    }
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.ASSESSMENT));
    long start = Columns.ceilMicros(from);
    long end = Columns.ceilMicros(to);
    List<Object> parameters = new ArrayList<>(List.of(start, end, start, end));
    StringBuilder where = new StringBuilder("((closed_at >= ? AND closed_at < ?)"
        + " OR (is_open = TRUE AND resolution_due_at >= ? AND resolution_due_at < ?))");
    after.ifPresent(cursor -> {
      where.append(" AND case_id > ?");
      parameters.add(cursor.caseId());
    });
    return page("list cases for assessment", where + " ORDER BY case_id", parameters, page,
        found -> new Cursor(Cursor.ASSESSMENT, 0, found.caseId()));
  }

  /** Adds the keyset condition: after the cursor in the order (key, case_id). */
  private static void seek(StringBuilder where, List<Object> parameters, String key, Cursor cursor) {
    where.append(" AND ").append(key).append(" >= ? AND (").append(key)
        .append(" > ? OR case_id > ?)");
    parameters.add(cursor.micros());
    parameters.add(cursor.micros());
    parameters.add(cursor.caseId());
  }

  private Page<StoredCase> page(String operation, String whereAndOrder, List<Object> parameters,
      PageRequest page, Function<StoredCase, Cursor> cursorOf) {
    List<StoredCase> rows = database.read(operation, c -> {
      try (PreparedStatement statement = c.prepareStatement(
          "SELECT " + CaseRows.COLUMNS + " FROM cases WHERE " + whereAndOrder + " LIMIT ?")) {
        int i = 0;
        for (Object parameter : parameters) {
          bind(statement, ++i, parameter);
        }
        statement.setInt(++i, page.size() + 1);
        List<StoredCase> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            found.add(CaseRows.read(row));
          }
        }
        return found;
      }
    });
    if (rows.size() <= page.size()) {
      return new Page<>(rows, Optional.empty());
    }
    List<StoredCase> items = rows.subList(0, page.size());
    String next = cursorOf.apply(items.get(items.size() - 1)).encode();
    return new Page<>(Collections.unmodifiableList(items), Optional.of(next));
  }

  private static void bind(PreparedStatement statement, int index, Object parameter)
      throws SQLException {
    if (parameter instanceof String text) {
      Columns.setText(statement, index, text);
    } else {
      statement.setLong(index, (Long) parameter);
    }
  }
}
