package org.hotline12345.rules.impact;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.category.CategoryCode;

/**
 * A case decided differently, as a dispatcher looks it up: its number (工单编号), category and area
 * codes, both decisions and which rule took each. Never the citizen's name, phone or address, nor
 * the appeal's text.
 *
 * @param caseNumber the case's number
 * @param category the case's category code, if it has one
 * @param area the appeal's area code (行政区划), if known
 * @param current the current rules' decision, for example {@code nj.gulou} or {@code accept (受理)}
 * @param candidate the candidate rules' decision
 * @param currentWhy the rule behind the current decision: rule set, version and row, or a
 *     time-limit policy's one-line explanation
 * @param candidateWhy the rule behind the candidate decision
 * @param real what really happened, if the case got that far: the department that finally handled
 *     it, the triage decision taken, the limits set at the first dispatch
 */
public record Example(CaseNumber caseNumber, Optional<CategoryCode> category, Optional<String> area, String current,
    String candidate, String currentWhy, String candidateWhy, Optional<String> real) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Example {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(currentWhy, "currentWhy");
    Objects.requireNonNull(candidateWhy, "candidateWhy");
    Objects.requireNonNull(real, "real");
  }
}
