package org.hotline12345.benchmarks.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;

/**
 * The stores measured, each opened empty: the in-memory reference store, the JDBC adapter on
 * an embedded H2 file database with durable commits ({@code WRITE_DELAY=0}: every commit is
 * written to the file before it returns), and the JDBC adapter on the local PostgreSQL
 * ({@code synchronous_commit} and {@code fsync} as the server has them; see the docs).
 */
public enum StoreType {
  /** {@link InMemoryStore}. */
  MEMORY {
    @Override
    Opened open() {
      return new Opened(new InMemoryStore(), () -> { });
    }
  },
  /** The JDBC adapter over an H2 file in a temporary directory, commits durable. */
  H2 {
    @Override
    Opened open() {
      try {
        Path dir = Files.createTempDirectory("hotline-bench-h2");
        JdbcHotlineStore store = JdbcHotlineStore.open(
            "jdbc:h2:file:" + dir.resolve("hotline").toAbsolutePath() + ";WRITE_DELAY=0", "sa", "");
        return new Opened(store, store::close);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  /** The JDBC adapter over PostgreSQL on 127.0.0.1:5432, database {@code test}, a fresh schema. */
  POSTGRES {
    @Override
    Opened open() {
      String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      execute("CREATE SCHEMA " + schema);
      JdbcHotlineStore store = JdbcHotlineStore.open(PG_URL + "?currentSchema=" + schema, PG_USER, "");
      return new Opened(store, () -> {
        store.close();
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      });
    }
  };

  static final String PG_URL = System.getProperty("hotline.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String PG_USER = System.getProperty("hotline.pg.user", "postgres");

  /** An open store and how to close it. */
  record Opened(HotlineStore store, Runnable close) {}

  abstract Opened open();

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + PG_URL + " as " + PG_USER + ": " + sql, e);
    }
  }
}
