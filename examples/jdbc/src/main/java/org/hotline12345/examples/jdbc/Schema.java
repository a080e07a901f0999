package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hotline12345.persistence.StoreException;

/**
 * The adapter's schema, migrated by Flyway from {@code db/migration/hotline} with its own
 * history table ({@code hotline_schema_history}), so it can share a schema with a host's
 * migrations. One script serves both databases; placeholders pick the key columns' type and
 * spell the hash function.
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
    try {
      configure(dataSource).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("migrating the schema failed", e);
    }
  }

  /**
   * Flyway configured for the adapter's migrations on a database, for {@link #migrate} and for
   * tests that migrate to an earlier version.
   *
   * @param dataSource the database
   * @return the configuration
   */
  static FluentConfiguration configure(DataSource dataSource) {
    Dialect dialect = dialect(dataSource);
    return Flyway.configure(Schema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .placeholders(Map.of("key_text", dialect.keyText, "inquiry_code_sha256", dialect.inquiryCodeSha256,
            "bytes", dialect.bytes));
  }

  /**
   * What the scripts spell differently on each database.
   *
   * @param keyText text with code point order and byte-wise equality, for keys
   * @param inquiryCodeSha256 the core's hash of column {@code inquiry_code}: lowercase hex
   *     SHA-256 of {@code hotline12345/inquiry-code/v1:} and the code, in UTF-8
   * @param bytes a type for up to 512 bytes
   */
  private record Dialect(String keyText, String inquiryCodeSha256, String bytes) {}

  private static final String HASH_PREFIX = "'hotline12345/inquiry-code/v1:'";

  private static final Dialect POSTGRESQL = new Dialect("TEXT COLLATE \"C\"",
      "encode(sha256(convert_to(" + HASH_PREFIX + " || inquiry_code, 'UTF8')), 'hex')", "BYTEA");
  private static final Dialect H2 = new Dialect("VARCHAR",
      "LOWER(RAWTOHEX(HASH('SHA-256', " + HASH_PREFIX + " || inquiry_code)))", "VARBINARY(512)");

  private static Dialect dialect(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw SqlErrors.translate("connect to the database", e);
    }
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (product.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "the JDBC adapter supports H2 and PostgreSQL, not " + product);
  }
}
