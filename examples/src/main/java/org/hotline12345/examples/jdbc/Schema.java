package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hotline12345.persistence.StoreException;

/**
 * The adapter's schema, migrated by Flyway from {@code db/migration/hotline} with its own
 * history table ({@code hotline_schema_history}), so it can share a schema with a host's
 * migrations. One script serves both databases; a placeholder picks the key columns' type.
 */
final class Schema {

  /** Where the migrations are, on the class path. */
  static final String LOCATION = "classpath:db/migration/hotline";
  /** Flyway's history table for this schema. */
  static final String HISTORY_TABLE = "hotline_schema_history";

  private Schema() {}

  /**
   * Brings the database's schema to the latest version.
   *
   * @param dataSource the database
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws StoreException if the database is unreachable or a migration fails
   */
  static void migrate(DataSource dataSource) {
    String keyText = keyTextType(dataSource);
    try {
      Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .locations(LOCATION)
          .table(HISTORY_TABLE)
          .placeholders(Map.of("key_text", keyText))
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("migrating the schema failed", e);
    }
  }

  /** Text with code point order and byte-wise equality, for keys: the database's spelling. */
  private static String keyTextType(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw SqlErrors.translate("connect to the database", e);
    }
    if (product.contains("postgresql")) {
      return "TEXT COLLATE \"C\"";
    }
    if (product.equals("h2")) {
      return "VARCHAR";
    }
    throw new IllegalArgumentException(
        "the JDBC adapter supports H2 and PostgreSQL, not " + product);
  }
}
