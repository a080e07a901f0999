package org.hotline12345.rules.dmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.table.LoadedTable;

/**
 * The decision tables of one DMN file, as {@link DmnReader} read them.
 *
 * @param source the file's name, as given to the reader
 * @param dmnVersion the DMN version of the file's namespace, for example {@code 1.3}
 * @param definitionsId the {@code id} of the file's {@code <definitions>}
 * @param definitionsName the {@code name} of the file's {@code <definitions>}
 * @param tables each decision table, verified, with its warnings, in file order; the rule set
 *     id of each is its decision's id
 * @param otherDecisions the ids of the file's decisions whose logic is not a decision table
 *     (not read)
 */
public record DmnTables(String source, String dmnVersion, Optional<String> definitionsId,
    Optional<String> definitionsName, List<LoadedTable> tables, List<String> otherDecisions) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or an element is null
   */
  public DmnTables {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dmnVersion, "dmnVersion");
    Objects.requireNonNull(definitionsId, "definitionsId");
    Objects.requireNonNull(definitionsName, "definitionsName");
    tables = List.copyOf(tables);
    otherDecisions = List.copyOf(otherDecisions);
  }

  /**
   * The table of a decision.
   *
   * @param decisionId the decision's id (the table's rule set id)
   * @return the table with its warnings
   * @throws NullPointerException if decisionId is null
   * @throws IllegalArgumentException if the file has no decision table of that id, naming the
   *     ids it has
   */
  public LoadedTable table(String decisionId) {
    Objects.requireNonNull(decisionId, "decisionId");
    List<String> ids = new ArrayList<>();
    for (LoadedTable table : tables) {
      if (table.table().ruleSetId().equals(decisionId)) {
        return table;
      }
      ids.add(table.table().ruleSetId());
    }
    throw new IllegalArgumentException(Texts.escape(source, 200) + " has no decision table "
        + Texts.quote(decisionId) + "; it has " + (ids.isEmpty() ? "none"
        : Texts.escape(String.join(", ", ids), 500)));
  }
}
