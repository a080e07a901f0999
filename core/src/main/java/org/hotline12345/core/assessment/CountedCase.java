package org.hotline12345.core.assessment;

import java.util.Objects;
import java.util.OptionalLong;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;

/**
 * One case behind a number on a scorecard (下钻明细): what it weighed in the denominator, what it
 * put in the numerator, or the accepted appeal that took it out.
 *
 * @param id the case id
 * @param number the case number
 * @param weight its weight in the denominator: 1 as lead, the assisting weight as assisting
 * @param numerator what it put in the numerator, 0 to {@code weight}
 * @param excludedBy the accepted appeal that took it out, if one did (it then counts for neither)
 */
public record CountedCase(CaseId id, CaseNumber number, double weight, double numerator, OptionalLong excludedBy) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CountedCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(excludedBy, "excludedBy");
  }

  /**
   * Whether it counts in the numerator.
   *
   * @return true if it put something in it and was not excluded
   */
  public boolean inNumerator() {
    return numerator > 0 && excludedBy.isEmpty();
  }

  @Override
  public String toString() {
    return number + (excludedBy.isPresent() ? " excluded by appeal #" + excludedBy.getAsLong()
        : " " + Numbers.plain(numerator) + "/" + Numbers.plain(weight));
  }
}
