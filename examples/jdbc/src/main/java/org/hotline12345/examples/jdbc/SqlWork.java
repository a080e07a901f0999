package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a connection that may fail with an {@link SQLException}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
interface SqlWork<T> {

  /**
   * Does the work.
   *
   * @param connection the connection, in a transaction or in auto-commit mode
   * @return the result
   * @throws SQLException if a statement fails
   */
  T run(Connection connection) throws SQLException;
}
