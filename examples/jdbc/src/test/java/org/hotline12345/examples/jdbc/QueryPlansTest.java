package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.DepartmentRole;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.RecentCasesQuery;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;
import org.hotline12345.persistence.tck.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every paged query is served by indexes: on a store of 2,000 cases, the plan of each query
 * reads index ranges in the query's order, never a whole table, and sorts at most the few rows
 * of a page per branch. The subclass reads its database's plans.
 */
abstract class QueryPlansTest {

  private static final Instant T0 = Fixtures.T0;
  private static final List<String> STAGES = List.of("SIGN_FOR", "CONTACT", "RESOLUTION");

  private JdbcHotlineStore store;
  private JdbcCaseQueries queries;

  abstract StoreSource source();

  @BeforeEach
  void fill() {
    store = source().open();
    queries = (JdbcCaseQueries) store.cases();
    List<StoredCase> cases = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      Instant at = T0.plusSeconds(60L * i);
      StoredCase.Builder c = Fixtures.registered(String.format("c-%05d", i), at).toBuilder()
          .status(List.of("REGISTERED", "DISPATCHED", "SIGNED", "CLOSED").get(i % 4)).open(i % 4 != 3)
          .category("cat-" + i % 50).area("area-" + i % 20).leadDepartment("dept-" + i % 40)
          .assistingDepartments(List.of("dept-" + (i + 1) % 40)).nextAlarmAt(at.plusSeconds(3600))
          .resolutionDueAt(at.plusSeconds(86_400)).callerKey(StoreFixtures.callerKey("caller-" + i % 30));
      if (i % 4 == 3) {
        c.closedAt(at.plusSeconds(7200)).lastEventAt(at.plusSeconds(7200));
      } else if (i % 2 == 0) {
        c.watchedStage(STAGES.get(i % 3)).yellowAt(at.plusSeconds(2880)).watchedDueAt(at.plusSeconds(3600));
      }
      cases.add(c.build());
    }
    store.inTransaction(unit -> {
      cases.forEach(c -> unit.insertCase(c, Optional.empty(), Fixtures.events(c.caseId(), 1, 1)));
      return null;
    });
    store.database().read("analyze", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      return null;
    });
  }

  @AfterEach
  void dispose() {
    source().dispose(store);
  }

  @Test
  void everyPagedQueryReadsIndexRangesInOrder() {
    PageRequest page = PageRequest.first(50);
    Map<String, JdbcCaseQueries.Select> selects = new LinkedHashMap<>();
    selects.put("byStatus", queries.byStatusSelect(Set.of("REGISTERED", "SIGNED"), Optional.empty(), page));
    selects.put("byStatus with a lead", queries.byStatusSelect(Set.of("REGISTERED", "SIGNED"), Optional.of("dept-3"),
        page));
    selects.put("openByCategoryAndArea",
        queries.openByCategoryAndAreaSelect("cat-3", "area-3", T0, T0.plusSeconds(86_400 * 30), page));
    for (DepartmentRole role : DepartmentRole.values()) {
      for (boolean openOnly : List.of(false, true)) {
        selects.put("byDepartment " + role + (openOnly ? " open" : ""),
            queries.byDepartmentSelect("dept-3", role, openOnly, page));
      }
    }
    selects.put("search by categories", queries.searchSelect(CaseSearch.builder().categories(Set.of("cat-1", "cat-2"))
        .statuses(Set.of("CLOSED")).registeredFrom(T0).build(), page));
    selects.put("search by statuses", queries.searchSelect(CaseSearch.builder().statuses(Set.of("CLOSED", "SIGNED"))
        .registeredBefore(T0.plusSeconds(86_400)).build(), page));
    selects.put("search by range", queries.searchSelect(CaseSearch.builder().registeredFrom(T0).build(), page));
    selects.put("closedOrDueBetween, closed", queries.closedInPeriodSelect(0, Long.MAX_VALUE, Optional.empty(), 51));
    selects.put("closedOrDueBetween, due", queries.dueInPeriodSelect(0, Long.MAX_VALUE, Optional.empty(), 51));

    recentQueries().forEach((what, query) -> selects.put(what, queries.recentSelect(query, 20)));

    selects.forEach((what, select) -> {
      String sql = select.sql();
      int branches = Math.max(1, sql.split("\\) b\\d+", -1).length - 1);
      assertServedByIndexes(what, explain(select), branches, sql.contains(" UNION SELECT"));
    });
  }

  /** A caller's and a place's recent cases, as the core's appeal history asks for them. */
  private static Map<String, RecentCasesQuery> recentQueries() {
    Instant from = T0.plusSeconds(60L * 500);
    Instant before = T0.plusSeconds(60L * 1500);
    String caller = StoreFixtures.callerKey("caller-3");
    Map<String, RecentCasesQuery> queries = new LinkedHashMap<>();
    queries.put("recent, a caller's", RecentCasesQuery.builder().callerKey(caller).registeredIn(from, before)
        .excluding("c-01203").build());
    queries.put("recent, a caller's open ones at a place", RecentCasesQuery.builder().callerKey(caller)
        .area("area-13").openOnly(true).registeredIn(from, before).build());
    queries.put("recent, a place's", RecentCasesQuery.builder().area("area-3").registeredIn(from, before).build());
    queries.put("recent, a place's of a category", RecentCasesQuery.builder().area("area-3").category("cat-3")
        .registeredIn(from, before).build());
    queries.put("recent, a place's open ones of a category", RecentCasesQuery.builder().area("area-13")
        .category("cat-13").openOnly(true).registeredIn(from, before).excluding("c-01213").build());
    return queries;
  }

  /**
   * The supervision board's queries: each reads a range of its own index in order, the
   * platform's ({@code ix_cases_watched}) or the lead's ({@code ix_cases_lead_watched}), at an
   * instant halfway through the cases' deadlines, in every band, with and without a stage; and
   * its counts read the same ranges.
   */
  @Test
  void theBoardReadsTheWatchedIndexesInOrder() {
    Instant now = T0.plusSeconds(60L * 1000);
    PageRequest page = PageRequest.first(50);
    Map<String, JdbcCaseQueries.Select> selects = new LinkedHashMap<>();
    for (Optional<String> lead : List.of(Optional.<String>empty(), Optional.of("dept-4"))) {
      for (Optional<String> stage : List.of(Optional.<String>empty(), Optional.of("RESOLUTION"))) {
        for (WatchQuery.Band band : WatchQuery.Band.values()) {
          WatchQuery query = WatchQuery.of(now).withLeadDepartment(lead).withStage(stage).withBand(band);
          selects.put(query.toString(), queries.board().watchedSelect(query, page));
        }
      }
    }
    selects.forEach((what, select) -> {
      String plan = explain(select);
      assertServedByIndexes(what, plan, 1, false);
      assertThat(plan).as("the plan of %s", what)
          .containsIgnoringCase(what.contains("leadDepartment=any") ? "ix_cases_watched" : "ix_cases_lead_watched");
      assertThat(queries.watched(WatchQuery.of(now), page).items()).as("the board's first page").hasSize(50);
    });
    for (Optional<String> lead : List.of(Optional.<String>empty(), Optional.of("dept-4"))) {
      String what = "the board's counts of lead " + lead.orElse("any");
      String plan = explain(queries.board().watchCountsSelect(lead, now));
      assertServedByIndexes(what, plan, 0, false);
      assertThat(plan).as("the plan of %s", what)
          .containsIgnoringCase(lead.isEmpty() ? "ix_cases_watched" : "ix_cases_lead_watched");
      assertThat(queries.watchCounts(lead, now)).as("%s", what).extracting(WatchCount::stage)
          .containsExactly("CONTACT", "RESOLUTION", "SIGN_FOR");
    }
  }

  @Test
  void everyCountOfRecentCasesReadsOneIndexRange() {
    recentQueries().forEach((what, query) -> {
      JdbcCaseQueries.Select count = queries.countRecentSelect(query);
      assertServedByIndexes("the count of " + what, explain(count), 0, false);
      assertThat(queries.countRecent(query)).as("the count of %s", what)
          .isEqualTo(queries.recent(query, 1000).size()).isPositive();
    });
  }

  /**
   * Checks a plan: no table read whole, and each branch read from an index in the order of its
   * {@code ORDER BY}; only a union that drops duplicates may sort, and then only the rows its
   * branches read (a page each).
   *
   * @param what the query, for messages
   * @param plan the database's plan
   * @param branches how many index ranges the statement merges
   * @param distinctUnion whether it is a {@code UNION} that drops duplicates
   */
  abstract void assertServedByIndexes(String what, String plan, int branches, boolean distinctUnion);

  private String explain(JdbcCaseQueries.Select select) {
    return store.database().read("explain", c -> {
      prepare(c);
      try (PreparedStatement statement = c.prepareStatement("EXPLAIN " + select.sql())) {
        JdbcCaseQueries.bind(statement, select.parameters());
        StringBuilder plan = new StringBuilder();
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            plan.append(row.getString(1)).append('\n');
          }
        }
        return plan.toString();
      } finally {
        reset(c);
      }
    });
  }

  abstract void prepare(Connection c) throws SQLException;

  abstract void reset(Connection c) throws SQLException;
}
