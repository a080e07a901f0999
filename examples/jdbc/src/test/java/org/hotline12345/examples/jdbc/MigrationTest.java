package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import java.util.Optional;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database written at schema V1 (plain inquiry codes, next deadlines) opens at the latest
 * version with its cases readable: codes hashed as the core hashes them, the last event's instant
 * filled in from the events, the sweep's instant kept as the next alarm. One written at V3 opens
 * with its cases off the supervision board (V4) until the core writes them again.
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

  @Test
  void anH2DatabaseOfSchemaV3OpensWithItsCasesOffTheBoardUntilTheCoreWritesThem() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:migration-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    try {
      assertMigratedFromV3(dataSource);
    } finally {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
    }
  }

  @Test
  void aPostgresDatabaseOfSchemaV3OpensWithItsCasesOffTheBoardUntilTheCoreWritesThem() throws Exception {
    Assumptions.assumeTrue(TestPostgres.available(), TestPostgres.SKIP);
    String schema = TestPostgres.createSchema();
    try {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(TestPostgres.url(schema));
      dataSource.setUser(TestPostgres.user());
      assertMigratedFromV3(dataSource);
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }

  /**
   * A case written at V3 (with a caller key) reads back unchanged at V4, watching nothing; once
   * the core writes its next version with a watched deadline, the board lists and counts it.
   */
  private static void assertMigratedFromV3(DataSource dataSource) throws Exception {
    Schema.configure(dataSource).target("3").load().migrate();
    String callerKey = HASH.substring(0, 40);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO cases (case_id, case_number, inquiry_code_hash, intake_key, status, is_open,"
          + " appeal_type, channel, category, area, lead_department, assisting_departments, registered_at,"
          + " last_event_at, next_alarm_at, resolution_due_at, resolution_met, closed_at, facts, caller_key, version)"
          + " VALUES ('c3', 'NJ20240930000003', '" + HASH + "', NULL, 'DISPATCHED', TRUE, 'COMPLAINT', 'PHONE',"
          + " '0103', '320106', 'nj.gulou', NULL, " + micros(REGISTERED) + ", " + micros(DISPATCHED) + ", "
          + micros(DUE) + ", NULL, NULL, NULL, NULL, '" + callerKey + "', 2)");
      s.executeUpdate("INSERT INTO case_events (case_id, seq, event_type, schema_version, occurred_at, payload,"
          + " log_position) VALUES ('c3', 1, 'Registered', 1, " + micros(REGISTERED) + ", '{}', 1),"
          + " ('c3', 2, 'Dispatched', 1, " + micros(DISPATCHED) + ", '{}', 2)");
      s.executeUpdate("UPDATE event_counter SET last_position = 2");
    }

    try (JdbcHotlineStore store = JdbcHotlineStore.over(dataSource)) {
      StoredCase migrated = store.cases().find("c3").orElseThrow();
      assertThat(migrated.callerKey()).as("the caller key written at V3").contains(callerKey);
      assertThat(migrated.nextAlarmAt()).as("the next alarm written at V3").contains(DUE);
      assertThat(migrated.watchedStage()).as("the watched stage of a row written before V4").isEmpty();
      assertThat(migrated.watchedDueAt()).isEmpty();
      assertThat(migrated.yellowAt()).isEmpty();
      WatchQuery board = WatchQuery.of(DUE).withLeadDepartment("nj.gulou");
      assertThat(store.cases().watched(board, PageRequest.first(10)).items()).as("the board before the core"
          + " writes the case again").isEmpty();
      assertThat(store.cases().watchCounts(Optional.of("nj.gulou"), DUE)).as("its counts").isEmpty();

      StoredCase watched = migrated.toBuilder().watchedStage("SIGN_FOR").yellowAt(DUE.minusSeconds(1440))
          .watchedDueAt(DUE).lastEventAt(DUE.minusSeconds(3600)).version(3).build();
      store.inTransaction(unit -> {
        unit.updateCase(watched, 2, Fixtures.events("c3", 3, 3));
        return null;
      });
      assertThat(store.cases().find("c3")).as("the case the core wrote again").contains(watched);
      assertThat(store.cases().watched(board, PageRequest.first(10)).items()).as("the board then")
          .containsExactly(watched);
      assertThat(store.cases().watchCounts(Optional.of("nj.gulou"), DUE)).as("its counts at the due instant")
          .containsExactly(new WatchCount("SIGN_FOR", 1, 1, 1));
      assertThat(store.cases().dueBefore(DUE.plusSeconds(1), PageRequest.first(10)).items())
          .as("the sweep, unchanged").containsExactly(watched);
    }
  }

  private static long micros(Instant instant) {
    return Columns.micros(instant);
  }
}
