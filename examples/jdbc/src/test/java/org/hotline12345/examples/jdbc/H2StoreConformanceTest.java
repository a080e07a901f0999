package org.hotline12345.examples.jdbc;

import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.tck.HotlineStoreContract;

/** The conformance kit on the JDBC adapter over a new in-memory H2 database per test. */
class H2StoreConformanceTest extends HotlineStoreContract {

  private static final StoreSource SOURCE = StoreSource.h2();

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
