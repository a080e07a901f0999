package org.hotline12345.examples.la311;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.AssessedCases;
import org.hotline12345.core.assessment.Assessment;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.RankingGroups;
import org.hotline12345.core.assessment.Scorecards;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentId;

/**
 * The assessment (考核) of LA's agencies after a replay, with the core's assessment: the cases
 * closed in the period and those open and due in it ({@link AssessedCases#closedOrDueIn}),
 * scored by a scheme ({@link #onTimeScheme}: the fair on-time rate, 100 points, unless another is
 * given), once per sub-unit (ranked within its agency) and once per agency (each sub-unit's part
 * counted for its agency, the agencies ranked together). The period runs, unless given, from
 * the day of the first request imported to the day after the last creation or closing, in
 * Pacific time; open cases are judged at its end.
 *
 * <p>LA's export says when a request was created and closed, not when it was signed for or
 * the citizen called back: only the on-time indicators ({@link Indicator#ON_TIME}, {@link
 * Indicator#ON_TIME_NAIVE}) and the rates of returns, extensions and reopens (all none) have data.
 */
public final class La311Assessment {

  /** The group the agencies are ranked in. */
  public static final String AGENCIES = "LA agencies";

  private final La311Replay replay;
  private final AssessmentScheme scheme;
  private final AssessmentPeriod period;

  private La311Assessment(La311Replay replay, AssessmentScheme scheme, AssessmentPeriod period) {
    this.replay = replay;
    this.scheme = scheme;
    this.period = period;
  }

  /**
   * The assessment of a replay by {@link #onTimeScheme} over the replay's span.
   *
   * @param replay the replay
   * @return the assessment
   */
  public static La311Assessment of(La311Replay replay) {
    Objects.requireNonNull(replay, "replay");
    return new La311Assessment(replay, onTimeScheme(replay.serviceLevelDays()), spanOf(replay));
  }

  /**
   * The scheme: the fair on-time rate (按时办结率: closed on time / (closed + open and overdue))
   * earns its share of 100 points.
   *
   * @param days the service level, for the scheme's name
   * @return the scheme {@code la311-on-time}
   */
  public static AssessmentScheme onTimeScheme(int days) {
    return AssessmentScheme.builder().id("la311-on-time")
        .name("LA 311: resolved within " + days + " working day" + (days == 1 ? "" : "s")).version("1")
        .term(Term.weighted(Indicator.ON_TIME, 100)).build();
  }

  private static AssessmentPeriod spanOf(La311Replay replay) {
    if (replay.first().isEmpty() || replay.last().isEmpty()) {
      return AssessmentPeriod.of("no request imported", Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400));
    }
    LocalDate from = LocalDate.ofInstant(replay.first().get(), La311Dates.ZONE);
    LocalDate to = LocalDate.ofInstant(replay.last().get(), La311Dates.ZONE).plusDays(1);
    return AssessmentPeriod.of(from + " to " + to.minusDays(1), from.atStartOfDay(La311Dates.ZONE).toInstant(),
        to.atStartOfDay(La311Dates.ZONE).toInstant());
  }

  /**
   * This assessment with another scheme, for example {@code AssessmentSchemes.shandong()} or one
   * read from a file.
   *
   * @param other the scheme
   * @return the assessment
   */
  public La311Assessment withScheme(AssessmentScheme other) {
    return new La311Assessment(replay, Objects.requireNonNull(other, "scheme"), period);
  }

  /**
   * This assessment over another period.
   *
   * @param other the period
   * @return the assessment
   */
  public La311Assessment withPeriod(AssessmentPeriod other) {
    return new La311Assessment(replay, scheme, Objects.requireNonNull(other, "period"));
  }

  /**
   * The period.
   *
   * @return the period
   */
  public AssessmentPeriod period() {
    return period;
  }

  /**
   * The scheme.
   *
   * @return the scheme
   */
  public AssessmentScheme scheme() {
    return scheme;
  }

  /**
   * Scores the sub-units and the agencies.
   *
   * @return the results
   */
  public La311Results assess() {
    La311Catalog catalog = replay.catalog();
    Iterable<AssessedCase> cases = AssessedCases.closedOrDueIn(replay.store().cases(), period);
    Map<DepartmentId, String> groups = new HashMap<>();
    for (Department d : catalog.directory().all()) {
      groups.put(d.getId(), catalog.agencyOf(d.getId()).value());
    }
    Assessment base = Assessment.of(scheme, period).withZone(La311Dates.ZONE);
    Assessment bySubUnit = base.withGroups(RankingGroups.of(groups, AGENCIES));
    Assessment byAgency = base.withGroups(RankingGroups.single(AGENCIES));
    Iterable<AssessedCase> agencyCases = byAgency(cases, catalog);
    Scorecards subUnits = bySubUnit.score(cases);
    Scorecards agencies = byAgency.score(agencyCases);
    return new La311Results(replay.summary(), replay.serviceLevelDays(), scheme, period, agencies, subUnits,
        names(catalog), new La311Results.Assessed(byAgency, agencyCases, bySubUnit, cases));
  }

  private static Map<DepartmentId, String> names(La311Catalog catalog) {
    Map<DepartmentId, String> names = new HashMap<>();
    catalog.directory().all().forEach(d -> names.put(d.getId(), d.getName()));
    return names;
  }

  /** The cases with each department's part counted for its agency. */
  static Iterable<AssessedCase> byAgency(Iterable<AssessedCase> cases, La311Catalog catalog) {
    return () -> new Iterator<>() {
      private final Iterator<AssessedCase> it = cases.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public AssessedCase next() {
        AssessedCase c = it.next();
        CaseFacts f = c.facts();
        List<CaseFacts.DepartmentFacts> parts = new ArrayList<>(f.departments().size());
        for (CaseFacts.DepartmentFacts p : f.departments()) {
          parts.add(new CaseFacts.DepartmentFacts(catalog.agencyOf(p.department()), p.lead(), p.assignedAt(),
              p.signedAt(), p.returnedAt(), p.stages(), p.extensions(), p.returnsDenied()));
        }
        return new AssessedCase(c.id(), c.number(), c.closedAt(),
            new CaseFacts(f.reopenCount(), f.lastCallback(), parts, f.truncated()));
      }
    };
  }
}
