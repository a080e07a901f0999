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
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.DepartmentRole;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.RecentCasesQuery;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;

/**
 * The case queries, each one statement on committed data (the assessment query two, one per
 * run). Every paged query reads index ranges in order: it seeks past the cursor's sort key
 * ({@code key >= k AND (key > k OR case_id > id)}, written so that an index on the key serves
 * it) and reads one row more than the page. A query over several values (statuses, categories,
 * lead and assisting) reads each value's index range, limited to the page, and merges the
 * ranges with a {@code UNION}, so that no query sorts more rows than a page per value. The
 * {@code ORDER BY} of each branch names the index's leading columns too, fixed by the
 * {@code WHERE}, so that H2 reads the index in order instead of sorting. The supervision board's
 * queries are in {@link JdbcWatchBoard}.
 */
final class JdbcCaseQueries implements CaseQueries {

  /** A statement with its parameters: {@link String}s bound as text, {@link Long}s and {@link Boolean}s as such. */
  record Select(String sql, List<Object> parameters) {}

  private static final String BY_REGISTRATION = " ORDER BY registered_at, case_id";

  private final Database database;
  private final JdbcWatchBoard board;

  JdbcCaseQueries(Database database) {
    this.database = database;
    this.board = new JdbcWatchBoard(database);
  }

  /** The supervision board's queries, for tests of their statements. */
  JdbcWatchBoard board() {
    return board;
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
  public Optional<byte[]> caseKey(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return database.read("read a case's data key", c -> CaseKeys.find(c, caseId));
  }

  @Override
  public List<StoredEvent> events(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return database.read("read a case's events", c -> List.copyOf(CaseRows.events(c, caseId)));
  }

  @Override
  public Page<StoredCase> byStatus(Set<String> statuses, Optional<String> leadDepartment, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return page("list cases by status", byStatusSelect(statuses, leadDepartment, page), page,
        registrationCursor(Cursor.BY_STATUS));
  }

  /** Per status, a range of {@code ix_cases_status} (with a lead) or {@code ix_cases_status_registered}. */
  Select byStatusSelect(Set<String> statuses, Optional<String> leadDepartment, PageRequest page) {
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("name at least one status");
    }
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.BY_STATUS));
    List<Select> branches = new ArrayList<>();
    for (String status : statuses) {
      Branch branch = Branch.cases("status = ?", Objects.requireNonNull(status, "status"));
      leadDepartment.ifPresent(lead -> branch.and("lead_department = ?", lead));
      branches.add(branch.seekAndOrder(after, "registered_at", "case_id",
          leadDepartment.isPresent() ? "status, lead_department, registered_at, case_id"
              : "status, registered_at, case_id", page));
    }
    return union(branches, false, page);
  }

  @Override
  public Page<StoredCase> openByCategoryAndArea(String category, String area, Instant from, Instant to,
      PageRequest page) {
    Objects.requireNonNull(page, "page");
    return page("list duplicate candidates", openByCategoryAndAreaSelect(category, area, from, to, page), page,
        registrationCursor(Cursor.DUPLICATE_CANDIDATES));
  }

  /** A range of {@code ix_cases_duplicates (category, area, is_open, registered_at, case_id)}. */
  Select openByCategoryAndAreaSelect(String category, String area, Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    checkPeriod(from, to);
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.DUPLICATE_CANDIDATES));
    return Branch.cases("category = ?", category).and("area = ?", area).and("is_open = TRUE")
        .and("registered_at >= ?", Columns.ceilMicros(from)).and("registered_at < ?", Columns.ceilMicros(to))
        .seekAndOrder(after, "registered_at", "case_id", "category, area, is_open, registered_at, case_id", page);
  }

  @Override
  public List<StoredCase> recent(RecentCasesQuery query, int limit) {
    return rows("list a caller's or a place's recent cases", recentSelect(query, limit));
  }

  @Override
  public long countRecent(RecentCasesQuery query) {
    Select select = countRecentSelect(query);
    return database.read("count a caller's or a place's recent cases", c -> {
      try (PreparedStatement statement = c.prepareStatement(select.sql())) {
        bind(statement, select.parameters());
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  /** The newest cases first: a range of the index {@link #recentBranch} picks, read backwards. */
  Select recentSelect(RecentCasesQuery query, int limit) {
    if (limit < 1 || limit > MAX_RECENT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_RECENT + ", was " + limit);
    }
    Indexed indexed = recentBranch(query);
    return indexed.branch().seekAndOrder(Optional.empty(), "registered_at", "case_id", indexed.backwards(), limit);
  }

  /** The count of the same range. */
  Select countRecentSelect(RecentCasesQuery query) {
    return recentBranch(query).branch().count();
  }

  /** A branch over one index, and the {@code ORDER BY} that reads it backwards. */
  private record Indexed(Branch branch, String backwards) {}

  /**
   * The range of {@code ix_cases_caller (caller_key, registered_at, case_id)} for a caller; for a
   * place's open cases of one category, of {@code ix_cases_duplicates (category, area, is_open,
   * registered_at, case_id)}; else of {@code ix_cases_area (area, registered_at, case_id)}. The
   * other criteria filter the rows read.
   */
  private static Indexed recentBranch(RecentCasesQuery query) {
    Objects.requireNonNull(query, "query");
    Branch branch;
    String order;
    boolean byCategory = false;
    if (query.callerKey().isPresent()) {
      branch = Branch.cases("caller_key = ?", query.callerKey().get());
      query.area().ifPresent(area -> branch.and("area = ?", area));
      order = "caller_key DESC, ";
    } else if (query.category().isPresent() && query.openOnly()) {
      branch = Branch.cases("category = ?", query.category().get()).and("area = ?", query.area().orElseThrow())
          .and("is_open = TRUE");
      order = "category DESC, area DESC, is_open DESC, ";
      byCategory = true;
    } else {
      branch = Branch.cases("area = ?", query.area().orElseThrow());
      order = "area DESC, ";
    }
    if (!byCategory) {
      query.category().ifPresent(category -> branch.and("category = ?", category));
      if (query.openOnly()) {
        branch.and("is_open = TRUE");
      }
    }
    branch.and("registered_at >= ?", Columns.ceilMicros(query.registeredFrom()))
        .and("registered_at < ?", Columns.ceilMicros(query.registeredBefore()));
    query.excludedCaseId().ifPresent(caseId -> branch.and("case_id <> ?", caseId));
    return new Indexed(branch, order + "registered_at DESC, case_id DESC");
  }

  @Override
  public Page<StoredCase> byDepartment(String departmentId, DepartmentRole role, boolean openOnly, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return page("list a department's cases", byDepartmentSelect(departmentId, role, openOnly, page), page,
        registrationCursor(Cursor.BY_DEPARTMENT));
  }

  /**
   * A range of {@code ix_cases_lead} or {@code ix_cases_lead_open} for the lead, of {@code
   * ix_case_assisting_department} or {@code ix_case_assisting_open} for assisting departments
   * (joined to the case rows), merged without duplicates for either.
   */
  Select byDepartmentSelect(String departmentId, DepartmentRole role, boolean openOnly, PageRequest page) {
    Objects.requireNonNull(departmentId, "departmentId");
    Objects.requireNonNull(role, "role");
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.BY_DEPARTMENT));
    List<Select> branches = new ArrayList<>();
    if (role != DepartmentRole.ASSISTING) {
      Branch lead = Branch.cases("lead_department = ?", departmentId);
      if (openOnly) {
        lead.and("is_open = TRUE");
      }
      branches.add(lead.seekAndOrder(after, "registered_at", "case_id",
          openOnly ? "lead_department, is_open, registered_at, case_id" : "lead_department, registered_at, case_id",
          page));
    }
    if (role != DepartmentRole.LEAD) {
      Branch assisting = Branch.joined("case_assisting a JOIN cases c ON c.case_id = a.case_id", CaseRows.columns("c"),
          "a.department_id = ?", departmentId);
      if (openOnly) {
        assisting.and("a.is_open = TRUE");
      }
      branches.add(assisting.seekAndOrder(after, "a.registered_at", "a.case_id",
          openOnly ? "a.department_id, a.is_open, a.registered_at, a.case_id"
              : "a.department_id, a.registered_at, a.case_id", page));
    }
    return union(branches, true, page);
  }

  @Override
  public Page<StoredCase> search(CaseSearch search, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return page("search cases", searchSelect(search, page), page, registrationCursor(Cursor.SEARCH));
  }

  /**
   * Per category a range of {@code ix_cases_category}; else per status a range of {@code
   * ix_cases_status_registered}; else a range of {@code ix_cases_registered}; the other
   * criteria filter the rows read.
   */
  Select searchSelect(CaseSearch search, PageRequest page) {
    Objects.requireNonNull(search, "search");
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.SEARCH));
    List<Select> branches = new ArrayList<>();
    if (!search.categories().isEmpty()) {
      for (String category : search.categories()) {
        Branch branch = Branch.cases("category = ?", category);
        branch.in("status", search.statuses());
        branches.add(withRange(branch, search).seekAndOrder(after, "registered_at", "case_id",
            "category, registered_at, case_id", page));
      }
    } else if (!search.statuses().isEmpty()) {
      for (String status : search.statuses()) {
        branches.add(withRange(Branch.cases("status = ?", status), search)
            .seekAndOrder(after, "registered_at", "case_id", "status, registered_at, case_id", page));
      }
    } else {
      branches.add(withRange(Branch.cases("TRUE"), search)
          .seekAndOrder(after, "registered_at", "case_id", "registered_at, case_id", page));
    }
    return union(branches, false, page);
  }

  private static Branch withRange(Branch branch, CaseSearch search) {
    search.registeredFrom().ifPresent(from -> branch.and("registered_at >= ?", Columns.ceilMicros(from)));
    search.registeredBefore().ifPresent(before -> branch.and("registered_at < ?", Columns.ceilMicros(before)));
    return branch;
  }

  @Override
  public Page<StoredCase> dueBefore(Instant instant, PageRequest page) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(page, "page");
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.DUE_BEFORE));
    // is_open leads the order as it leads the sweep index: H2 then reads the index in order
    // instead of sorting every due case for each page (PostgreSQL does either way).
    Select select = Branch.cases("is_open = TRUE").and("next_alarm_at < ?", Columns.ceilMicros(instant))
        .seekAndOrder(after, "next_alarm_at", "case_id", "is_open, next_alarm_at, case_id", page);
    return page("list cases due", select, page,
        found -> new Cursor(Cursor.DUE_BEFORE, Columns.micros(found.nextAlarmAt().orElseThrow()), found.caseId()));
  }

  @Override
  public List<WatchCount> watchCounts(Optional<String> leadDepartment, Instant now) {
    return board.watchCounts(leadDepartment, now);
  }

  @Override
  public Page<StoredCase> watched(WatchQuery query, PageRequest page) {
    return board.watched(query, page);
  }

  @Override
  public Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page) {
    checkPeriod(from, to);
    Objects.requireNonNull(page, "page");
    Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, Cursor.ASSESSMENT_CLOSED,
        Cursor.ASSESSMENT_DUE));
    boolean inDueRun = after.isPresent() && after.get().query() == Cursor.ASSESSMENT_DUE;
    long start = Columns.ceilMicros(from);
    long end = Columns.ceilMicros(to);
    List<StoredCase> rows = new ArrayList<>();
    if (!inDueRun) {
      rows.addAll(rows("list cases closed in a period", closedInPeriodSelect(start, end, after, page.size() + 1)));
    }
    if (rows.size() <= page.size()) {
      rows.addAll(rows("list open cases due in a period",
          dueInPeriodSelect(start, end, inDueRun ? after : Optional.empty(), page.size() + 1 - rows.size())));
    }
    return toPage(rows, page, found -> found.closedAt().filter(at -> inPeriod(at, start, end)).isPresent()
        ? new Cursor(Cursor.ASSESSMENT_CLOSED, Columns.micros(found.closedAt().get()), found.caseId())
        : new Cursor(Cursor.ASSESSMENT_DUE, Columns.micros(found.resolutionDueAt().orElseThrow()), found.caseId()));
  }

  /** The first run of assessment: a range of {@code ix_cases_closed (closed_at, case_id)}. */
  Select closedInPeriodSelect(long start, long end, Optional<Cursor> after, int limit) {
    return Branch.cases("closed_at >= ?", start).and("closed_at < ?", end)
        .seekAndOrder(after, "closed_at", "case_id", "closed_at, case_id", limit);
  }

  /** The second run: a range of {@code ix_cases_open_due (is_open, resolution_due_at, case_id)}. */
  Select dueInPeriodSelect(long start, long end, Optional<Cursor> after, int limit) {
    return Branch.cases("is_open = TRUE").and("resolution_due_at >= ?", start)
        .and("resolution_due_at < ?", end)
        .and("(closed_at IS NULL OR closed_at < ? OR closed_at >= ?)", start, end)
        .seekAndOrder(after, "resolution_due_at", "case_id", "is_open, resolution_due_at, case_id", limit);
  }

  private static boolean inPeriod(Instant at, long start, long end) {
    long micros = Columns.micros(at);
    return micros >= start && micros < end;
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period must not end (" + to + ") before it starts (" + from + ")");
    }
  }

  private static Function<StoredCase, Cursor> registrationCursor(byte query) {
    return found -> new Cursor(query, Columns.micros(found.registeredAt()), found.caseId());
  }

  /**
   * One branch's statements, merged in registration order and cut to one more than the page:
   * {@code UNION} drops a case two branches found (a lead that also assists), {@code UNION ALL}
   * is for branches that cannot overlap.
   */
  private static Select union(List<Select> branches, boolean distinct, PageRequest page) {
    if (branches.size() == 1) {
      return branches.get(0);
    }
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      if (i > 0) {
        sql.append(distinct ? " UNION " : " UNION ALL ");
      }
      sql.append("SELECT * FROM (").append(branches.get(i).sql()).append(") b").append(i);
      parameters.addAll(branches.get(i).parameters());
    }
    sql.append(BY_REGISTRATION).append(" LIMIT ?");
    parameters.add((long) page.size() + 1);
    return new Select(sql.toString(), parameters);
  }

  private Page<StoredCase> page(String operation, Select select, PageRequest page, Function<StoredCase, Cursor> cursorOf) {
    return toPage(rows(operation, select), page, cursorOf);
  }

  private List<StoredCase> rows(String operation, Select select) {
    return rows(database, operation, select);
  }

  /** The case rows a statement selects, in its order. */
  static List<StoredCase> rows(Database database, String operation, Select select) {
    return database.read(operation, c -> {
      try (PreparedStatement statement = c.prepareStatement(select.sql())) {
        bind(statement, select.parameters());
        List<StoredCase> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            found.add(CaseRows.read(row));
          }
        }
        return found;
      }
    });
  }

  /** A page of up to one more row than its size: the first {@code size}, and a cursor at the last when more follow. */
  static Page<StoredCase> toPage(List<StoredCase> rows, PageRequest page, Function<StoredCase, Cursor> cursorOf) {
    if (rows.size() <= page.size()) {
      return new Page<>(rows, Optional.empty());
    }
    List<StoredCase> items = rows.subList(0, page.size());
    String next = cursorOf.apply(items.get(items.size() - 1)).encode();
    return new Page<>(Collections.unmodifiableList(items), Optional.of(next));
  }

  /** Binds parameters in order. */
  static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    int i = 0;
    for (Object parameter : parameters) {
      ++i;
      if (parameter instanceof String text) {
        Columns.setText(statement, i, text);
      } else if (parameter instanceof Boolean flag) {
        statement.setBoolean(i, flag);
      } else {
        statement.setLong(i, (Long) parameter);
      }
    }
  }
}
