package org.hotline12345.examples.jdbc;

/** The adapter's own checks on PostgreSQL, a schema per test; skipped when it is down. */
class PostgresStoreBehaviourTest extends JdbcStoreBehaviourTest {

  private static final StoreSource SOURCE = StoreSource.postgres();

  @Override
  StoreSource source() {
    return SOURCE;
  }
}
