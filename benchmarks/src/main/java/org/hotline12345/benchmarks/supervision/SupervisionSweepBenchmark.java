package org.hotline12345.benchmarks.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hotline12345.calendar.MovableClock;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.service.SweepReport;
import org.hotline12345.core.supervision.SupervisionPlan;
import org.hotline12345.core.supervision.SupervisionTable;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.Presets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The supervision sweep ({@link HotlineService#sweep}) at steady state, on an in-memory store of
 * {@code cases} open cases, at 10:00 on Wednesday 12 November 2025 (Beijing).
 *
 * <p>The store: 2,000 real cases dispatched at random instants of office hours over the ten
 * working days before, nine in ten signed for and contacted at once, each swept up to now by the
 * standard ladder; their rows (next alarm, watched deadline) are repeated to fill the store, each
 * copy with one small event, as {@code SweepQueryBenchmark} does. Every alarm lies after now, as
 * it does after the sweeps that ran before: the store is at steady state.
 *
 * <p>Each invocation first creates {@code due} new cases through the service, dispatched five
 * working days before now and signed for at once, whose resolution turned yellow at 24:00
 * (not measured), then measures one {@code sweep(500)}: it wakes exactly those {@code due} cases,
 * takes their reminder (提醒), and writes them with their next alarm; the million others are not
 * touched. With {@code due = 0} it is the sweep's cost when nothing is due.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SupervisionSweepBenchmark {

  @Param({"1000000"})
  public int cases;

  @Param({"0", "1000"})
  public int due;

  static final ZoneId ZONE = WorkingCalendars.CHINA_ZONE;
  static final Instant NOW = LocalDate.of(2025, 11, 12).atTime(10, 0).atZone(ZONE).toInstant().plusMillis(500);
  static final DepartmentId[] STREETS = {DepartmentId.of("nj.gulou.hunanlu"), DepartmentId.of("nj.gulou.ninghai")};
  private static final int TEMPLATES = 2_000;

  private InMemoryStore store;
  private MovableClock clock;
  private HotlineService hotline;
  private CaseLifecycle lifecycle;
  private long made;

  @Setup(Level.Trial)
  public void setUp() {
    WorkingCalendar cn = WorkingCalendars.chinaMainland();
    store = new InMemoryStore();
    clock = MovableClock.at(NOW, ZONE);
    lifecycle = CaseLifecycle.builder()
        .directory(Presets.directory())
        .calendars(Map.of("cn-mainland", cn)).platformCalendar("cn-mainland")
        .timeLimits(TimeLimitPolicies.seeds()).notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.none())
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:7}"), ZONE, store::nextSequenceValue))
        .build();
    hotline = HotlineService.builder().store(store).clock(clock).lifecycle(lifecycle).build();
    List<StoredCase> templates = templates(cn);
    fill(templates);
  }

  /** Real cases, swept to now in memory, as rows. */
  private List<StoredCase> templates(WorkingCalendar cn) {
    Random random = new Random(20251112L);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2025, 11, 11); days.size() < 10; d = d.minusDays(1)) {
      if (cn.isWorkingDay(d)) {
        days.add(d);
      }
    }
    List<StoredCase> rows = new ArrayList<>();
    for (int i = 0; i < TEMPLATES; i++) {
      LocalDate day = days.get(random.nextInt(days.size()));
      Instant dispatch = day.atTime(LocalTime.of(9, 0)).plusSeconds(random.nextInt(8 * 3600)).atZone(ZONE).toInstant();
      DepartmentId street = STREETS[i % STREETS.length];
      Case c = lifecycle.register(appeal(dispatch.minus(Duration.ofMinutes(5))), Actor.agent("agent-1"),
          dispatch.minus(Duration.ofMinutes(4))).after();
      c = lifecycle.execute(c, new CaseCommand.Accept(), Actor.agent("agent-1"), dispatch.minus(Duration.ofMinutes(2)))
          .after();
      c = lifecycle.execute(c, CaseCommand.Dispatch.to(street), Actor.dispatcher("dispatcher-1"), dispatch).after();
      if (random.nextInt(10) > 0) {
        Actor handler = Actor.handler("handler-1", street);
        c = lifecycle.execute(c, new CaseCommand.SignFor(street), handler, dispatch.plus(Duration.ofMinutes(20))).after();
        c = lifecycle.execute(c, new CaseCommand.RecordContact(street, Remark.of("已联系")), handler,
            dispatch.plus(Duration.ofMinutes(40))).after();
      }
      for (SupervisionPlan.DueStep step : hotline.supervisionPlan(c).stepsDue(NOW)) {
        c = lifecycle.execute(c, step.toCommand(), Actor.system(), NOW).after();
      }
      SupervisionPlan plan = hotline.supervisionPlan(c);
      Optional<SupervisionPlan.Watch> watch = plan.mostPressing();
      rows.add(StoredCase.builder().caseId("template").caseNumber("template").inquiryCodeHash("0".repeat(64))
          .status(c.status().name()).open(true).appealType("COMPLAINT").channel("PHONE")
          .leadDepartment(street.value()).nextAlarmAt(plan.nextAlarm())
          .watchedStage(watch.map(w -> w.stage().name())).watchedDueAt(watch.map(SupervisionPlan.Watch::dueAt))
          .yellowAt(watch.map(SupervisionPlan.Watch::yellowAt))
          .registeredAt(c.registeredAt()).lastEventAt(c.lastEventAt()).version(1).build());
    }
    return rows;
  }

  /** The store's million rows, copies of the templates, each with one small event. */
  private void fill(List<StoredCase> templates) {
    int batch = 2_000;
    for (int from = 0; from < cases; from += batch) {
      int start = from;
      int end = Math.min(cases, from + batch);
      store.inTransaction(uow -> {
        for (int i = start; i < end; i++) {
          String id = String.format("bg-%08d", i);
          StoredCase row = templates.get(i % templates.size()).toBuilder().caseId(id).caseNumber("N" + id)
              .inquiryCodeHash(String.format("hash-%08d-0000000000000000000000000000", i)).build();
          uow.insertCase(row, Optional.empty(), List.of(new StoredEvent(id, 1, "case.registered", 1,
              row.registeredAt(), "{}")));
        }
        return null;
      });
    }
  }

  private static Appeal appeal(Instant receivedAt) {
    return Appeal.builder().channel(Channel.PHONE).type(AppealType.COMPLAINT)
        .content("小区门口有人占道摆摊，堵住了消防通道")
        .location(Location.builder().area(new Area("320106003001", "狮子桥社区")).build())
        .citizen(Citizen.builder().name("王五").phone("13912345678").build())
        .receivedAt(receivedAt).build();
  }

  /** The {@code due} cases of the next sweep, made through the service: not measured. */
  @Setup(Level.Invocation)
  public void dueCases() {
    Instant dispatch = LocalDate.of(2025, 11, 5).atTime(10, 0).atZone(ZONE).toInstant();
    for (int i = 0; i < due; i++) {
      DepartmentId street = STREETS[i % STREETS.length];
      Actor handler = Actor.handler("handler-1", street);
      clock.setTo(dispatch.minus(Duration.ofMinutes(4)));
      Appeal appeal = Appeal.builder().from(appeal(dispatch.minus(Duration.ofMinutes(5))))
          .externalId("bench-" + (made++)).build();
      CaseId id = hotline.submit(appeal, Actor.agent("agent-1")).registered().id();
      hotline.execute(id, new CaseCommand.Accept(), Actor.agent("agent-1"));
      clock.setTo(dispatch);
      hotline.execute(id, CaseCommand.Dispatch.to(street), Actor.dispatcher("dispatcher-1"));
      clock.setTo(dispatch.plus(Duration.ofMinutes(20)));
      hotline.execute(id, new CaseCommand.SignFor(street), handler);
      hotline.execute(id, new CaseCommand.RecordContact(street, Remark.of("已联系")), handler);
    }
    clock.setTo(NOW);
  }

  /** One sweep at now: wakes the {@code due} cases, takes their reminders. */
  @Benchmark
  public SweepReport sweep() {
    SweepReport report = hotline.sweep(500);
    if (report.scanned() != due || report.stepsTaken() != due || !report.failures().isEmpty()) {
      throw new IllegalStateException("the sweep woke " + report.scanned() + " cases, took " + report.stepsTaken()
          + " steps, " + report.failures().size() + " failures; expected " + due);
    }
    return report;
  }

  /** A quick check without JMH: {@code java -cp benchmarks.jar ...SupervisionSweepBenchmark 100000 1000}. */
  public static void main(String[] args) {
    SupervisionSweepBenchmark b = new SupervisionSweepBenchmark();
    b.cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    b.due = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    long t0 = System.nanoTime();
    b.setUp();
    long t1 = System.nanoTime();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    for (int round = 0; round < rounds; round++) {
      b.dueCases();
      long s = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      SweepReport r = b.sweep();
      System.out.printf("sweep of %d due among %d: %.1f ms, %.1f ms of CPU (%d steps)%n", b.due,
          b.cases + round * b.due, (System.nanoTime() - s) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
          r.stepsTaken());
    }
    System.out.printf("setup %.1f s%n", (t1 - t0) / 1e9);
  }
}
