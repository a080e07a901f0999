package org.hotline12345.core.casefile;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.CalendarLayer;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.casefile.DeadlineExplanationScenariosTest.Life;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.core.timelimit.Stage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * When the State Council publishes a new year's schedule: a case dispatched in late December
 * 2026, its resolution deadline provisional (2027 unknown, counted on the weekly pattern),
 * recomputed once 1-3 January 2027 are New Year's Day holidays.
 */
class RecomputeProvisionalDeadlinesTest {

  /** The shipped calendar with the 2027 notice: 元旦 1-3 January 2027 (Friday to Sunday). */
  static final WorkingCalendar CN_2027 = WorkingCalendars.chinaMainland()
      .withOfficialSchedule(ServiceFixtures.notice2027());

  private static final CaseLifecycle UPDATED = Scenario.LIFECYCLE.withCalendars(Map.of("cn-mainland", CN_2027));

  private static Instant at(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  /** Dispatched to 湖南路街道 on Monday 28 December 2026 at 10:00, before the 2027 notice. */
  private static Life dispatchedBeforeTheNotice() {
    return new Life(Scenario.LIFECYCLE, "2026-12-28T10:00").then("2026-12-28T10:00", Scenario.accept())
        .then("2026-12-28T10:00", Scenario.dispatch(HUNANLU));
  }

  @Test
  void the_resolution_deadline_moves_a_day_and_the_event_records_old_and_new() {
    // Given 5 working days counted 29, 30, 31 December, Friday 1 and Monday 4 January (provisional),
    Life life = dispatchedBeforeTheNotice();
    StageDeadline before = life.current.deadline(Stage.RESOLUTION).orElseThrow();
    assertThat(before.provisional()).isTrue();
    assertThat(before.lastDay()).isEqualTo(of(2027, 1, 4));
    assertThat(life.current.deadline(Stage.FIRST_CONTACT).orElseThrow().provisional()).isFalse();

    // when the lifecycle with the 2027 schedule recomputes,
    Transition t = UPDATED.recomputeProvisionalDeadlines(life.current, at("2026-12-29T09:00")).orElseThrow();

    // then the resolution alone moves to Tuesday 5 January, final, recorded by the system.
    assertThat(t.event().actor()).isEqualTo(Actor.system());
    assertThat(t.event().kind().wireName()).isEqualTo("case.deadlines-recomputed");
    assertThat(t.event().sequence()).isEqualTo(life.current.version() + 1);
    CaseChange.DeadlinesRecomputed change = (CaseChange.DeadlinesRecomputed) t.event().change();
    assertThat(change.deadlines()).singleElement().satisfies(r -> {
      assertThat(r.stage()).isEqualTo(Stage.RESOLUTION);
      assertThat(r.previousDueAt()).isEqualTo(at("2027-01-05T00:00"));
      assertThat(r.previousLastDay()).isEqualTo(of(2027, 1, 4));
      assertThat(r.deadline().dueAt()).isEqualTo(at("2027-01-06T00:00"));
      assertThat(r.deadline().lastDay()).isEqualTo(of(2027, 1, 5));
      assertThat(r.deadline().provisional()).isFalse();
      assertThat(r.deadline().calendarId()).isEqualTo("cn-mainland");
      assertThat(r.shift()).isEqualTo(Duration.ofDays(1));
      assertThat(r.moved()).isTrue();
    });
    assertThat(t.after().deadline(Stage.RESOLUTION).orElseThrow().lastDay()).isEqualTo(of(2027, 1, 5));
    List<CaseEvent> all = new ArrayList<>(life.history);
    all.add(t.event());
    assertThat(Case.replay(all)).isEqualTo(t.after());
    assertThat(EventCodec.decode(EventCodec.encode(t.event()))).isEqualTo(t.event());
    assertThat(t.after().assignments().get(0).deadlines().get(Stage.RESOLUTION).lastDay())
        .as("the lead's own record of its deadline").isEqualTo(of(2027, 1, 5));
  }

  @Test
  void a_second_recomputation_changes_nothing() {
    Life life = dispatchedBeforeTheNotice();
    Case once = UPDATED.recomputeProvisionalDeadlines(life.current, at("2026-12-29T09:00")).orElseThrow().after();

    assertThat(UPDATED.recomputeProvisionalDeadlines(once, at("2026-12-29T09:05"))).isEmpty();
  }

  @Test
  void without_the_new_schedule_nothing_changes() {
    Life life = dispatchedBeforeTheNotice();

    assertThat(Scenario.LIFECYCLE.recomputeProvisionalDeadlines(life.current, at("2026-12-29T09:00"))).isEmpty();
  }

  @Test
  void a_met_deadline_keeps_the_time_it_was_judged_against_while_the_callback_moves() {
    // Replied Wednesday 30 December and approved: the callback's 3 working days reach 2027.
    Life life = dispatchedBeforeTheNotice().then("2026-12-28T11:00", Scenario.signFor(HUNANLU))
        .then("2026-12-30T15:00", Scenario.reply(HUNANLU)).then("2026-12-30T16:00", Scenario.approveReply());
    StageDeadline resolution = life.current.deadline(Stage.RESOLUTION).orElseThrow();
    assertThat(resolution.provisional()).isTrue();
    assertThat(life.current.deadline(Stage.CALLBACK).orElseThrow().lastDay()).isEqualTo(of(2027, 1, 4));

    Transition t = UPDATED.recomputeProvisionalDeadlines(life.current, at("2026-12-31T09:00")).orElseThrow();

    assertThat(((CaseChange.DeadlinesRecomputed) t.event().change()).deadlines())
        .extracting(RecomputedDeadline::stage).containsExactly(Stage.CALLBACK);
    assertThat(t.after().deadline(Stage.RESOLUTION)).contains(resolution);
    assertThat(t.after().deadline(Stage.CALLBACK).orElseThrow().lastDay()).isEqualTo(of(2027, 1, 5));
  }

  @Test
  void a_deadline_that_only_becomes_final_is_recorded_as_confirmed_not_moved() {
    // A notice that makes no day of early January special: the deadline stays, but is final.
    CalendarLayer quiet = CalendarLayer.of("国务院2027", SpecialDay.holiday(of(2027, 5, 3), "劳动节"));
    CaseLifecycle lifecycle = Scenario.LIFECYCLE.withCalendars(
        Map.of("cn-mainland", WorkingCalendars.chinaMainland().withOfficialSchedule(quiet)));

    Transition t = lifecycle.recomputeProvisionalDeadlines(dispatchedBeforeTheNotice().current,
        at("2026-12-29T09:00")).orElseThrow();

    RecomputedDeadline r = ((CaseChange.DeadlinesRecomputed) t.event().change()).deadlines().get(0);
    assertThat(r.moved()).isFalse();
    assertThat(r.shift()).isZero();
    assertThat(r.deadline().provisional()).isFalse();
  }

  @Test
  void a_closed_case_is_left_alone_and_a_recomputation_dated_before_the_last_event_is_refused() {
    Life closed = new Life(Scenario.LIFECYCLE, "2026-12-28T10:00").then("2026-12-28T10:05",
        new CaseCommand.NotAccept(NotAcceptedReason.ALREADY_HANDLED, Remark.none()));
    assertThat(UPDATED.recomputeProvisionalDeadlines(closed.current, at("2026-12-29T09:00"))).isEmpty();

    Life open = dispatchedBeforeTheNotice();
    assertThatThrownBy(() -> UPDATED.recomputeProvisionalDeadlines(open.current, at("2026-12-28T09:00")))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.OUT_OF_ORDER));
  }

  @Test
  void with_calendars_replaces_the_named_calendars_and_keeps_every_other_setting() {
    CaseLifecycle base = Scenario.lifecycleBuilder().maxExtensions(3).returnsNeedApproval(false).build();
    WorkingCalendar extra = WorkingCalendars.chinaMainland().withLayer(CalendarLayer.of("值班"));

    CaseLifecycle updated = base.withCalendars(Map.of("cn-mainland", CN_2027, "extra", extra));

    assertThat(updated.calendars()).containsEntry("cn-mainland", CN_2027).containsEntry("extra", extra);
    assertThat(base.calendars()).doesNotContainKey("extra");
    assertThat(updated.maxExtensions()).isEqualTo(3);
    assertThat(updated.returnsNeedApproval()).isFalse();
    assertThat(updated.directory()).isSameAs(base.directory());
    assertThat(updated.notAcceptedReasons()).isEqualTo(base.notAcceptedReasons());
    assertThatThrownBy(() -> base.withCalendars(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("replacements");
    assertThat(Optional.of(updated.zoneOf("extra"))).contains(WorkingCalendars.CHINA_ZONE);
  }

  @Provide
  Arbitrary<String> dispatchTimes() {
    // Minutes from 15 November 2026 to 31 December 2026 23:00, Beijing time.
    return Arbitraries.longs().between(0, 46L * 24 * 60 + 23 * 60)
        .map(m -> java.time.LocalDateTime.of(2026, 11, 15, 0, 0).plusMinutes(m).toString());
  }

  @Property(tries = 60)
  void after_a_recomputation_every_open_deadline_is_what_the_new_calendar_gives_and_a_second_changes_nothing(
      @ForAll("dispatchTimes") String dispatchedAt) {
    Life life = new Life(Scenario.LIFECYCLE, dispatchedAt).then(dispatchedAt, Scenario.accept())
        .then(dispatchedAt, Scenario.dispatch(HUNANLU));
    Instant later = life.current.lastEventAt().plus(Duration.ofMinutes(1));

    Case after = UPDATED.recomputeProvisionalDeadlines(life.current, later).map(Transition::after).orElse(life.current);

    for (StageDeadline d : after.deadlines().values()) {
      org.hotline12345.calendar.Deadline fresh = d.toDeadline(CN_2027);
      assertThat(d.dueAt()).as("%s", d.stage()).isEqualTo(fresh.dueAt());
      assertThat(d.provisional()).as("%s", d.stage()).isEqualTo(fresh.isProvisional());
    }
    assertThat(UPDATED.recomputeProvisionalDeadlines(after, later.plusSeconds(60))).isEmpty();
    boolean wasProvisional = life.current.deadlines().values().stream().anyMatch(StageDeadline::provisional);
    assertThat(after.version()).isEqualTo(life.current.version() + (wasProvisional ? 1 : 0));
  }
}
