package org.hotline12345.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code --postgres}: the same seed simulates the same month on PostgreSQL, through the JDBC
 * adapter, as on embedded H2. Needs PostgreSQL on 127.0.0.1:5432 with a database {@code test} and
 * trust authentication (as {@code .ci/run} starts it); skipped with a message otherwise.
 */
class PostgresMonthTest {

  static final String URL = System.getProperty("hotline.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

  @Test
  void the_same_seed_gives_the_same_month_on_postgresql_as_on_h2() throws Exception {
    Optional<String> user = user();
    assumeTrue(user.isPresent(), "PostgreSQL is not reachable at " + URL + ": start it on 127.0.0.1:5432 with a"
        + " database named test and trust authentication (.ci/run does it) to run this test");
    String schema = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(user.get(), "CREATE SCHEMA " + schema);
    try {
      Demo.Options options = new Demo.Options(SmallMonth.SEED, SmallMonth.TINY, YearMonth.of(2025, 10),
          SmallMonth.ROOT.resolve("unused"), SmallMonth.ROOT.resolve("postgres-report"), false,
          Optional.of(URL + "?currentSchema=" + schema), user.get(), "");

      DemoResult onPostgres = Demo.run(options, null, false);
      DemoResult onH2 = SmallMonth.tiny();

      assertThat(onPostgres.simulated()).isTrue();
      assertThat(onPostgres.byStatus()).isEqualTo(onH2.byStatus());
      assertThat(onPostgres.returns()).isEqualTo(onH2.returns());
      assertThat(onPostgres.cards().hasSameFigures(onH2.cards())).isTrue();
      assertThat(onPostgres.refusals()).isEmpty();
    } finally {
      execute(user.get(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static Optional<String> user() {
    for (String user : new String[] {"postgres", System.getProperty("user.name", "root")}) {
      try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3&loginTimeout=3", user, "")) {
        return Optional.of(c.getMetaData().getUserName());
      } catch (SQLException e) {
        // try the next user
      }
    }
    return Optional.empty();
  }

  private static void execute(String user, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, user, ""); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
