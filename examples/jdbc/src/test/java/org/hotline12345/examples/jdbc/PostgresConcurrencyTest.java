package org.hotline12345.examples.jdbc;

/** Racing writers on PostgreSQL (skipped when it is down). */
class PostgresConcurrencyTest extends JdbcConcurrencyTest {

  private static final StoreSource SOURCE = StoreSource.postgres();

  @Override
  StoreSource source() {
    return SOURCE;
  }
}
