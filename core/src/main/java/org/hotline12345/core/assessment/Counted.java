package org.hotline12345.core.assessment;

import java.util.Objects;
import java.util.OptionalLong;
import org.hotline12345.core.department.DepartmentId;

/**
 * Why a case counted as it did for one department and indicator (计分依据): its weight, what it
 * put in the numerator, and the reason in words (the stage, its deadline and when it was met;
 * the callback; the return), or the accepted appeal that took it out. The words quote instants
 * and stages, never the case's text.
 *
 * @param department the department
 * @param indicator the indicator
 * @param weight the weight in the denominator
 * @param numerator what it put in the numerator
 * @param why the reason, one line
 * @param excludedBy the accepted appeal that took the case out, if one did
 */
public record Counted(DepartmentId department, Indicator indicator, double weight, double numerator, String why,
    OptionalLong excludedBy) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Counted {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(excludedBy, "excludedBy");
  }

  @Override
  public String toString() {
    return department + " " + indicator + " (" + indicator.chinese() + ") " + Numbers.plain(numerator) + "/"
        + Numbers.plain(weight) + ": " + why + (excludedBy.isPresent() ? " [excluded by appeal #"
        + excludedBy.getAsLong() + "]" : "");
  }
}
