package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.internal.Texts;

/**
 * Why a decision was taken, when a rule took it (triage, routing, a time limit): the rule set,
 * its version, the row that decided, and a text a dispatcher can read. Recorded on the
 * {@link CaseEvent} of the decision, so that every case can answer "why did it go there?".
 *
 * @param ruleSet the rule set's id, 1 to 100 characters
 * @param version the rule set's version, 1 to 100 characters
 * @param row the deciding row's id, if a row decided
 * @param text the explanation, 1 to 2,000 characters; it must not quote personal data
 */
public record Explanation(String ruleSet, String version, Optional<String> row, String text) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public Explanation {
    check("ruleSet", ruleSet, 100);
    check("version", version, 100);
    Objects.requireNonNull(row, "row");
    row.ifPresent(r -> check("row", r, 100));
    check("text", text, 2_000);
  }

  private static void check(String field, String value, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException("explanation " + field + ": must be 1 to " + max
          + " characters and not blank, was " + value.length() + " characters");
    }
  }

  @Override
  public String toString() {
    return "Explanation[" + Texts.forDisplay(ruleSet, 100) + " v" + Texts.forDisplay(version, 100)
        + row.map(r -> " row " + Texts.forDisplay(r, 100)).orElse("") + "]";
  }
}
