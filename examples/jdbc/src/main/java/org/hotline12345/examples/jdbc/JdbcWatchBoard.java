package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.examples.jdbc.JdbcCaseQueries.Select;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;

/**
 * The supervision board's queries (红黄牌看板), on the watched columns of V4: one range of
 * {@code ix_cases_watched (is_open, watched_due_at, case_id)} for the platform, or of {@code
 * ix_cases_lead_watched (lead_department, is_open, watched_due_at, case_id)} for a lead
 * department. The band bounds the range by the instant asked (overdue cases end at it, the others
 * start after it); the stage and the yellow instant filter the rows read. Instants compare in
 * microseconds: {@code at <= now} is {@code micros <= floorMicros(now)}.
 */
final class JdbcWatchBoard {

  private final Database database;

  JdbcWatchBoard(Database database) {
    this.database = database;
  }

  Page<StoredCase> watched(WatchQuery query, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return JdbcCaseQueries.toPage(JdbcCaseQueries.rows(database, "list the supervision board's cases",
        watchedSelect(query, page)), page,
        found -> new Cursor(Cursor.WATCHED, Columns.micros(found.watchedDueAt().orElseThrow()), found.caseId()));
  }

  /** The cases of a board query, most urgent first: a range of the platform's or the lead's index. */
  Select watchedSelect(WatchQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.WATCHED));
    long now = Columns.floorMicros(query.now());
    Branch branch;
    String order;
    if (query.leadDepartment().isPresent()) {
      branch = Branch.cases("lead_department = ?", query.leadDepartment().get()).and("is_open = TRUE");
      order = "lead_department, is_open, watched_due_at, case_id";
    } else {
      branch = Branch.cases("is_open = TRUE");
      order = "is_open, watched_due_at, case_id";
    }
    switch (query.band()) {
      case BEFORE_YELLOW:
        branch.and("watched_due_at > ?", now).and("yellow_at > ?", now);
        break;
      case YELLOW:
        branch.and("watched_due_at > ?", now).and("yellow_at <= ?", now);
        break;
      case OVERDUE:
        branch.and("watched_due_at <= ?", now);
        break;
      default:
        branch.and("watched_due_at IS NOT NULL");
        break;
    }
    query.stage().ifPresent(stage -> branch.and("watched_stage = ?", stage));
    return branch.seekAndOrder(after, "watched_due_at", "case_id", order, page);
  }

  List<WatchCount> watchCounts(Optional<String> leadDepartment, Instant now) {
    Select select = watchCountsSelect(leadDepartment, now);
    List<WatchCount> counts = database.read("count the supervision board's cases", c -> {
      try (PreparedStatement statement = c.prepareStatement(select.sql())) {
        JdbcCaseQueries.bind(statement, select.parameters());
        List<WatchCount> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            rows.add(count(row));
          }
        }
        return rows;
      }
    });
    counts.sort(Comparator.comparing(WatchCount::stage));
    return List.copyOf(counts);
  }

  /**
   * The counts per stage over the range of open watched cases (of the lead, if given): one
   * {@code GROUP BY} with {@code CASE WHEN} sums, in no order (the stages are few; Java orders
   * them by {@link String#compareTo}, whatever the database's collation).
   */
  Select watchCountsSelect(Optional<String> leadDepartment, Instant now) {
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(now, "now");
    long at = Columns.floorMicros(now);
    List<Object> parameters = new ArrayList<>(List.of(at, at));
    StringBuilder sql = new StringBuilder("SELECT watched_stage, COUNT(*) AS open_cases,"
        + " SUM(CASE WHEN yellow_at <= ? THEN 1 ELSE 0 END) AS past_yellow,"
        + " SUM(CASE WHEN watched_due_at <= ? THEN 1 ELSE 0 END) AS overdue FROM cases WHERE ");
    if (leadDepartment.isPresent()) {
      sql.append("lead_department = ? AND ");
      parameters.add(leadDepartment.get());
    }
    // "watched_due_at >= the least BIGINT" is "IS NOT NULL" written as a range, which H2 reads
    // from the watched index (for IS NOT NULL it picks any index led by is_open).
    sql.append("is_open = TRUE AND watched_due_at >= ? GROUP BY watched_stage");
    parameters.add(Long.MIN_VALUE);
    return new Select(sql.toString(), parameters);
  }

  private static WatchCount count(ResultSet row) throws SQLException {
    try {
      return new WatchCount(Columns.text(row, "watched_stage"), row.getLong("open_cases"), row.getLong("past_yellow"),
          row.getLong("overdue"));
    } catch (IllegalArgumentException e) {
      throw new SQLException("a count of the supervision board is not a WatchCount: " + e.getMessage(), "22000", e);
    }
  }
}
