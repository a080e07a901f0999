package org.hotline12345.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;

/**
 * Invariants of the impact report over random mornings and random rule sets: catalogues that send
 * each category and place to any department or to a person, acceptance tables that accept, turn
 * away, refer or hand over. The same rules twice report no difference; different rules report
 * exactly the cases a dispatcher finds decided differently by looking up both tables by hand, and
 * the check against what really happened counts what the dispatcher counts.
 */
class RuleChangeImpactPropertiesTest {

  private static final CategoryCode[] CATEGORIES = {DispatchOffice.CONSTRUCTION_NOISE, DispatchOffice.SHOP_NOISE,
      DispatchOffice.STREET_LIGHTS};
  private static final Area[] AREAS = {DispatchOffice.HUNANLU_STREET, DispatchOffice.NINGHAI_STREET};
  /** The departments a catalogue cell may name; null is a hand-over to a person. */
  private static final DepartmentId[] LEADS = {DispatchOffice.HUNANLU, DispatchOffice.NINGHAI,
      DispatchOffice.ENVIRONMENT, DispatchOffice.CITY_MANAGEMENT, DispatchOffice.GULOU, null};
  private static final int CELLS = CATEGORIES.length * AREAS.length;

  /** What happened to a call. */
  enum Fate { HANDLED, RETURNED_THEN_HANDLED, AWAITING_DISPATCH, NOT_ACCEPTED }

  /** One call: about what, where, and what became of it. */
  record Call(int category, int area, Fate fate) {
    int cell() {
      return category * AREAS.length + area;
    }
  }

  /** A catalogue: for each cell (category, area), a lead's index in {@link #LEADS}. */
  record Catalogue(String version, List<Integer> leads) {
    Optional<DepartmentId> lead(int cell) {
      return Optional.ofNullable(LEADS[leads.get(cell)]);
    }

    Router router() {
      return (c, eligibility) -> {
        int cell = cellOf(c);
        Explanation why = new Explanation("random-catalogue", version, Optional.of("cell-" + cell), "cell " + cell);
        return lead(cell).<RoutingOutcome>map(d -> new RoutingOutcome.Route(d, List.of(), List.of(), why))
            .orElseGet(() -> new RoutingOutcome.HandToPerson(why));
      };
    }
  }

  /** An acceptance table: for each cell, one of five outcomes. */
  record Acceptance(String version, List<Integer> outcomes) {
    Triage triage() {
      return (c, history) -> {
        int cell = cellOf(c);
        Explanation why = new Explanation("random-acceptance", version, Optional.of("cell-" + cell), "cell " + cell);
        return switch (outcomes.get(cell)) {
          case 0 -> new TriageOutcome.Accept(why);
          case 1 -> new TriageOutcome.NotAccept(NotAcceptedReason.OUTSIDE_LOCAL_POWERS, why);
          case 2 -> new TriageOutcome.NotAccept(NotAcceptedReason.ALREADY_HANDLED, why);
          case 3 -> new TriageOutcome.ReferToEmergency(EmergencyLine.POLICE, why);
          default -> new TriageOutcome.HandToPerson(why);
        };
      };
    }
  }

  private static int cellOf(Case c) {
    int category = List.of(CATEGORIES).indexOf(c.category().orElseThrow());
    int area = List.of(AREAS).indexOf(c.appeal().getLocation().getArea().orElseThrow());
    return category * AREAS.length + area;
  }

  @Provide
  Arbitrary<List<Call>> calls() {
    return Combinators.combine(Arbitraries.integers().between(0, CATEGORIES.length - 1),
        Arbitraries.integers().between(0, AREAS.length - 1), Arbitraries.of(Fate.class)).as(Call::new)
        .list().ofMinSize(1).ofMaxSize(10);
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return Arbitraries.integers().between(0, LEADS.length - 1).list().ofSize(CELLS).map(l -> new Catalogue("v", l));
  }

  @Provide
  Arbitrary<Acceptance> acceptances() {
    return Arbitraries.integers().between(0, 4).list().ofSize(CELLS).map(o -> new Acceptance("v", o));
  }

  /** The morning: each call registered and carried as far as its fate, by hand. */
  private static Instant[] play(DispatchOffice office, List<Call> calls) {
    Instant from = office.now();
    for (Call call : calls) {
      Case c = office.calls(CATEGORIES[call.category()], AREAS[call.area()]);
      switch (call.fate()) {
        case HANDLED -> office.handledBy(c, DispatchOffice.HUNANLU);
        case RETURNED_THEN_HANDLED -> {
          office.accepts(c);
          office.dispatches(c, DispatchOffice.HUNANLU);
          office.returns(c, DispatchOffice.HUNANLU);
          office.dispatches(c, handlerAfterReturn(call));
          office.signsFor(c, handlerAfterReturn(call));
        }
        case AWAITING_DISPATCH -> office.accepts(c);
        case NOT_ACCEPTED -> office.doesNotAccept(c, NotAcceptedReason.ALREADY_HANDLED);
        default -> throw new IllegalStateException(call.fate().name());
      }
    }
    return new Instant[] {from, office.now()};
  }

  /** Where a returned case finally went: the environment bureau for noise, city management for lights. */
  private static DepartmentId handlerAfterReturn(Call call) {
    return call.category() == 2 ? DispatchOffice.CITY_MANAGEMENT : DispatchOffice.ENVIRONMENT;
  }

  private static Optional<DepartmentId> handler(Call call) {
    return switch (call.fate()) {
      case HANDLED -> Optional.of(DispatchOffice.HUNANLU);
      case RETURNED_THEN_HANDLED -> Optional.of(handlerAfterReturn(call));
      default -> Optional.empty();
    };
  }

  private static ImpactReport report(DispatchOffice office, Instant[] period, Catalogue current, Catalogue candidate,
      Acceptance currentAcceptance, Acceptance candidateAcceptance) {
    return RuleChangeImpact.builder().service(office.service).registeredBetween(period[0], period[1])
        .triage(currentAcceptance.triage(), candidateAcceptance.triage())
        .routing(current.router(), candidate.router())
        .timeLimits(TimeLimitPolicies.seeds(), TimeLimitPolicies.seeds())
        .pageSize(3)
        .build().run();
  }

  @Property(tries = 50)
  void the_same_rules_twice_decide_no_case_differently(@ForAll("calls") List<Call> calls,
      @ForAll("catalogues") Catalogue catalogue, @ForAll("acceptances") Acceptance acceptance) {
    DispatchOffice office = new DispatchOffice();
    Instant[] period = play(office, calls);

    ImpactReport report = report(office, period, catalogue, new Catalogue("v", catalogue.leads()), acceptance,
        new Acceptance("v", acceptance.outcomes()));

    assertThat(report.casesInPeriod()).isEqualTo(calls.size());
    assertThat(report.hasDifferences()).isFalse();
    assertThat(report.comparisons()).allSatisfy(c -> {
      assertThat(c.differing()).isZero();
      assertThat(c.changes()).isEmpty();
      assertThat(c.examples()).isEmpty();
      assertThat(c.reality().currentAgrees()).isEqualTo(c.reality().candidateAgrees());
    });
  }

  @Property(tries = 50)
  void the_cases_counted_as_different_are_those_a_dispatcher_finds_by_looking_up_both_tables(
      @ForAll("calls") List<Call> calls, @ForAll("catalogues") Catalogue current, @ForAll("catalogues") Catalogue candidate,
      @ForAll("acceptances") Acceptance currentAcceptance, @ForAll("acceptances") Acceptance candidateAcceptance) {
    DispatchOffice office = new DispatchOffice();
    Instant[] period = play(office, calls);

    ImpactReport report = report(office, period, current, candidate, currentAcceptance, candidateAcceptance);

    long accepted = calls.stream().filter(c -> c.fate() != Fate.NOT_ACCEPTED).count();
    long routedDifferently = calls.stream().filter(c -> c.fate() != Fate.NOT_ACCEPTED)
        .filter(c -> !current.lead(c.cell()).equals(candidate.lead(c.cell()))).count();
    long triagedDifferently = calls.stream()
        .filter(c -> !currentAcceptance.outcomes().get(c.cell()).equals(candidateAcceptance.outcomes().get(c.cell())))
        .count();
    Comparison routing = report.comparison(DecisionKind.ROUTING).orElseThrow();
    Comparison triage = report.comparison(DecisionKind.TRIAGE).orElseThrow();
    assertThat(routing.compared()).isEqualTo(accepted);
    assertThat(routing.differing()).isEqualTo(routedDifferently);
    assertThat(triage.compared()).isEqualTo(calls.size());
    assertThat(triage.differing()).isEqualTo(triagedDifferently);
    for (Comparison c : List.of(routing, triage)) {
      assertThat(c.changes().stream().mapToLong(Comparison.Change::cases).sum()).isEqualTo(c.differing());
      assertThat(c.categories().stream().mapToLong(Comparison.Group::differing).sum()).isEqualTo(c.differing());
      assertThat(c.areas().stream().mapToLong(Comparison.Group::compared).sum()).isEqualTo(c.compared());
      assertThat(c.examples()).hasSize((int) Math.min(c.differing(), RuleChangeImpact.DEFAULT_MAX_EXAMPLES));
    }
    assertThat(routing.departments().stream().mapToLong(Comparison.DepartmentShare::candidate).sum())
        .isEqualTo(calls.stream().filter(c -> c.fate() != Fate.NOT_ACCEPTED)
            .filter(c -> candidate.lead(c.cell()).isPresent()).count());
  }

  @Property(tries = 50)
  void against_what_really_happened_the_report_counts_what_the_dispatcher_counts(
      @ForAll("calls") List<Call> calls, @ForAll("catalogues") Catalogue current, @ForAll("catalogues") Catalogue candidate) {
    DispatchOffice office = new DispatchOffice();
    Instant[] period = play(office, calls);

    RealityCheck reality = RuleChangeImpact.builder().service(office.service).registeredBetween(period[0], period[1])
        .routing(current.router(), candidate.router()).build().run()
        .comparison(DecisionKind.ROUTING).orElseThrow().reality();

    List<Call> handled = calls.stream().filter(c -> handler(c).isPresent()).toList();
    List<Call> returned = calls.stream().filter(c -> c.fate() == Fate.RETURNED_THEN_HANDLED).toList();
    assertThat(reality.known()).isEqualTo(handled.size());
    assertThat(reality.currentAgrees()).isEqualTo(agreeing(handled, current));
    assertThat(reality.candidateAgrees()).isEqualTo(agreeing(handled, candidate));
    List<RealityCheck.ReturnedFrom> expected = new ArrayList<>();
    if (!returned.isEmpty()) {
      expected.add(new RealityCheck.ReturnedFrom(DispatchOffice.HUNANLU, "湖南路街道办事处", returned.size(),
          agreeing(returned, current), agreeing(returned, candidate)));
    }
    assertThat(reality.returnedFrom()).isEqualTo(expected);
  }

  private static long agreeing(List<Call> calls, Catalogue catalogue) {
    return calls.stream().filter(c -> Objects.equals(catalogue.lead(c.cell()), handler(c))).count();
  }
}
