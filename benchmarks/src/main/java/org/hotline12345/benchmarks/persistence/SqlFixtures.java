package org.hotline12345.benchmarks.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;

/**
 * Large fixtures of the JDBC adapter, kept between runs and forks: an H2 file in the temporary
 * directory or a PostgreSQL schema, migrated by opening a store on it, and filled once by one
 * {@code INSERT ... SELECT} over a range of numbers {@code i}.
 */
final class SqlFixtures {

  /**
   * Where a fixture lives, and how its database spells the numbers {@code 0 .. count - 1} as
   * rows of {@code i} and {@code i} as eight zero-padded digits.
   *
   * @param url the JDBC URL
   * @param user the user
   * @param numbers a query of the numbers, one column {@code i}
   * @param padded {@code i} as eight digits
   */
  record Fixture(String url, String user, String numbers, String padded) {}

  private SqlFixtures() {}

  /** An H2 file fixture named {@code hotline-bench-<name>} in the temporary directory. */
  static Fixture h2(String name, int count) throws Exception {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "hotline-bench-" + name);
    Files.createDirectories(dir);
    return new Fixture("jdbc:h2:file:" + dir.resolve("hotline").toAbsolutePath(), "sa",
        "SELECT CAST(X AS BIGINT) AS i FROM SYSTEM_RANGE(0, " + (count - 1) + ")", "LPAD(CAST(i AS VARCHAR), 8, '0')");
  }

  /** A PostgreSQL fixture in schema {@code bench_<name>}, created if missing. */
  static Fixture postgres(String name, int count) throws Exception {
    String schema = "bench_" + name;
    try (Connection c = DriverManager.getConnection(StoreType.PG_URL, StoreType.PG_USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    return new Fixture(StoreType.PG_URL + "?currentSchema=" + schema, StoreType.PG_USER,
        "SELECT i FROM generate_series(0::bigint, " + (count - 1) + ") AS g(i)", "lpad(i::text, 8, '0')");
  }

  /**
   * Opens the adapter on a fixture (migrating its schema) and fills table {@code cases} with
   * one statement unless it holds {@code count} rows already.
   *
   * @param fixture the fixture
   * @param count the rows wanted
   * @param insert the {@code INSERT INTO cases ... SELECT ... FROM (numbers) AS n}
   * @return the store, open
   */
  static JdbcHotlineStore openFilled(Fixture fixture, int count, String insert) throws Exception {
    JdbcHotlineStore store = JdbcHotlineStore.open(fixture.url(), fixture.user(), "");
    try (Connection c = DriverManager.getConnection(fixture.url(), fixture.user(), "");
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM cases")) {
        rs.next();
        if (rs.getLong(1) == count) {
          return store;
        }
      }
      st.execute("DELETE FROM case_assisting");
      st.execute("DELETE FROM cases");
      st.execute(insert);
      if (fixture.url().startsWith("jdbc:postgresql")) {
        st.execute("ANALYZE cases");
      }
    }
    return store;
  }

  /** A number literal typed BIGINT, so that no database computes in 32 bits. */
  static String big(long value) {
    return "CAST(" + value + " AS BIGINT)";
  }
}
