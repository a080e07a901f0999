package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database written at schema V1 (plain inquiry codes, next deadlines) opens at the latest
 * version with its cases readable: codes hashed as the core hashes them, the last event's instant
 * filled in from the events, the sweep's instant kept as the next alarm.
 */
class MigrationTest {

  private static final Instant REGISTERED = Instant.parse("2024-09-30T02:00:00Z");
  private static final Instant DISPATCHED = Instant.parse("2024-09-30T03:00:00.000001Z");
  private static final Instant DUE = Instant.parse("2024-09-30T05:00:00Z");
  /** Lowercase hex SHA-256 of "hotline12345/inquiry-code/v1:K7Q2M9XAB3CD". */
  private static final String HASH = java.util.HexFormat.of().formatHex(sha256("hotline12345/inquiry-code/v1:K7Q2M9XAB3CD"));

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anH2DatabaseOfSchemaV1OpensWithItsCasesReadable() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:migration-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    try {
      assertMigrated(dataSource);
    } finally {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
    }
  }

  @Test
  void aPostgresDatabaseOfSchemaV1OpensWithItsCasesReadable() throws Exception {
    Assumptions.assumeTrue(TestPostgres.available(), TestPostgres.SKIP);
    String schema = TestPostgres.createSchema();
    try {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(TestPostgres.url(schema));
      dataSource.setUser(TestPostgres.user());
      assertMigrated(dataSource);
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }

  private static void assertMigrated(DataSource dataSource) throws Exception {
    Schema.configure(dataSource).target("1").load().migrate();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO cases (case_id, case_number, inquiry_code, intake_key, status, is_open,"
          + " lead_department, next_deadline, resolution_due_at, registered_at, closed_at, version) VALUES"
          + " ('c1', 'NJ20240930000001', 'K7Q2M9XAB3CD', 'PHONE:call-1', 'DISPATCHED', TRUE, 'nj.gulou',"
          + micros(DUE) + ", NULL, " + micros(REGISTERED) + ", NULL, 2)");
      s.executeUpdate("INSERT INTO case_events (case_id, seq, event_type, occurred_at, payload, log_position) VALUES"
          + " ('c1', 1, 'Registered', " + micros(REGISTERED) + ", '{}', 1),"
          + " ('c1', 2, 'Dispatched', " + micros(DISPATCHED) + ", '{}', 2)");
      s.executeUpdate("UPDATE event_counter SET last_position = 2");
    }

    try (JdbcHotlineStore store = JdbcHotlineStore.over(dataSource)) {
      StoredCase migrated = store.cases().find("c1").orElseThrow();

      assertThat(migrated.inquiryCodeHash()).as("the inquiry code, hashed").isEqualTo(HASH);
      assertThat(store.cases().findByInquiryCodeHash(HASH)).as("the case by the hash").contains(migrated);
      assertThat(migrated.lastEventAt()).as("the last event's instant").isEqualTo(DISPATCHED);
      assertThat(migrated.nextAlarmAt()).as("the next alarm, from the next deadline").contains(DUE);
      assertThat(migrated.appealType()).isEqualTo("UNKNOWN");
      assertThat(migrated.channel()).isEqualTo("UNKNOWN");
      assertThat(migrated.leadDepartment()).contains("nj.gulou");
      assertThat(migrated.assistingDepartments()).isEmpty();
      assertThat(migrated.version()).isEqualTo(2);
      assertThat(migrated.callerKey()).as("the caller key of a row written before V3").isEmpty();
      assertThat(store.cases().events("c1")).extracting(StoredEvent::schemaVersion).containsExactly(1, 1);
      java.util.Optional<String> byIntakeKey = store.inTransaction(unit -> unit.findCaseIdByIntakeKey("PHONE:call-1"));
      assertThat(byIntakeKey).contains("c1");
      assertThat(store.cases().dueBefore(DUE.plusSeconds(1), org.hotline12345.persistence.PageRequest.first(10))
          .items()).as("the sweep after the migration").containsExactly(migrated);
      assertThat(List.of(store.nextSequenceValue("case-number:2024-09-30"))).containsExactly(1L);
    }
  }

  private static long micros(Instant instant) {
    return Columns.micros(instant);
  }
}
