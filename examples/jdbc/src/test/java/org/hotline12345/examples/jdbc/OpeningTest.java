package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.examples.jdbc.Fixtures.T0;
import static org.hotline12345.examples.jdbc.Fixtures.events;
import static org.hotline12345.examples.jdbc.Fixtures.registered;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.hotline12345.persistence.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening stores: the embedded default, a host's data source, URLs the adapter refuses. */
class OpeningTest {

  @Test
  void anEmbeddedStoreKeepsItsDataAcrossReopening(@TempDir Path directory) {
    try (JdbcHotlineStore store = JdbcHotlineStore.openEmbedded(directory)) {
      store.inTransaction(unit -> {
        unit.insertCase(registered("c1", T0), Optional.empty(), events("c1", 1, 1));
        return null;
      });
      for (int i = 0; i < 5; i++) {
        store.nextSequenceValue("case-number:2024-09-30");
      }
    }
    assertThat(Files.exists(directory.resolve("hotline.mv.db"))).isTrue();
    try (JdbcHotlineStore reopened = JdbcHotlineStore.openEmbedded(directory)) {
      assertThat(reopened.cases().find("c1")).contains(registered("c1", T0));
      assertThat(reopened.events().since(0, 10)).hasSize(1);
      assertThat(reopened.nextSequenceValue("case-number:2024-09-30"))
          .as("the sixth value of the day's sequence, after a restart").isEqualTo(6);
    }
  }

  @Test
  void aHostsDataSourceIsMigratedAndLeftOpen() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:over-test;DB_CLOSE_DELAY=-1");
    try (JdbcHotlineStore store = JdbcHotlineStore.over(dataSource)) {
      store.inTransaction(unit -> {
        unit.insertCase(registered("c1", T0), Optional.empty(), events("c1", 1, 1));
        return null;
      });
    }
    try (JdbcHotlineStore again = JdbcHotlineStore.over(dataSource)) {
      assertThat(again.cases().find("c1")).isPresent();
    }
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void otherDatabasesAreRefused() {
    assertThatThrownBy(() -> JdbcHotlineStore.open("jdbc:mysql://localhost/x", "u", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2");
  }

  @Test
  void anUnreachableDatabaseIsAStoreExceptionWithoutTheCredentials() {
    assertThatThrownBy(() -> JdbcHotlineStore.open(
        "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "someone", "s3cret"))
        .isInstanceOf(StoreException.class)
        .hasMessageNotContaining("s3cret");
  }
}
