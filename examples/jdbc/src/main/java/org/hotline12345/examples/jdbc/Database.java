package org.hotline12345.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work on pooled connections: reads in auto-commit mode, writes in a transaction that
 * commits when the work returns and rolls back when it throws, rethrowing the same instance.
 */
final class Database {

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs read-only work on a connection in auto-commit mode.
   *
   * @param operation what is done, for error messages
   * @param work the work
   * @return its result
   */
  <T> T read(String operation, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    } catch (SQLException e) {
      throw SqlErrors.translate(operation, e);
    }
  }

  /**
   * Runs work in one transaction.
   *
   * @param operation what is done, for error messages
   * @param work the work; its unchecked exceptions are rethrown as they are
   * @return its result
   */
  <T> T transaction(String operation, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (Throwable failure) {
        rollback(connection, failure);
        throw failure;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(operation, e);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
