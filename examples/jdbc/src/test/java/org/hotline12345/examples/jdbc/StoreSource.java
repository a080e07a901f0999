package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a test's stores come from: an empty database each time, which can be opened again as
 * after a restart, and is disposed of afterwards.
 */
interface StoreSource {

  /**
   * Opens a store on an empty database.
   *
   * @return the store
   */
  JdbcHotlineStore open();

  /**
   * Closes a store and opens a new one over the same database, as a restarted host would.
   *
   * @param store a store this source opened
   * @return the new store
   */
  JdbcHotlineStore reopen(JdbcHotlineStore store);

  /**
   * Closes a store and drops its database.
   *
   * @param store the store
   */
  void dispose(JdbcHotlineStore store);

  /**
   * A new named in-memory H2 database per store, kept while stores close and reopen
   * ({@code DB_CLOSE_DELAY=-1}) and shut down on dispose.
   */
  static StoreSource h2() {
    return new Databases() {
      @Override
      String newDatabase() {
        return "jdbc:h2:mem:tck-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
      }

      @Override
      String user() {
        return "sa";
      }

      @Override
      void drop(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        } catch (SQLException e) {
          throw new IllegalStateException("H2 test teardown failed", e);
        }
      }
    };
  }

  /** A new schema of the test PostgreSQL per store; skips the test when it is not reachable. */
  static StoreSource postgres() {
    return new Databases() {
      private final Map<String, String> schemas = new ConcurrentHashMap<>();

      @Override
      String newDatabase() {
        Assumptions.assumeTrue(TestPostgres.available(), TestPostgres.SKIP);
        String schema = TestPostgres.createSchema();
        String url = TestPostgres.url(schema);
        schemas.put(url, schema);
        return url;
      }

      @Override
      String user() {
        return TestPostgres.user();
      }

      @Override
      void drop(String url) {
        String schema = schemas.remove(url);
        if (schema != null) {
          TestPostgres.dropSchema(schema);
        }
      }
    };
  }

  /** Stores over databases made for them, remembered by store so they can be reopened and dropped. */
  abstract class Databases implements StoreSource {
    private final Map<JdbcHotlineStore, String> urls = new ConcurrentHashMap<>();

    /** Makes a new empty database and returns its URL. */
    abstract String newDatabase();

    abstract String user();

    /** Drops the database at the URL. */
    abstract void drop(String url);

    @Override
    public JdbcHotlineStore open() {
      return openAt(newDatabase());
    }

    private JdbcHotlineStore openAt(String url) {
      try {
        JdbcHotlineStore store = JdbcHotlineStore.open(url, user(), "");
        urls.put(store, url);
        return store;
      } catch (RuntimeException e) {
        drop(url);
        throw e;
      }
    }

    @Override
    public JdbcHotlineStore reopen(JdbcHotlineStore store) {
      String url = urls.remove(store);
      store.close();
      return openAt(url);
    }

    @Override
    public void dispose(JdbcHotlineStore store) {
      try {
        store.close();
      } finally {
        String url = urls.remove(store);
        if (url != null) {
          drop(url);
        }
      }
    }
  }
}
