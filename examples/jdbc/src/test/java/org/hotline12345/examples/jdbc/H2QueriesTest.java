package org.hotline12345.examples.jdbc;

/** The paged queries on in-memory H2. */
class H2QueriesTest extends JdbcQueriesTest {

  private static final StoreSource SOURCE = StoreSource.h2();

  @Override
  StoreSource source() {
    return SOURCE;
  }
}
