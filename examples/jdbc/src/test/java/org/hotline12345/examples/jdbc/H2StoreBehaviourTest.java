package org.hotline12345.examples.jdbc;

/** The adapter's own checks on in-memory H2 databases. */
class H2StoreBehaviourTest extends JdbcStoreBehaviourTest {

  private static final StoreSource SOURCE = StoreSource.h2();

  @Override
  StoreSource source() {
    return SOURCE;
  }
}
