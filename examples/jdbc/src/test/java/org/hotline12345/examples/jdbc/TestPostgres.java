package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL the tests use: {@code test} on 127.0.0.1:5432 with trust authentication, as
 * user {@code postgres} or else the OS user (system property {@code hotline.test.postgres.url}
 * names another database). Each store gets a schema of its own, dropped afterwards. When no
 * server answers, the tests that need it are skipped with {@link #SKIP}.
 */
final class TestPostgres {

  static final String URL = System.getProperty("hotline.test.postgres.url",
      "jdbc:postgresql://127.0.0.1:5432/test");

  static final String SKIP = "PostgreSQL is not reachable at " + URL + ": to run these tests,"
      + " start PostgreSQL on 127.0.0.1:5432 with a database named test and trust"
      + " authentication for user postgres or the OS user (.ci/run does it)";

  private static final Optional<String> USER = findUser();

  private TestPostgres() {}

  /** Whether the server answers. */
  static boolean available() {
    return USER.isPresent();
  }

  static String user() {
    return USER.orElseThrow(() -> new IllegalStateException(SKIP));
  }

  /**
   * Creates a new empty schema.
   *
   * @return its name
   */
  static String createSchema() {
    String schema = "tck_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  /** The URL of a connection whose default schema is the given one. */
  static String url(String schema) {
    return with(URL, "currentSchema=" + schema);
  }

  private static String with(String url, String parameter) {
    return url + (url.indexOf('?') < 0 ? "?" : "&") + parameter;
  }

  static void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(with(URL, "connectTimeout=5"), user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
    }
  }

  private static Optional<String> findUser() {
    for (String user : List.of("postgres", System.getProperty("user.name", "root"))) {
      try (Connection connection = DriverManager.getConnection(
          with(URL, "connectTimeout=3&loginTimeout=3"), user.toLowerCase(Locale.ROOT), "")) {
        return Optional.of(connection.getMetaData().getUserName());
      } catch (SQLException e) {
        // try the next user
      }
    }
    return Optional.empty();
  }
}
