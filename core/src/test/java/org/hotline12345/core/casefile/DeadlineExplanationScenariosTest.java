package org.hotline12345.core.casefile;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline12345.calendar.CalendarLayer;
import org.hotline12345.calendar.DeadlineExplanation.Day;
import org.hotline12345.calendar.DeadlineExplanation.DayKind;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;

/**
 * A case's stage deadline explained as a clerk settles a dispute over an overdue mark: on the
 * handling department's own calendar, with the reasons the department gave for its pauses and
 * extensions, and whether the step was done in time.
 */
class DeadlineExplanationScenariosTest {

  private static Instant at(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  /** A case's life, each step at the instant given, by the actor the step calls for. */
  static final class Life {
    final CaseLifecycle lifecycle;
    final List<CaseEvent> history = new ArrayList<>();
    Case current;

    Life(CaseLifecycle lifecycle, String registeredAt) {
      this.lifecycle = lifecycle;
      Instant t = at(registeredAt);
      Appeal appeal = Appeal.builder().from(Scenario.complaint()).receivedAt(t).build();
      Transition registered = lifecycle.register(appeal, Actor.agent("a-1"), t);
      history.add(registered.event());
      current = registered.after();
    }

    Life then(String when, CaseCommand command) {
      Transition t = lifecycle.execute(current, command, Scenario.actorFor(command, current), at(when));
      history.add(t.event());
      current = t.after();
      return this;
    }

    StageDeadlineExplanation explain(Stage stage) {
      return lifecycle.explainDeadline(history, stage).orElseThrow();
    }
  }

  private static Life dispatchedToHunanlu(CaseLifecycle lifecycle, String when) {
    return new Life(lifecycle, when).then(when, Scenario.accept()).then(when, Scenario.dispatch(HUNANLU))
        .then(when, Scenario.signFor(HUNANLU));
  }

  private static Day day(StageDeadlineExplanation e, java.time.LocalDate date) {
    return e.explanation().days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }

  @Test
  void a_pause_for_the_citizens_material_skips_two_days_and_says_why() {
    // Given a complaint dispatched on Monday 13 October 2025, paused from Tuesday 10:00 to
    // Friday 11:00 while the department waited for the citizen's material,
    Life life = dispatchedToHunanlu(Scenario.LIFECYCLE, "2025-10-13T09:00")
        .then("2025-10-14T10:00", new CaseCommand.PauseClock(Remark.of("等待诉求人补充材料")))
        .then("2025-10-17T11:00", new CaseCommand.ResumeClock());

    // when the resolution deadline is explained,
    StageDeadlineExplanation e = life.explain(Stage.RESOLUTION);

    // then Wednesday and Thursday are skipped for that reason, and it falls on Wednesday 22.
    assertThat(day(e, of(2025, 10, 15)).kind()).isEqualTo(DayKind.SKIPPED_PAUSED);
    assertThat(day(e, of(2025, 10, 16)).note()).contains("等待诉求人补充材料");
    assertThat(e.agreesWithRecord()).isTrue();
    assertThat(e.recorded().lastDay()).isEqualTo(of(2025, 10, 22));
    assertThat(e.toText(Locale.ENGLISH)).startsWith("Resolution deadline (办结). The clock started on Monday"
        + " 13 October 2025 at 09:00 with a limit of 5 working days;")
        .contains("skipped 15-16 October (paused: 等待诉求人补充材料) and 18-19 October (weekend)");
    assertThat(e.toText(Locale.CHINESE)).startsWith("办结期限：自2025年10月13日（星期一）09:00起算")
        .contains("10月15日至16日（挂起：等待诉求人补充材料）");
    assertThat(e.toString()).doesNotContain("等待");
  }

  @Test
  void a_clock_paused_now_is_said_to_be_paused_with_its_reason() {
    Life life = dispatchedToHunanlu(Scenario.LIFECYCLE, "2025-10-13T09:00")
        .then("2025-10-14T10:00", new CaseCommand.PauseClock(Remark.of("等待鉴定结果")));

    StageDeadlineExplanation e = life.explain(Stage.RESOLUTION);

    assertThat(e.pausedSince()).contains(at("2025-10-14T10:00"));
    assertThat(e.pauseReason()).contains("等待鉴定结果");
    assertThat(e.toText(Locale.ENGLISH)).endsWith("The clock has been paused since 10:00 on Tuesday 14 October 2025"
        + " (等待鉴定结果); the deadline moves when it resumes.");
    assertThat(e.toText(Locale.CHINESE)).endsWith("计时自2025年10月14日（星期二）10:00起挂起（等待鉴定结果），恢复计时后期限相应顺延。");
    assertThat(life.explain(Stage.SIGN_FOR).pausedSince()).as("sign-for is not stopped by a pause").isEmpty();
  }

  @Test
  void an_approved_extension_shows_its_days_and_the_reason_the_department_gave() {
    Life life = dispatchedToHunanlu(Scenario.LIFECYCLE, "2025-10-13T09:00")
        .then("2025-10-15T09:00", Scenario.askExtension(HUNANLU, 2))
        .then("2025-10-15T10:00", Scenario.approveExtension());

    StageDeadlineExplanation e = life.explain(Stage.RESOLUTION);

    assertThat(e.explanation().extensions()).singleElement().satisfies(x -> {
      assertThat(x.amount()).isEqualTo(TimeLimit.workingDays(2));
      assertThat(x.reason()).contains("需协调施工单位");
    });
    assertThat(e.explanation().countedDays().stream().filter(Day::isAddedByExtension)).extracting(Day::date)
        .containsExactly(of(2025, 10, 21), of(2025, 10, 22));
    assertThat(e.toText(Locale.ENGLISH)).contains("Extended by 2 working days (需协调施工单位), which added 21-22 October.");
  }

  @Test
  void a_step_done_is_judged_against_the_recorded_deadline() {
    Life life = dispatchedToHunanlu(Scenario.LIFECYCLE, "2025-10-13T09:00")
        .then("2025-10-20T16:00", Scenario.reply(HUNANLU));

    StageDeadlineExplanation e = life.explain(Stage.RESOLUTION);

    assertThat(e.toText(Locale.ENGLISH)).endsWith("Due at the end of Monday 20 October 2025. Done at 16:00 on Monday"
        + " 20 October 2025, on time.");
    assertThat(e.toText(Locale.CHINESE)).endsWith("已于2025年10月20日（星期一）16:00完成，未超期。");
  }

  @Test
  void the_deadline_is_explained_on_the_handling_departments_own_calendar() {
    // Given a street office whose service desk works Wednesday 8 October 2025, a national holiday,
    DepartmentId street = DepartmentId.of("nj.gulou.hunanlu");
    CalendarLayer desk = CalendarLayer.of("湖南路街道值班", SpecialDay.workday(of(2025, 10, 8), "国庆值班"));
    CaseLifecycle lifecycle = Scenario.lifecycleBuilder()
        .directory(DepartmentDirectory.of(
            Department.builder().id(DepartmentId.of("nj")).name("南京市人民政府").kind(DepartmentKind.OTHER)
                .calendarId("cn-mainland").build(),
            Department.builder().id(street).name("湖南路街道").kind(DepartmentKind.STREET)
                .calendarId("hunanlu").build()))
        .calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland(),
            "hunanlu", WorkingCalendars.chinaMainland().withLayer(desk)))
        .build();

    // when a case dispatched to it on 30 September is explained,
    StageDeadlineExplanation e = dispatchedToHunanlu(lifecycle, "2025-09-30T10:00").explain(Stage.RESOLUTION);

    // then 8 October counts there, and the deadline is a day earlier than the national one.
    assertThat(e.recorded().calendarId()).isEqualTo("hunanlu");
    assertThat(day(e, of(2025, 10, 8)).kind()).isEqualTo(DayKind.COUNTED);
    assertThat(e.recorded().lastDay()).isEqualTo(of(2025, 10, 13));
    assertThat(e.toText(Locale.ENGLISH)).contains("Counted 8-11 and 13 October");
  }

  @Test
  void a_stage_without_a_deadline_has_nothing_to_explain() {
    Life life = new Life(Scenario.LIFECYCLE, "2025-10-13T09:00");

    assertThat(Scenario.LIFECYCLE.explainDeadline(life.history, Stage.RESOLUTION)).isEmpty();
  }
}
