package org.hotline12345.examples.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.DepartmentStore;
import org.hotline12345.persistence.EventLog;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.Outbox;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.UnitOfWork;

/**
 * A {@link HotlineStore} over JDBC, for H2 (embedded, the default) and PostgreSQL. Opening a
 * store migrates its schema with Flyway; each unit of work runs on one connection in a READ
 * COMMITTED transaction (sequence values on a small pool of their own); versions are checked by the UPDATE itself, unique keys by the
 * database's constraints, and the global event log's positions are taken under a lock on a
 * counter row, so they are contiguous and in commit order.
 *
 * <pre>{@code
 * try (JdbcHotlineStore store = JdbcHotlineStore.openEmbedded(Path.of("data"))) { ... }
 * try (JdbcHotlineStore store = JdbcHotlineStore.open(
 *     "jdbc:postgresql://localhost:5432/hotline", "hotline", password)) { ... }
 * }</pre>
 *
 * <p>Thread-safe. Close it to release its connection pool.
 */
public final class JdbcHotlineStore implements HotlineStore, AutoCloseable {

  private static final int MAX_POOL_SIZE = 10;
  /** The connections that sequence values are taken on, apart from units of work. */
  private static final int SEQUENCE_POOL_SIZE = 2;
  /** How long an H2 writer waits for a row lock (the counter row, a case row), in ms. */
  private static final int H2_LOCK_TIMEOUT_MILLIS = 10_000;
  /** H2's "database is already closed", which closing the connection after SHUTDOWN reports. */
  private static final String H2_DATABASE_CLOSED = "90121";

  private final DataSource dataSource;
  private final Runnable closePool;
  private final boolean shutdownOnClose;
  private final Database database;
  private final JdbcCaseQueries cases;
  private final JdbcEventLog events;
  private final JdbcOutbox outbox;
  private final JdbcDepartmentStore departments;
  private final JdbcSequences sequences;

  private JdbcHotlineStore(DataSource dataSource, DataSource sequenceSource, Runnable closePool,
      boolean shutdownOnClose) {
    this.dataSource = dataSource;
    this.closePool = closePool;
    this.shutdownOnClose = shutdownOnClose;
    this.database = new Database(dataSource);
    this.cases = new JdbcCaseQueries(database);
    this.events = new JdbcEventLog(database);
    this.outbox = new JdbcOutbox(database);
    this.departments = new JdbcDepartmentStore(database);
    this.sequences = new JdbcSequences(new Database(sequenceSource));
  }

  /**
   * Opens a store on a database given by its JDBC URL ({@code jdbc:h2:...} or
   * {@code jdbc:postgresql://...}), with a connection pool, and migrates its schema.
   *
   * @param jdbcUrl the URL
   * @param user the user
   * @param password the password, empty for none
   * @return the store
   * @throws IllegalArgumentException if the URL is not an H2 or PostgreSQL one
   * @throws StoreException if the database is unreachable or the migration fails
   */
  public static JdbcHotlineStore open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, false);
  }

  /**
   * Opens a store in an embedded H2 database in a directory (file {@code hotline.mv.db}),
   * creating it if needed.
   *
   * @param directory the directory
   * @return the store
   */
  public static JdbcHotlineStore openEmbedded(Path directory) {
    String file = directory.resolve("hotline").toAbsolutePath().toString();
    if (file.indexOf(';') >= 0) {
      throw new IllegalArgumentException("the directory's path must not contain ';'");
    }
    return open("jdbc:h2:file:" + file, "sa", "", false);
  }

  /**
   * Opens a store in a new, private in-memory H2 database, dropped when the store is closed:
   * for tests and demos.
   *
   * @return the store
   */
  public static JdbcHotlineStore openInMemory() {
    return open("jdbc:h2:mem:hotline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
  }

  /**
   * A store over a data source the host manages (its own pool), after migrating the schema.
   * Closing the store leaves the data source open. The host configures its connections (for
   * H2, a lock timeout long enough for its writers to queue on the event counter, READ
   * COMMITTED), and sizes its pool one connection above the units of work it runs at once: a
   * sequence value (a case number) is taken on a connection of its own, also while the unit
   * that needs it holds another.
   *
   * @param dataSource the data source, of an H2 or PostgreSQL database
   * @return the store
   */
  public static JdbcHotlineStore over(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Schema.migrate(dataSource);
    return new JdbcHotlineStore(dataSource, dataSource, () -> { }, false);
  }

  private static JdbcHotlineStore open(String jdbcUrl, String user, String password,
      boolean shutdownOnClose) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(Objects.requireNonNull(user, "user"));
    config.setPassword(Objects.requireNonNull(password, "password"));
    config.setMaximumPoolSize(MAX_POOL_SIZE);
    config.setMinimumIdle(1);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setPoolName("hotline-store");
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      config.setConnectionInitSql("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MILLIS);
    } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      // Keep values (personal data) out of the driver's error messages; batch inserts fast.
      config.addDataSourceProperty("logServerErrorDetail", "false");
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    } else {
      throw new IllegalArgumentException("the JDBC adapter supports H2 (jdbc:h2:) and"
          + " PostgreSQL (jdbc:postgresql:) URLs only");
    }
    HikariDataSource pool = connect(config);
    // Sequence values come from a pool of their own: a unit of work that takes a case number
    // holds its connection meanwhile, and ten such units would otherwise wait on each other.
    HikariConfig sequenceConfig = new HikariConfig();
    config.copyStateTo(sequenceConfig);
    sequenceConfig.setPoolName("hotline-sequences");
    sequenceConfig.setMaximumPoolSize(SEQUENCE_POOL_SIZE);
    sequenceConfig.setMinimumIdle(0);
    HikariDataSource sequencePool;
    try {
      sequencePool = connect(sequenceConfig);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    try {
      Schema.migrate(pool);
      return new JdbcHotlineStore(pool, sequencePool, () -> {
        sequencePool.close();
        pool.close();
      }, shutdownOnClose);
    } catch (RuntimeException e) {
      sequencePool.close();
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource connect(HikariConfig config) {
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot connect to the database: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    Objects.requireNonNull(work, "work");
    return database.transaction("commit a unit of work", connection -> {
      JdbcUnitOfWork unit = new JdbcUnitOfWork(connection);
      T result;
      try {
        result = work.apply(unit);
      } catch (RuntimeException | Error e) {
        unit.abandon();
        throw e;
      }
      unit.finish();
      return result;
    });
  }

  @Override
  public long nextSequenceValue(String scope) {
    return sequences.next(scope);
  }

  /** The store's database access, for the adapter's own tests. */
  Database database() {
    return database;
  }

  @Override
  public CaseQueries cases() {
    return cases;
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public DepartmentStore departments() {
    return departments;
  }

  /**
   * Closes the connection pool this store opened (not a data source given to
   * {@link #over}); a private in-memory database is dropped.
   */
  @Override
  public void close() {
    try {
      if (shutdownOnClose) {
        shutdown();
      }
    } finally {
      closePool.run();
    }
  }

  /** Drops the private in-memory database: H2 closes it, and every connection, on SHUTDOWN. */
  private void shutdown() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      if (!H2_DATABASE_CLOSED.equals(e.getSQLState())) {
        throw SqlErrors.translate("close the store", e);
      }
    }
  }
}
