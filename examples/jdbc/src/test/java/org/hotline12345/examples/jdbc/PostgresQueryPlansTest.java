package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The query plans on PostgreSQL, with sequential scans, bitmap scans and sorts priced out as
 * on a table of millions of rows where a page is a sliver: the planner then shows whether an
 * index can give each branch its rows in order (it sorts all the same when none can).
 */
class PostgresQueryPlansTest extends QueryPlansTest {

  @Override
  StoreSource source() {
    return StoreSource.postgres();
  }

  /** The plan kinds priced out while a plan is explained. */
  private static final List<String> PRICED_OUT = List.of("enable_seqscan", "enable_bitmapscan", "enable_sort");

  @Override
  void prepare(Connection c) throws SQLException {
    execute(c, PRICED_OUT.stream().map(setting -> "SET " + setting + " = off").toList());
  }

  @Override
  void reset(Connection c) throws SQLException {
    execute(c, PRICED_OUT.stream().map(setting -> "RESET " + setting).toList());
  }

  private static void execute(Connection c, List<String> statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  @Override
  void assertServedByIndexes(String what, String plan, int branches, boolean distinctUnion) {
    assertThat(plan).as("the plan of %s", what).doesNotContain("Seq Scan");
    long sorts = plan.lines().filter(line -> line.matches("\\s*(->\\s+)?Sort\\s+\\(.*")).count();
    assertThat(sorts).as("sorts in the plan of %s:%n%s", what, plan).isEqualTo(distinctUnion ? 1 : 0);
  }
}
