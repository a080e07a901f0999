package org.hotline12345.examples.jdbc;

/** The paged queries on PostgreSQL (skipped when it is down). */
class PostgresQueriesTest extends JdbcQueriesTest {

  private static final StoreSource SOURCE = StoreSource.postgres();

  @Override
  StoreSource source() {
    return SOURCE;
  }
}
