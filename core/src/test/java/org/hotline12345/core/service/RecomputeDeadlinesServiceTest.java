package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.EventKind;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.casefile.StageDeadlineExplanation;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * The demo of a new year's schedule: a complaint dispatched on Monday 28 December 2026 with 5
 * working days, before the State Council's 2027 notice, is due at the end of Monday 4 January
 * 2027, provisional. The host loads the notice (元旦 1-3 January 2027), swaps the service's
 * lifecycle, and one call moves the deadline to Tuesday 5 January, records why, and reports it.
 */
class RecomputeDeadlinesServiceTest {

  private static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");

  private static Instant at(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final InMemoryStore store = new InMemoryStore();
  private final HotlineService before = HotlineService.builder()
      .store(store).lifecycle(ServiceFixtures.lifecycle()).clock(clock).build();

  private Case submitted(HotlineService hotline, String externalId) {
    Appeal appeal = Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId)
        .receivedAt(clock.instant()).build();
    return hotline.submit(appeal, Actor.agent("a-1")).registered();
  }

  private Case dispatched(HotlineService hotline, String externalId) {
    Case c = submitted(hotline, externalId);
    hotline.execute(c.id(), new CaseCommand.Accept(), Actor.agent("a-1"));
    return hotline.execute(c.id(), CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("d-1"));
  }

  /** The host loads the 2027 notice and swaps it in. */
  private HotlineService afterTheNotice() {
    return before.withLifecycle(before.lifecycle().withCalendars(Map.of("cn-mainland",
        WorkingCalendars.chinaMainland().withOfficialSchedule(ServiceFixtures.notice2027()))));
  }

  @Test
  void one_call_moves_the_provisional_deadline_records_why_and_reports_one_case_moved_by_a_day() {
    // Given a complaint dispatched on Monday 28 December 2026 at 10:00, and one only registered,
    clock.now = at("2026-12-28T10:00");
    Case c = dispatched(before, "wx-2026-1");
    submitted(before, "wx-2026-2");
    assertThat(c.deadline(Stage.RESOLUTION).orElseThrow().provisional()).isTrue();
    assertThat(store.cases().find(c.id().value()).orElseThrow().resolutionDueAt()).contains(at("2027-01-05T00:00"));

    // when the 2027 notice is loaded the next morning and the provisional deadlines recomputed,
    clock.now = at("2026-12-29T09:00");
    HotlineService hotline = afterTheNotice();
    RecomputeReport report = hotline.recomputeProvisionalDeadlines(1);

    // then one case of two moved, its resolution by one day, to the end of Tuesday 5 January,
    assertThat(report.examined()).isEqualTo(2);
    assertThat(report.changed()).isEqualTo(1);
    assertThat(report.moved()).isEqualTo(1);
    assertThat(report.stages()).containsOnlyKeys(Stage.RESOLUTION);
    assertThat(report.stages().get(Stage.RESOLUTION).shifts()).containsExactly(Map.entry(Duration.ofDays(1), 1));
    assertThat(report.examples()).containsExactly(new RecomputeReport.Example(c.number().value(), Stage.RESOLUTION,
        at("2027-01-05T00:00"), at("2027-01-06T00:00"), false));
    assertThat(report.failures()).isEmpty();
    // the case's log says so, by the system, with the old and the new,
    List<CaseEvent> history = hotline.history(c.id());
    CaseEvent last = history.get(history.size() - 1);
    assertThat(last.kind()).isEqualTo(EventKind.DEADLINES_RECOMPUTED);
    assertThat(last.actor()).isEqualTo(Actor.system());
    assertThat(((CaseChange.DeadlinesRecomputed) last.change()).deadlines()).singleElement()
        .satisfies(r -> assertThat(r.previousDueAt()).isEqualTo(at("2027-01-05T00:00")));
    // the row the queries read is written as every write does, and the outbox tells consumers,
    StoredCase row = store.cases().find(c.id().value()).orElseThrow();
    assertThat(row.resolutionDueAt()).contains(at("2027-01-06T00:00"));
    assertThat(row.version()).isEqualTo(last.sequence());
    assertThat(store.outbox().pending(100)).anySatisfy(m -> {
      assertThat(m.topic()).isEqualTo("case.deadlines-recomputed");
      assertThat(m.payload()).doesNotContain("张三").doesNotContain("13812345678");
    });
    // and the explanation now names the holiday.
    StageDeadlineExplanation why = hotline.explainDeadline(c.id(), Stage.RESOLUTION).orElseThrow();
    assertThat(why.agreesWithRecord()).isTrue();
    assertThat(why.toText(Locale.ENGLISH)).contains("skipped 1-3 January 2027 (New Year's Day holiday)")
        .endsWith("Due at the end of Tuesday 5 January 2027.");
    assertThat(report.toString()).doesNotContain("张三").contains("RESOLUTION: 1 moved {PT24H=1}");
  }

  @Test
  void a_second_call_changes_nothing() {
    clock.now = at("2026-12-28T10:00");
    Case c = dispatched(before, "wx-2026-3");
    clock.now = at("2026-12-29T09:00");
    HotlineService hotline = afterTheNotice();
    hotline.recomputeProvisionalDeadlines(10);
    int events = hotline.history(c.id()).size();

    clock.now = at("2026-12-29T09:05");
    RecomputeReport again = hotline.recomputeProvisionalDeadlines(10);

    assertThat(again.examined()).isEqualTo(1);
    assertThat(again.changed()).isZero();
    assertThat(again.stages()).isEmpty();
    assertThat(hotline.history(c.id())).hasSize(events);
  }

  @Test
  void before_the_recomputation_the_explanation_says_the_record_differs_from_the_new_calendar() {
    clock.now = at("2026-12-28T10:00");
    Case c = dispatched(before, "wx-2026-4");

    StageDeadlineExplanation why = afterTheNotice().explainDeadline(c.id(), Stage.RESOLUTION).orElseThrow();

    assertThat(why.agreesWithRecord()).isFalse();
    assertThat(why.toText(Locale.ENGLISH)).endsWith("The case records it due at 00:00 on Tuesday 5 January 2027"
        + " (provisional, on the schedule known then); recomputing the provisional deadlines records the new time.");
    assertThat(before.explainDeadline(c.id(), Stage.RESOLUTION).orElseThrow().toText(Locale.CHINESE))
        .contains("本期限为暂定：2027年官方节假日安排尚未载入");
    assertThat(before.explainDeadline(org.hotline12345.core.casefile.CaseId.of("no-such-case"), Stage.RESOLUTION))
        .isEmpty();
  }

  @Test
  void a_case_that_does_not_load_is_reported_and_the_others_are_recomputed() {
    clock.now = at("2026-12-28T10:00");
    Case good = dispatched(before, "wx-2026-5");
    // A case registered first (so read first) whose only event is not JSON.
    Instant early = at("2026-12-01T09:00");
    StoredCase corrupt = StoredCase.builder().caseId("case-corrupt").caseNumber("N-corrupt")
        .inquiryCodeHash("0".repeat(64)).status("DISPATCHED").open(true).appealType("COMPLAINT").channel("PHONE")
        .leadDepartment("nj.gulou.hunanlu").registeredAt(early).lastEventAt(early).version(1).build();
    store.inTransaction(uow -> {
      uow.insertCase(corrupt, Optional.empty(),
          List.of(new StoredEvent("case-corrupt", 1, "case.registered", 1, early, "{\"actor\": 张三 13812345678")));
      return null;
    });
    clock.now = at("2026-12-29T09:00");

    RecomputeReport report = afterTheNotice().recomputeProvisionalDeadlines(1);

    assertThat(report.examined()).isEqualTo(2);
    assertThat(report.changed()).isEqualTo(1);
    assertThat(report.examples()).extracting(RecomputeReport.Example::caseNumber).containsExactly(good.number().value());
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.caseId()).isEqualTo("case-corrupt");
      assertThat(f.kind()).isEqualTo(SweepReport.FailureKind.UNREADABLE);
    });
    assertThat(report.toString()).doesNotContain("张三").doesNotContain("13812345678").contains("1 failed");
  }
}
