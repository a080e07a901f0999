package org.hotline12345.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.Keys;
import org.hotline12345.persistence.StoreException;

/**
 * Named sequences on table {@code sequence_values}: each value is taken in a transaction of its
 * own that bumps the scope's row and reads it back under the row's lock, then commits at once.
 * The first caller of a scope inserts its row with value 1; of two that race to do so, the
 * second finds the key taken and bumps the row the first inserted.
 */
final class JdbcSequences {

  /** How often a caller may find a new scope's row just inserted by another before giving up. */
  private static final int MAX_ATTEMPTS = 5;

  private final Database database;

  JdbcSequences(Database database) {
    this.database = database;
  }

  long next(String scope) {
    Keys.requireId("scope", scope);
    for (int attempt = 1; ; attempt++) {
      Optional<Long> bumped = database.transaction("take the next value of a sequence", c -> {
        try (PreparedStatement bump = c.prepareStatement(
            "UPDATE sequence_values SET last_value = last_value + 1 WHERE scope = ?")) {
          Columns.setText(bump, 1, scope);
          if (bump.executeUpdate() == 0) {
            return Optional.<Long>empty();
          }
        }
        try (PreparedStatement read = c.prepareStatement("SELECT last_value FROM sequence_values WHERE scope = ?")) {
          Columns.setText(read, 1, scope);
          try (ResultSet row = read.executeQuery()) {
            row.next();
            return Optional.of(row.getLong(1));
          }
        }
      });
      if (bumped.isPresent()) {
        return bumped.get();
      }
      try {
        database.transaction("start a sequence", c -> {
          try (PreparedStatement start = c.prepareStatement(
              "INSERT INTO sequence_values (scope, last_value) VALUES (?, 1)")) {
            Columns.setText(start, 1, scope);
            start.executeUpdate();
          }
          return null;
        });
        return 1;
      } catch (DuplicateKeyException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new StoreException("the sequence " + scope + " could not be started or bumped in "
              + MAX_ATTEMPTS + " attempts", e);
        }
      }
    }
  }
}
