package org.hotline12345.examples.jdbc;

import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.tck.HotlineStoreContract;

/**
 * The conformance kit on the JDBC adapter over PostgreSQL at 127.0.0.1:5432, database
 * {@code test}, a new schema per test (dropped afterwards); skipped, saying how to enable it,
 * when PostgreSQL is not reachable.
 */
class PostgresStoreConformanceTest extends HotlineStoreContract {

  private static final StoreSource SOURCE = StoreSource.postgres();

  @Override
  protected HotlineStore newEmptyStore() {
    return SOURCE.open();
  }

  @Override
  protected HotlineStore reopenStore(HotlineStore store) {
    return SOURCE.reopen((JdbcHotlineStore) store);
  }

  @Override
  protected void closeStore(HotlineStore store) {
    SOURCE.dispose((JdbcHotlineStore) store);
  }
}
