package org.hotline12345.examples.jdbc;

/** Racing writers on in-memory H2. */
class H2ConcurrencyTest extends JdbcConcurrencyTest {

  private static final StoreSource SOURCE = StoreSource.h2();

  @Override
  StoreSource source() {
    return SOURCE;
  }
}
