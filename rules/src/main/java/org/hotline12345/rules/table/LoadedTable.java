package org.hotline12345.rules.table;

import java.util.List;
import java.util.Objects;

/**
 * A decision table that loaded and passed verification, with what verification found.
 *
 * @param table the table
 * @param verification its verification: no errors, maybe warnings
 */
public record LoadedTable(DecisionTable table, Verification verification) {

  /**
   * Checks the fields.
   *
   * @param table the table
   * @param verification its verification
   * @throws NullPointerException if a field is null
   */
  public LoadedTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(verification, "verification");
  }

  /**
   * The warnings of the verification.
   *
   * @return the warnings, unmodifiable
   */
  public List<Finding> warnings() {
    return verification.warnings();
  }
}
