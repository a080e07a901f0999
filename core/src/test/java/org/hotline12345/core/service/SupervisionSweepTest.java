package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.casefile.SupervisionRecord;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.Addressee;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * The supervision sweep through the service, told as a clerk would: given cases dispatched at
 * known times, when the sweep runs at some instant, then these steps of the standard ladder, once
 * each, and the cases' next alarms. The cases are dispatched to 湖南路街道 on Monday 29 September
 * 2025 at 10:00, before the National Day holidays; resolution is due at 24:00 on 13 October.
 */
class SupervisionSweepTest {

  private static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  private static final Instant DISPATCH = beijing("2025-09-29T10:00");

  private final InMemoryStore store = new InMemoryStore();
  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final HotlineService service = HotlineService.builder().store(store)
      .lifecycle(ServiceFixtures.lifecycle()).clock(clock).build();

  private static Instant beijing(String local) {
    return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
  }

  private static Map<EscalationStep, Integer> counts(Object... stepsAndCounts) {
    Map<EscalationStep, Integer> m = new java.util.EnumMap<>(EscalationStep.class);
    for (int i = 0; i < stepsAndCounts.length; i += 2) {
      m.put((EscalationStep) stepsAndCounts[i], (Integer) stepsAndCounts[i + 1]);
    }
    return m;
  }

  /** A case dispatched at the instant (registered and accepted just before). */
  private CaseId dispatchedAt(Instant at, String externalId) {
    clock.now = at.minus(Duration.ofMinutes(3));
    Appeal appeal = Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId)
        .receivedAt(at.minus(Duration.ofMinutes(5))).build();
    CaseId id = service.submit(appeal, Actor.agent("agent-1")).registered().id();
    service.execute(id, new CaseCommand.Accept(), Actor.agent("agent-1"));
    clock.now = at;
    service.execute(id, CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("dispatcher-1"));
    return id;
  }

  /** Dispatched, then signed for and the citizen contacted: only the resolution is watched. */
  private CaseId resolvingSince(Instant at, String externalId) {
    CaseId id = dispatchedAt(at, externalId);
    Actor handler = Actor.handler("handler-1", HUNANLU);
    clock.now = at.plus(Duration.ofMinutes(10));
    service.execute(id, new CaseCommand.SignFor(HUNANLU), handler);
    clock.now = at.plus(Duration.ofMinutes(20));
    service.execute(id, new CaseCommand.RecordContact(HUNANLU, Remark.of("已电话联系")), handler);
    return id;
  }

  private SweepReport sweepAt(String local) {
    clock.now = beijing(local);
    return service.sweep(50);
  }

  private StoredCase row(CaseId id) {
    return store.cases().find(id.value()).orElseThrow();
  }

  private Case current(CaseId id) {
    return service.find(id).orElseThrow();
  }

  @Test
  void each_step_of_the_ladder_is_taken_once_on_its_day_and_the_row_waits_for_the_next() {
    CaseId id = resolvingSince(DISPATCH, "wx-ladder");
    assertThat(row(id).nextAlarmAt()).as("the reminder at yellow").contains(beijing("2025-10-12T00:00"));

    assertThat(sweepAt("2025-10-11T23:00")).isEqualTo(SweepReport.of(0, 0, Map.of()));
    assertThat(sweepAt("2025-10-12T08:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.REMIND, 1)));
    assertThat(sweepAt("2025-10-12T09:00")).isEqualTo(SweepReport.of(0, 0, Map.of()));
    assertThat(row(id).nextAlarmAt()).as("the urging at the deadline").contains(beijing("2025-10-14T00:00"));
    assertThat(sweepAt("2025-10-14T08:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.URGE, 1)));
    assertThat(sweepAt("2025-10-15T08:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.NOTICE, 1)));
    assertThat(sweepAt("2025-10-17T08:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.INTERVIEW, 1)));
    assertThat(sweepAt("2025-10-21T08:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.REPORT, 1)));
    assertThat(sweepAt("2025-11-30T08:00")).as("nothing left to climb").isEqualTo(SweepReport.of(0, 0, Map.of()));

    assertThat(row(id).nextAlarmAt()).isEmpty();
    assertThat(current(id).supervisionSteps()).extracting(SupervisionRecord::step, SupervisionRecord::addressee,
        SupervisionRecord::light).containsExactly(
            tuple(EscalationStep.REMIND, Addressee.HANDLER, Light.YELLOW),
            tuple(EscalationStep.URGE, Addressee.LIAISON, Light.RED),
            tuple(EscalationStep.NOTICE, Addressee.DEPARTMENT_HEAD, Light.RED),
            tuple(EscalationStep.INTERVIEW, Addressee.DEPARTMENT_HEAD, Light.RED),
            tuple(EscalationStep.REPORT, Addressee.CITY_LEADERSHIP, Light.RED));
  }

  @Test
  void a_sweep_that_comes_late_takes_every_step_due_in_one_unit_with_a_message_for_each() {
    CaseId id = resolvingSince(DISPATCH, "wx-late");
    long version = current(id).version();
    int pending = store.outbox().pending(1000).size();

    assertThat(sweepAt("2025-10-16T09:00")).isEqualTo(SweepReport.of(1, 1,
        counts(EscalationStep.REMIND, 1, EscalationStep.URGE, 1, EscalationStep.NOTICE, 1)));

    assertThat(current(id).version()).isEqualTo(version + 3);
    assertThat(row(id).version()).isEqualTo(version + 3);
    assertThat(row(id).nextAlarmAt()).as("the interview").contains(beijing("2025-10-17T00:00"));
    List<OutboxMessage> messages = store.outbox().pending(1000);
    assertThat(messages.subList(pending, messages.size())).extracting(OutboxMessage::topic)
        .containsOnly("case.supervision-step").hasSize(3);
    assertThat(messages.get(messages.size() - 1).payload())
        .contains("\"step\":\"NOTICE\"", "\"addressee\":\"DEPARTMENT_HEAD\"", "\"stage\":\"RESOLUTION\"",
            "\"light\":\"RED\"", "\"dueAt\":\"2025-10-13T16:00:00Z\"")
        .doesNotContain("张三", "13812345678");
    assertThat(sweepAt("2025-10-16T09:00")).as("again at once").isEqualTo(SweepReport.of(0, 0, Map.of()));
  }

  @Test
  void an_extension_gives_a_new_deadline_whose_ladder_starts_again() {
    CaseId id = resolvingSince(DISPATCH, "wx-extension");
    sweepAt("2025-10-12T08:00");
    clock.now = beijing("2025-10-13T09:00");
    service.execute(id, new CaseCommand.RequestExtension(HUNANLU, org.hotline12345.calendar.TimeLimit.workingDays(3),
        Remark.of("需协调施工单位")), Actor.handler("handler-1", HUNANLU));
    clock.now = beijing("2025-10-13T10:00");
    service.execute(id, new CaseCommand.ApproveExtension(), Actor.dispatcher("dispatcher-1"));
    // 5 + 3 working days: 14, 15 and 16 October more; 80 % of 8 is 6.4 working days: 09:36 on the 7th
    // counted, 15 October. The reminder taken for the old deadline does not count for the new one.
    Instant newDue = current(id).deadline(Stage.RESOLUTION).orElseThrow().dueAt();
    assertThat(newDue).isEqualTo(beijing("2025-10-17T00:00"));
    assertThat(row(id).nextAlarmAt()).as("the new deadline's reminder").contains(beijing("2025-10-15T09:36"));

    assertThat(sweepAt("2025-10-15T09:30")).isEqualTo(SweepReport.of(0, 0, Map.of()));
    assertThat(sweepAt("2025-10-15T10:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.REMIND, 1)));
    assertThat(current(id).supervisionSteps()).extracting(SupervisionRecord::step, SupervisionRecord::dueAt)
        .containsExactly(tuple(EscalationStep.REMIND, beijing("2025-10-14T00:00")),
            tuple(EscalationStep.REMIND, newDue));
    assertThat(sweepAt("2025-10-17T08:00")).isEqualTo(SweepReport.of(1, 1, counts(EscalationStep.URGE, 1)));
  }

  @Test
  void a_paused_resolution_is_silent_and_the_return_window_is_never_urged() {
    CaseId paused = resolvingSince(DISPATCH, "wx-paused");
    clock.now = DISPATCH.plus(Duration.ofHours(1));
    service.execute(paused, new CaseCommand.PauseClock(Remark.of("等待诉求人补充材料")), Actor.handler("handler-1", HUNANLU));
    assertThat(row(paused).nextAlarmAt()).as("a paused resolution raises no alarm").isEmpty();
    CaseId unsigned = dispatchedAt(DISPATCH, "wx-unsigned");

    SweepReport report = sweepAt("2025-12-31T08:00");

    assertThat(report.scanned()).as("only the unsigned case").isEqualTo(1);
    assertThat(current(paused).supervisionSteps()).isEmpty();
    assertThat(current(unsigned).supervisionSteps()).extracting(SupervisionRecord::stage).doesNotContain(Stage.RETURN)
        .contains(Stage.SIGN_FOR, Stage.FIRST_CONTACT, Stage.RESOLUTION);
    assertThat(report.stepsTaken()).isEqualTo(15);
  }

  @Test
  void at_steady_state_the_sweep_wakes_only_the_cases_whose_alarm_is_due() {
    for (int day = 0; day < 10; day++) {
      resolvingSince(beijing("2025-11-03T10:00").plus(Duration.ofDays(day)), "wx-steady-" + day);
    }
    SweepReport first = sweepAt("2025-11-10T12:00");
    // Dispatched on 3 November: 5 working days to 10 November, yellow at 24:00 on 7 November.
    // Dispatched on 4 November: to 11 November, yellow at 24:00 on 10 November, not yet.
    assertThat(first.scanned()).isEqualTo(1);
    assertThat(first.taken(EscalationStep.REMIND)).isEqualTo(1);
    assertThat(sweepAt("2025-11-10T12:05").scanned()).isZero();
    assertThat(sweepAt("2025-11-11T12:00").scanned()).as("the first urged, the second reminded").isEqualTo(2);
  }
}
