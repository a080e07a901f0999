package org.hotline12345.examples.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/** Where a test's stores come from: an empty database each time, disposed of afterwards. */
interface StoreSource {

  /**
   * Opens a store on an empty database.
   *
   * @return the store
   */
  JdbcHotlineStore open();

  /**
   * Closes a store and drops its database.
   *
   * @param store the store
   */
  void dispose(JdbcHotlineStore store);

  /** A new private in-memory H2 database per store. */
  static StoreSource h2() {
    return new StoreSource() {
      @Override
      public JdbcHotlineStore open() {
        return JdbcHotlineStore.openInMemory();
      }

      @Override
      public void dispose(JdbcHotlineStore store) {
        store.close();
      }
    };
  }

  /** A new schema of the test PostgreSQL per store; skips the test when it is not reachable. */
  static StoreSource postgres() {
    return new StoreSource() {
      private final Map<JdbcHotlineStore, String> schemas = new ConcurrentHashMap<>();

      @Override
      public JdbcHotlineStore open() {
        Assumptions.assumeTrue(TestPostgres.available(), TestPostgres.SKIP);
        String schema = TestPostgres.createSchema();
        try {
          JdbcHotlineStore store =
              JdbcHotlineStore.open(TestPostgres.url(schema), TestPostgres.user(), "");
          schemas.put(store, schema);
          return store;
        } catch (RuntimeException e) {
          TestPostgres.dropSchema(schema);
          throw e;
        }
      }

      @Override
      public void dispose(JdbcHotlineStore store) {
        try {
          store.close();
        } finally {
          String schema = schemas.remove(store);
          if (schema != null) {
            TestPostgres.dropSchema(schema);
          }
        }
      }
    };
  }
}
