package org.hotline12345.core.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseFacts.DepartmentFacts;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.assessment.CaseCounter;
import org.hotline12345.core.internal.assessment.Reason;
import org.hotline12345.core.internal.assessment.Scoring;
import org.hotline12345.core.internal.assessment.TallySink;

/**
 * One period's assessment (考核) under a scheme: scores every department in one pass over the
 * facts of the period's cases, drills from any number down to its cases, and explains why a
 * case counted. Computed from the case facts alone: no case is replayed or decrypted.
 *
 * <pre>{@code
 * Assessment september = Assessment.of(AssessmentSchemes.beijing(), AssessmentPeriod.ofMonth(
 *         YearMonth.of(2025, 9), WorkingCalendars.CHINA_ZONE))
 *     .withGroups(RankingGroups.byKind(directory))
 *     .withLedger(ledger)
 *     .withZone(WorkingCalendars.CHINA_ZONE);
 * Iterable<AssessedCase> cases = AssessedCases.closedOrDueIn(store.cases(), september.period());
 * Scorecards cards = september.score(cases);
 * Drilldown late = september.drillDown(cases, street, Indicator.ON_TIME, 100);
 * }</pre>
 *
 * <p>A pass holds one counter array a department, whatever the number of cases; a drill-down
 * reads the cases again and keeps at most the cases asked for. Scores do not depend on the
 * order the cases are read in: weights are counted in whole millionths of a case.
 *
 * <p>Immutable and thread-safe; each call is independent.
 */
public final class Assessment {

  /** The most cases a drill-down lists. */
  public static final int MAX_DRILLDOWN = 100_000;

  private final AssessmentScheme scheme;
  private final AssessmentPeriod period;
  private final Instant asOf;
  private final RankingGroups groups;
  private final KnowledgeUpkeep upkeep;
  private final AssessmentLedger ledger;
  private final ZoneId zone;

  private Assessment(AssessmentScheme scheme, AssessmentPeriod period, Instant asOf, RankingGroups groups,
      KnowledgeUpkeep upkeep, AssessmentLedger ledger, ZoneId zone) {
    this.scheme = scheme;
    this.period = period;
    this.asOf = asOf;
    this.groups = groups;
    this.upkeep = upkeep;
    this.ledger = ledger;
    this.zone = zone;
  }

  /**
   * An assessment of a period under a scheme: open cases judged at the period's end, one
   * ranking group for all, no knowledge-base upkeep, an empty ledger, explanations in UTC.
   *
   * @param scheme the scheme
   * @param period the period
   * @return the assessment
   * @throws NullPointerException if an argument is null
   */
  public static Assessment of(AssessmentScheme scheme, AssessmentPeriod period) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(period, "period");
    return new Assessment(scheme, period, period.end(), RankingGroups.single("全部"), KnowledgeUpkeep.none(),
        AssessmentLedger.of(scheme, period), ZoneOffset.UTC);
  }

  /**
   * This assessment with its ranking groups.
   *
   * @param groups the groups, for example {@link RankingGroups#byKind}
   * @return the assessment
   * @throws NullPointerException if groups is null
   */
  public Assessment withGroups(RankingGroups groups) {
    return new Assessment(scheme, period, asOf, Objects.requireNonNull(groups, "groups"), upkeep, ledger, zone);
  }

  /**
   * This assessment with the knowledge-base upkeep of its departments.
   *
   * @param upkeep the upkeep
   * @return the assessment
   * @throws NullPointerException if upkeep is null
   */
  public Assessment withKnowledgeUpkeep(KnowledgeUpkeep upkeep) {
    return new Assessment(scheme, period, asOf, groups, Objects.requireNonNull(upkeep, "upkeep"), ledger, zone);
  }

  /**
   * This assessment with the period's ledger: its adjustments, vetoes and accepted appeals.
   *
   * @param ledger the ledger, of this scheme (id and version) and period
   * @return the assessment
   * @throws NullPointerException if ledger is null
   * @throws IllegalArgumentException if the ledger is of another scheme or period
   */
  public Assessment withLedger(AssessmentLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    if (!ledger.scheme().equals(scheme) || !ledger.period().equals(period)) {
      throw new IllegalArgumentException("ledger: kept for " + ledger.scheme().id() + " " + ledger.scheme().version()
          + " and " + ledger.period() + ", not " + scheme.id() + " " + scheme.version() + " and " + period);
    }
    return new Assessment(scheme, period, asOf, groups, upkeep, ledger, zone);
  }

  /**
   * This assessment judging open cases at an instant: now, for a period still running; the
   * period's end (the default) once it is over.
   *
   * @param asOf the instant, not before the period's start
   * @return the assessment
   * @throws NullPointerException if asOf is null
   * @throws IllegalArgumentException if asOf is before the period's start
   */
  public Assessment withAsOf(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(period.start())) {
      throw new IllegalArgumentException("asOf (" + asOf + ") must not be before the period's start ("
          + period.start() + ")");
    }
    return new Assessment(scheme, period, asOf, groups, upkeep, ledger, zone);
  }

  /**
   * This assessment showing instants in a zone in its explanations.
   *
   * @param zone the zone, for example {@code Asia/Shanghai}
   * @return the assessment
   * @throws NullPointerException if zone is null
   */
  public Assessment withZone(ZoneId zone) {
    return new Assessment(scheme, period, asOf, groups, upkeep, ledger, Objects.requireNonNull(zone, "zone"));
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
   * The period.
   *
   * @return the period
   */
  public AssessmentPeriod period() {
    return period;
  }

  /**
   * When open cases are judged.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The ledger.
   *
   * @return the ledger
   */
  public AssessmentLedger ledger() {
    return ledger;
  }

  /**
   * Scores the period in one pass over its cases.
   *
   * @param cases the cases closed in the period and the open ones due in it, for example {@link
   *     AssessedCases#closedOrDueIn}; read once
   * @return the scorecards, computed with every entry of the ledger
   * @throws NullPointerException if cases, or a case, is null
   */
  public Scorecards score(Iterable<AssessedCase> cases) {
    Objects.requireNonNull(cases, "cases");
    Pass pass = new Pass(scheme, exclusions());
    for (AssessedCase c : cases) {
      pass.add(c);
    }
    return Scorecards.of(scheme.id(), scheme.version(), period, asOf, ledger.lastSequence(), pass.read,
        Scoring.cards(scheme, groups, upkeep, ledger, pass.sink));
  }

  /**
   * Scores the period in one pass over a stream of its cases, which may be parallel: each thread
   * counts its share and the counts are added up, exactly (they are whole millionths of a case),
   * so a parallel pass gives the same scorecards as a sequential one. Parsing the facts is most
   * of a pass's work; a host reading its own rows parallelises it with {@code
   * rows.parallelStream().map(AssessedCase::of)}.
   *
   * @param cases the cases closed in the period and the open ones due in it; consumed
   * @return the scorecards, computed with every entry of the ledger
   * @throws NullPointerException if cases, or a case, is null
   */
  public Scorecards score(Stream<AssessedCase> cases) {
    Objects.requireNonNull(cases, "cases");
    Map<String, List<TallySink.Exclusion>> exclusions = exclusions();
    Pass pass = cases.collect(() -> new Pass(scheme, exclusions), Pass::add, Pass::addAll);
    return Scorecards.of(scheme.id(), scheme.version(), period, asOf, ledger.lastSequence(), pass.read,
        Scoring.cards(scheme, groups, upkeep, ledger, pass.sink));
  }

  /** One thread's share of a pass. */
  private final class Pass {
    private final CaseCounter counter;
    private final TallySink sink;
    private long read;

    Pass(AssessmentScheme scheme, Map<String, List<TallySink.Exclusion>> exclusions) {
      this.counter = new CaseCounter(scheme);
      this.sink = new TallySink(exclusions);
    }

    void add(AssessedCase c) {
      counter.count(Objects.requireNonNull(c, "cases must not hold null"), asOf, sink);
      read++;
    }

    void addAll(Pass other) {
      sink.addAll(other.sink);
      read += other.read;
    }
  }

  /**
   * The cases behind one number of a department's scorecard, by a second pass over the cases.
   *
   * @param cases the period's cases, as given to {@link #score}
   * @param department the department
   * @param indicator the indicator
   * @param limit the most cases to list, 1 to {@link #MAX_DRILLDOWN}; the tally counts them all
   * @return the drill-down
   * @throws NullPointerException if an argument, or a case, is null
   * @throws IllegalArgumentException if the limit is out of range
   */
  public Drilldown drillDown(Iterable<AssessedCase> cases, DepartmentId department, Indicator indicator, int limit) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(indicator, "indicator");
    if (limit < 1 || limit > MAX_DRILLDOWN) {
      throw new IllegalArgumentException("limit: must be 1 to " + MAX_DRILLDOWN + ", was " + limit);
    }
    if (!indicator.isCountedFromCases()) {
      return new Drilldown(department, indicator, upkeep.tallyOf(department), List.of(), false,
          upkeep.dueEntries(department));
    }
    Map<String, List<TallySink.Exclusion>> exclusions = exclusions();
    CaseCounter counter = new CaseCounter(scheme);
    DrillSink sink = new DrillSink(department, indicator, exclusions, limit);
    for (AssessedCase c : cases) {
      counter.count(Objects.requireNonNull(c, "cases must not hold null"), asOf, sink);
    }
    return new Drilldown(department, indicator, TallySink.tally(sink.numerator, sink.denominator, sink.judged,
        sink.excluded), sink.listed, sink.truncated, List.of());
  }

  /**
   * Why a case counted as it did: for each department it had and each indicator it was judged
   * on, the weight, the numerator and the reason, or the accepted appeal that took it out.
   *
   * @param c the case
   * @return the counts, by department in the order they got the case, then by indicator
   * @throws NullPointerException if c is null
   */
  public List<Counted> explain(AssessedCase c) {
    Objects.requireNonNull(c, "c");
    List<TallySink.Exclusion> exclusions = exclusions().get(c.id().value());
    List<DepartmentFacts> parts = c.facts().departments();
    java.util.Optional<CallbackResult> callback = CaseCounter.countedCallback(c);
    List<Counted> out = new ArrayList<>();
    new CaseCounter(scheme).count(c, asOf, new CaseCounter.Sink() {
      @Override
      public void begin(AssessedCase x) {
        // one case only
      }

      @Override
      public void count(DepartmentId department, Indicator indicator, long weight, long numerator, int part,
          Reason reason) {
        long appeal = TallySink.excludedBy(exclusions, department, indicator);
        out.add(new Counted(department, indicator, weight / (double) CaseCounter.ONE,
            numerator / (double) CaseCounter.ONE, reason.render(parts, part, CaseCounter.groupLead(parts, part),
            callback, zone), appeal >= 0 ? OptionalLong.of(appeal) : OptionalLong.empty()));
      }
    });
    return List.copyOf(out);
  }

  private Map<String, List<TallySink.Exclusion>> exclusions() {
    Map<String, List<TallySink.Exclusion>> map = new HashMap<>();
    for (LedgerEntry.AppealFiled a : ledger.acceptedAppeals()) {
      map.computeIfAbsent(a.appeal().caseId().value(), k -> new ArrayList<>()).add(
          new TallySink.Exclusion(a.appeal().department(), a.appeal().indicators(), a.sequence()));
    }
    return map;
  }

  /** A drill-down's sink: one department and indicator, the cases listed up to a limit. */
  private static final class DrillSink implements CaseCounter.Sink {
    private final DepartmentId department;
    private final Indicator indicator;
    private final Map<String, List<TallySink.Exclusion>> exclusions;
    private final int limit;
    private final List<CountedCase> listed = new ArrayList<>();
    private AssessedCase current;
    private long numerator;
    private long denominator;
    private int judged;
    private int excluded;
    private boolean truncated;

    DrillSink(DepartmentId department, Indicator indicator, Map<String, List<TallySink.Exclusion>> exclusions,
        int limit) {
      this.department = department;
      this.indicator = indicator;
      this.exclusions = exclusions;
      this.limit = limit;
    }

    @Override
    public void begin(AssessedCase c) {
      current = c;
    }

    @Override
    public void count(DepartmentId d, Indicator i, long weight, long num, int part, Reason reason) {
      if (i != indicator || !d.equals(department)) {
        return;
      }
      long appeal = TallySink.excludedBy(exclusions.get(current.id().value()), d, i);
      if (appeal >= 0) {
        excluded++;
      } else {
        numerator += num;
        denominator += weight;
        judged++;
      }
      if (listed.size() < limit) {
        listed.add(new CountedCase(current.id(), current.number(), weight / (double) CaseCounter.ONE,
            num / (double) CaseCounter.ONE, appeal >= 0 ? OptionalLong.of(appeal) : OptionalLong.empty()));
      } else {
        truncated = true;
      }
    }
  }

  @Override
  public String toString() {
    return "Assessment[" + scheme.id() + " " + scheme.version() + ", " + period + ", as of " + asOf + ", " + groups
        + ", ledger #" + ledger.lastSequence() + "]";
  }
}
