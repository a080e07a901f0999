package org.hotline12345.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.hotline12345.calendar.MovableClock;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseRuleException;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.service.SweepReport;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.timelimit.Stage;

/**
 * Runs the simulated month: a queue of steps in time order, the clock moved to each one, the
 * citizens' appeals submitted to the service (the rules triage and route them on intake), the
 * platform's clerks and dispatchers picking up what the rules hand to a person, the departments
 * signing for, returning, contacting, asking for extensions, pausing and replying as their
 * {@link Departments profiles} draw, the platform reviewing, calling back, reopening and closing,
 * and the supervision sweep twice a day. Everything is drawn from the seed: the same seed plays
 * the same month.
 */
final class Simulation {

  static final Actor AGENT = Actor.agent("agent-07");
  static final Actor DISPATCHER = Actor.dispatcher("pd-02");

  private final City city;
  private final HotlineService hotline;
  private final MovableClock clock;
  private final Departments departments;
  private final PriorityQueue<Step> queue = new PriorityQueue<>();
  private final Map<String, Integer> refusals = new TreeMap<>();
  private long order;
  private long steps;
  private long reminded;
  private long urged;
  private long sweepFailures;
  private int sweeps;

  Simulation(City city, HotlineService hotline, MovableClock clock, long seed) {
    this.city = city;
    this.hotline = hotline;
    this.clock = clock;
    this.departments = new Departments(city, seed);
  }

  /** What the run did besides the cases: steps, refused commands, sweeps, reminders (提醒) and the later steps of the escalation ladder (催办 and above). */
  record Stats(long steps, Map<String, Integer> refusals, int sweeps, long reminded, long urged,
      long sweepFailures) {}

  /**
   * Plays the appeals from the first day to {@code end}, then leaves the clock at {@code end}.
   *
   * @param appeals the appeals, in order
   * @param seed the seed of each case's own draws
   * @param start the first instant
   * @param end the instant the month ends; steps due later are not run
   * @param progress told the share of simulated time done, 0 to 1
   * @return what the run did
   */
  Stats run(List<AppealSpec> appeals, long seed, Instant start, Instant end, DoubleConsumer progress) {
    for (AppealSpec a : appeals) {
      CaseRun run = new CaseRun(a, seed * 1_000_003L + a.index());
      plan(a.at(), Step.Kind.ARRIVE, run);
    }
    for (LocalDate d = start.atZone(City.ZONE).toLocalDate(); d.atStartOfDay(City.ZONE).toInstant().isBefore(end);
        d = d.plusDays(1)) {
      queue.add(new Step(d.atTime(9, 0).atZone(City.ZONE).toInstant(), order++, Step.Kind.SWEEP, null, 0, null));
      queue.add(new Step(d.atTime(15, 0).atZone(City.ZONE).toInstant(), order++, Step.Kind.SWEEP, null, 0, null));
    }
    double span = Duration.between(start, end).toSeconds();
    while (!queue.isEmpty() && queue.peek().at().isBefore(end)) {
      Step step = queue.poll();
      if (step.run() != null && step.round() != step.run().round) {
        continue;
      }
      clock.setTo(step.at());
      steps++;
      perform(step);
      progress.accept(Math.min(1.0, Duration.between(start, step.at()).toSeconds() / span));
    }
    clock.setTo(end);
    progress.accept(1.0);
    return new Stats(steps, Map.copyOf(refusals), sweeps, reminded, urged, sweepFailures);
  }

  private void perform(Step step) {
    CaseRun run = step.run();
    switch (step.kind()) {
      case SWEEP -> sweep();
      case ARRIVE -> arrive(run);
      case CLERK -> clerk(run);
      case DISPATCH -> dispatch(run, DISPATCHER);
      default -> departments.perform(this, step);
    }
  }

  // ------------------------------------------------------------------ the platform's side

  private void sweep() {
    SweepReport report = hotline.sweep(200);
    sweeps++;
    reminded += report.taken(EscalationStep.REMIND);
    urged += report.stepsTaken() - report.taken(EscalationStep.REMIND);
    sweepFailures += report.failures().size();
  }

  private void arrive(CaseRun run) {
    AppealSpec s = run.spec;
    Location.Builder where = Location.builder();
    if (s.areaCode().isPresent()) {
      where.area(new Area(s.areaCode().get(), s.areaName().orElseThrow()));
    }
    Citizen citizen = s.citizenName().isEmpty() ? Citizen.anonymous()
        : Citizen.builder().name(s.citizenName().get()).phone(s.phone().orElseThrow()).build();
    Appeal.Builder appeal = Appeal.builder()
        .channel(s.channel()).type(s.type()).content(s.text())
        .location(where.build()).citizen(citizen)
        .receivedAt(clock.instant())
        .putAllAttributes(s.attributes());
    if (s.categoryGiven()) {
      appeal.category(CategoryCode.of(s.category().orElseThrow()));
    }
    if (s.category().filter(c -> c.startsWith("0401") || c.startsWith("0403")).isPresent() && run.chance(0.15)) {
      appeal.urgency(Urgency.URGENT);
    }
    Case c = hotline.submit(appeal.build(), AGENT).registered();
    run.id = c.id();
    after(run, c);
  }

  /** What follows a step that leaves the case in the status it has. */
  void after(CaseRun run, Case c) {
    switch (c.status()) {
      case REGISTERED -> plan(minutesLater(run, 3, 30), Step.Kind.CLERK, run);
      case ACCEPTED, AWAITING_DISPATCH -> plan(minutesLater(run, 5, 45), Step.Kind.DISPATCH, run);
      case DISPATCHED -> departments.dispatched(this, run, c);
      default -> {
        // closed at intake (answered, referred, not accepted, merged), or waiting for a step planned already
      }
    }
  }

  /** A clerk (话务员) takes a case the rules handed to a person. */
  private void clerk(CaseRun run) {
    Case c = find(run);
    if (c.status() != CaseStatus.REGISTERED) {
      after(run, c);
      return;
    }
    if (run.spec.category().isEmpty()) {
      // A consultation the knowledge base did not settle: the agent answers it on the line.
      execute(run, new CaseCommand.AnswerDirectly(org.hotline12345.core.casefile.Remark.of("已按知识库答复口径解答")), AGENT);
      return;
    }
    if (c.category().isEmpty()) {
      c = execute(run, new CaseCommand.Classify(CategoryCode.of(run.spec.category().get())), AGENT);
      if (c == null) {
        return;
      }
    }
    if (!hotline.lifecycle().missingElements(c).isEmpty()) {
      execute(run, new CaseCommand.NotAccept(org.hotline12345.core.casefile.NotAcceptedReason.INCOMPLETE_ELEMENTS,
          org.hotline12345.core.casefile.Remark.of("诉求要素不全，请补充后再次反映")), AGENT);
      return;
    }
    c = execute(run, new CaseCommand.Accept(), AGENT);
    if (c != null) {
      dispatch(run, DISPATCHER);
    }
  }

  /**
   * A dispatcher (派单员) sends an accepted case on: as the catalogue proposes, or by hand to
   * the area's district, or the urban management bureau, skipping departments that returned it.
   */
  void dispatch(CaseRun run, Actor dispatcher) {
    Case c = find(run);
    if (c.status() != CaseStatus.ACCEPTED && c.status() != CaseStatus.AWAITING_DISPATCH) {
      after(run, c);
      return;
    }
    Optional<RoutingOutcome> proposal = hotline.propose(c.id()).routing();
    Case next;
    if (proposal.isPresent() && proposal.get() instanceof RoutingOutcome.Route) {
      next = confirm(run, proposal.get(), dispatcher);
    } else {
      next = execute(run, departments.byHand(c), dispatcher);
    }
    if (next != null) {
      after(run, next);
    }
  }

  // ------------------------------------------------------------------ shared by the departments

  Case find(CaseRun run) {
    return hotline.find(run.id).orElseThrow();
  }

  /** Runs a command; a refusal is counted by its rule and gives null. */
  Case execute(CaseRun run, CaseCommand command, Actor actor) {
    try {
      return hotline.execute(run.id, command, actor);
    } catch (CaseRuleException refused) {
      refusals.merge(command.kind() + ": " + refused.rule(), 1, Integer::sum);
      return null;
    }
  }

  private Case confirm(CaseRun run, RoutingOutcome outcome, Actor actor) {
    try {
      return hotline.confirm(run.id, outcome, actor);
    } catch (CaseRuleException refused) {
      refusals.merge("DISPATCH: " + refused.rule(), 1, Integer::sum);
      return null;
    }
  }

  void plan(Instant at, Step.Kind kind, CaseRun run) {
    queue.add(new Step(at, order++, kind, run, run.round, null));
  }

  void plan(Instant at, Step.Kind kind, CaseRun run, DepartmentId department) {
    queue.add(new Step(at, order++, kind, run, run.round, department));
  }

  Instant now() {
    return clock.instant();
  }

  Instant minutesLater(CaseRun run, double from, double to) {
    return now().plusSeconds(Math.round(run.between(from, to) * 60));
  }

  /**
   * The first office moment (08:30 to 17:30 on a working day) at or after an instant, a few
   * minutes into it when the instant fell outside: departments act in office hours.
   */
  Instant inOfficeHours(Instant at, CaseRun run) {
    ZonedDateTime z = at.atZone(City.ZONE);
    LocalDate day = z.toLocalDate();
    LocalTime time = z.toLocalTime();
    LocalTime open = LocalTime.of(8, 30);
    LocalTime close = LocalTime.of(17, 30);
    if (city.calendar.isWorkingDay(day) && !time.isBefore(open) && time.isBefore(close)) {
      return at;
    }
    if (!city.calendar.isWorkingDay(day) || !time.isBefore(close)) {
      day = city.calendar.nextWorkingDay(day);
    }
    return day.atTime(open).atZone(City.ZONE).toInstant().plusSeconds(Math.round(run.between(0, 90) * 60));
  }

  /** When a stage of the case falls due, if it has the stage. */
  static Optional<Instant> due(Case c, Stage stage) {
    return c.deadline(stage).map(d -> d.dueAt());
  }
}
