package org.hotline12345.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.Assessment;
import org.hotline12345.core.assessment.Counted;
import org.hotline12345.core.assessment.CountedCase;
import org.hotline12345.core.assessment.Drilldown;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;

/**
 * The assessment (考核) as the report shows it: the period's scorecards, ranked per group, the
 * indicators shown as columns, and the breakdowns behind the numbers.
 *
 * @param schemeName the scheme's name, for the heading
 * @param cards the scorecards, as {@code Assessment.score} gave them
 * @param indicators the indicators shown, in order
 * @param breakdowns the cases behind each shown number of each card that has cases
 */
public record ScorecardSection(String schemeName, Scorecards cards, List<Indicator> indicators,
    List<Breakdown> breakdowns) {

  /** How many cases a breakdown lists unless told otherwise. */
  public static final int DEFAULT_LIMIT = 200;

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field or an element is null
   */
  public ScorecardSection {
    Checks.text(schemeName, "schemeName");
    Objects.requireNonNull(cards, "cards");
    indicators = Checks.list(indicators, "indicators");
    breakdowns = Checks.list(breakdowns, "breakdowns");
  }

  /**
   * The section of an assessment: for every card and every drilled indicator counted from cases
   * whose tally judged a case, the drill-down with each listed case explained.
   *
   * @param assessment the assessment that scored the cards
   * @param cases the cases it scored, read again for the drill-downs
   * @param cards its scorecards
   * @param indicators the indicators to show as columns
   * @param drilled the indicators whose numbers lead to their cases (typically the scheme's terms)
   * @param limit the most cases listed under one number, 1 to {@link Assessment#MAX_DRILLDOWN}
   * @return the section
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the limit is out of range
   */
  public static ScorecardSection of(Assessment assessment, List<AssessedCase> cases, Scorecards cards,
      List<Indicator> indicators, List<Indicator> drilled, int limit) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(cards, "cards");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(drilled, "drilled");
    if (limit < 1 || limit > Assessment.MAX_DRILLDOWN) {
      throw new IllegalArgumentException("limit: must be 1 to " + Assessment.MAX_DRILLDOWN + ", was " + limit);
    }
    Map<String, AssessedCase> byId = new HashMap<>();
    for (AssessedCase c : cases) {
      byId.put(c.id().value(), c);
    }
    Map<String, List<Counted>> explained = new HashMap<>();
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Scorecard card : cards.all()) {
      for (Indicator indicator : drilled) {
        if (!indicator.isCountedFromCases() || card.tally(indicator).cases() == 0) {
          continue;
        }
        Drilldown drill = assessment.drillDown(cases, card.department(), indicator, limit);
        List<CaseReason> reasons = new ArrayList<>();
        for (CountedCase counted : drill.cases()) {
          List<Counted> why = explained.computeIfAbsent(counted.id().value(),
              id -> byId.containsKey(id) ? assessment.explain(byId.get(id)) : List.of());
          List<String> lines = new ArrayList<>();
          for (Counted c : why) {
            if (c.department().equals(card.department()) && c.indicator() == indicator) {
              lines.add(c.why());
            }
          }
          reasons.add(new CaseReason(counted.number().value(), counted.weight(), counted.numerator(),
              String.join("; ", lines), counted.excludedBy()));
        }
        breakdowns.add(new Breakdown(card.department().value(), indicator, drill.tally(), reasons,
            drill.truncated()));
      }
    }
    return new ScorecardSection(assessment.scheme().name(), cards, indicators, breakdowns);
  }
}
