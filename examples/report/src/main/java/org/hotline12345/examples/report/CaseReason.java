package org.hotline12345.examples.report;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One case behind a scorecard number, and why it counted as it did (计分依据): the words of
 * {@code Assessment.explain}, which quote stages and instants, never the case's text.
 *
 * @param caseNumber the case number
 * @param weight its weight in the denominator
 * @param numerator what it put in the numerator
 * @param why why, one line per part, joined by {@code "; "}
 * @param excludedByAppeal the accepted assessment appeal (考核申诉) that took it out, if one did
 */
public record CaseReason(String caseNumber, double weight, double numerator, String why,
    OptionalLong excludedByAppeal) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CaseReason {
    Checks.text(caseNumber, "caseNumber");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(excludedByAppeal, "excludedByAppeal");
  }

  /**
   * Whether the case counted fully in the numerator.
   *
   * @return true if the numerator equals the weight and the weight is not 0
   */
  public boolean counted() {
    return weight > 0 && numerator >= weight;
  }
}
