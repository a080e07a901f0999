package org.hotline12345.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.COUNTED;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.COUNTED_MAKE_UP;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.ROLLED_OVER;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.SKIPPED_HOLIDAY;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.SKIPPED_OUTSIDE_OFFICE_HOURS;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.SKIPPED_PAUSED;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.SKIPPED_WEEKEND;
import static org.hotline12345.calendar.DeadlineExplanation.DayKind.START_DAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.DeadlineExplanation.Day;
import org.hotline12345.calendar.DeadlineExplanation.DayKind;
import org.junit.jupiter.api.Test;

/**
 * Explanations a clerk checks against the wall calendar: which days counted, which were
 * skipped and why, and the paragraph she reads to the department that disputes an overdue mark.
 */
class DeadlineExplanationTest {

  private final WorkingCalendar cn = WorkingCalendars.chinaMainland();

  private static Instant at(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  private static Day day(DeadlineExplanation e, LocalDate date) {
    return e.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }

  private static List<DayKind> kinds(DeadlineExplanation e) {
    return e.days().stream().map(Day::kind).toList();
  }

  @Test
  void national_day_2025_counts_the_make_up_saturday_and_skips_the_eight_days_off_and_a_sunday() {
    // Given a complaint dispatched on Tuesday 30 September 2025 at 10:00 with 5 working days,
    Deadline due = cn.deadline(at("2025-09-30T10:00"), TimeLimit.workingDays(5));

    // when the clerk asks why it falls where it does,
    DeadlineExplanation e = due.explain();

    // then 30 September is the uncounted start, 1-8 October the holiday, Saturday 11 October a
    // make-up working day that counts, Sunday 12 October a weekend, and Tuesday 14 the fifth day.
    assertThat(kinds(e)).containsExactly(START_DAY,
        SKIPPED_HOLIDAY, SKIPPED_HOLIDAY, SKIPPED_HOLIDAY, SKIPPED_HOLIDAY,
        SKIPPED_HOLIDAY, SKIPPED_HOLIDAY, SKIPPED_HOLIDAY, SKIPPED_HOLIDAY,
        COUNTED, COUNTED, COUNTED_MAKE_UP, SKIPPED_WEEKEND, COUNTED, COUNTED);
    assertThat(day(e, of(2025, 10, 1)).note()).contains("国庆节、中秋节");
    assertThat(day(e, of(2025, 10, 11))).isEqualTo(new Day(of(2025, 10, 11), COUNTED_MAKE_UP,
        Optional.of("国庆节、中秋节"), 3, 0, Optional.empty()));
    assertThat(e.countedDays()).extracting(Day::date).containsExactly(of(2025, 10, 9), of(2025, 10, 10),
        of(2025, 10, 11), of(2025, 10, 13), of(2025, 10, 14));
    assertThat(e.isProvisional()).isFalse();
    assertThat(e.toText(Locale.ENGLISH)).isEqualTo("The clock started on Tuesday 30 September 2025 at 10:00 with a"
        + " limit of 5 working days; the day it started is not counted (Civil Code art. 201). Counted 9-11 and 13-14"
        + " October, of which 11 October is a make-up working day for National Day and Mid-Autumn Festival; skipped"
        + " 1-8 October (National Day and Mid-Autumn Festival holiday) and 12 October (Sunday). Due at the end of"
        + " Tuesday 14 October 2025.");
    assertThat(e.toText(Locale.CHINESE)).isEqualTo("自2025年9月30日（星期二）10:00起算，时限为5个工作日，起算当日不计入"
        + "（《民法典》第二百零一条）。计入10月9日至11日、13日至14日，其中10月11日为国庆节、中秋节调休上班日；不计入"
        + "10月1日至8日（国庆节、中秋节放假）、10月12日（星期日）。截止时间为2025年10月14日（星期二）24:00。");
    assertThat(e.toText(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.toText(Locale.CHINESE));
    assertThat(e.toText(Locale.FRENCH)).isEqualTo(e.toText(Locale.ENGLISH));
  }

  @Test
  void spring_festival_2026_counts_the_saturday_before_and_jumps_nine_days_off() {
    // Friday 13 February 2026: Saturday 14 is a make-up day, 15-23 February the holiday.
    DeadlineExplanation e = cn.deadline(at("2026-02-13T15:00"), TimeLimit.workingDays(5)).explain();

    assertThat(e.countedDays()).extracting(Day::date).containsExactly(of(2026, 2, 14), of(2026, 2, 24),
        of(2026, 2, 25), of(2026, 2, 26), of(2026, 2, 27));
    assertThat(day(e, of(2026, 2, 14)).kind()).isEqualTo(COUNTED_MAKE_UP);
    assertThat(e.days().stream().filter(d -> d.kind() == SKIPPED_HOLIDAY)).hasSize(9)
        .allSatisfy(d -> assertThat(d.note()).contains("春节"));
    assertThat(e.toText(Locale.ENGLISH)).contains("Counted 14 and 24-27 February, of which 14 February is a make-up"
        + " working day for Spring Festival; skipped 15-23 February (Spring Festival holiday). Due at the end of"
        + " Friday 27 February 2026.");
    assertThat(e.toText(Locale.CHINESE)).contains("计入2月14日、24日至27日，其中2月14日为春节调休上班日；不计入2月15日至23日"
        + "（春节放假）。截止时间为2026年2月27日（星期五）24:00。");
  }

  @Test
  void a_pause_over_two_working_days_skips_them_with_its_reason() {
    // Monday 13 October 2025, 5 working days; paused from Tuesday 10:00 to Friday 11:00
    // waiting for the citizen's material: Wednesday and Thursday are covered whole.
    Deadline due = cn.deadline(at("2025-10-13T09:00"), TimeLimit.workingDays(5))
        .pausedBetween(at("2025-10-14T10:00"), at("2025-10-17T11:00"));
    DeadlineExplanation e = due.explain().withPauseReasons(Map.of(
        new ClockPause(at("2025-10-14T10:00"), at("2025-10-17T11:00")), "等待诉求人补充材料"));

    assertThat(day(e, of(2025, 10, 15))).isEqualTo(new Day(of(2025, 10, 15), SKIPPED_PAUSED,
        Optional.of("等待诉求人补充材料"), 0, 0, Optional.empty()));
    assertThat(day(e, of(2025, 10, 14)).kind()).isEqualTo(COUNTED);
    assertThat(day(e, of(2025, 10, 17)).kind()).isEqualTo(COUNTED);
    assertThat(e.deadline().lastDay()).isEqualTo(of(2025, 10, 22));
    assertThat(e.pauses()).singleElement().satisfies(p -> {
      assertThat(p.daysSkipped()).isEqualTo(2);
      assertThat(p.reasons()).containsExactly("等待诉求人补充材料");
    });
    assertThat(e.toText(Locale.ENGLISH)).contains("Counted 14, 17 and 20-22 October; skipped 15-16 October"
        + " (paused: 等待诉求人补充材料) and 18-19 October (weekend). Due at the end of Wednesday 22 October 2025.");
    assertThat(e.toText(Locale.CHINESE)).contains("不计入10月15日至16日（挂起：等待诉求人补充材料）、10月18日至19日（周末）");
    assertThat(e.toString()).doesNotContain("等待");
  }

  @Test
  void a_pause_within_one_day_is_said_to_have_moved_nothing() {
    DeadlineExplanation e = cn.deadline(at("2025-10-13T09:00"), TimeLimit.workingDays(5))
        .pausedBetween(at("2025-10-14T10:00"), at("2025-10-14T16:00")).explain()
        .withPauseReasons(Map.of(new ClockPause(at("2025-10-14T10:00"), at("2025-10-14T16:00")), "现场勘查\n待复核"));

    assertThat(e.days()).noneMatch(d -> d.kind() == SKIPPED_PAUSED);
    assertThat(e.deadline().lastDay()).isEqualTo(of(2025, 10, 20));
    assertThat(e.toText(Locale.ENGLISH)).contains("The pause from 10:00 to 16:00 on Tuesday 14 October (现场勘查 待复核)"
        + " covered no whole counted day, so it moved nothing.");
    assertThat(e.toText(Locale.CHINESE)).contains("挂起时段10月14日（星期二）10:00至16:00（现场勘查 待复核）未覆盖完整的计入日，不影响期限。");
  }

  @Test
  void an_extension_adds_its_days_after_the_current_deadline_and_says_which() {
    // 5 working days from Monday 13 October 2025 end on Monday 20; extended by 3 (需协调施工单位).
    DeadlineExplanation e = cn.deadline(at("2025-10-13T09:00"), TimeLimit.workingDays(5))
        .extendedBy(TimeLimit.workingDays(3)).explain().withExtensionReasons(List.of("需协调施工单位"));

    assertThat(e.countedDays()).hasSize(8);
    assertThat(e.countedDays().stream().filter(Day::isAddedByExtension)).extracting(Day::date)
        .containsExactly(of(2025, 10, 21), of(2025, 10, 22), of(2025, 10, 23));
    assertThat(e.extensions()).containsExactly(new DeadlineExplanation.Extension(1, TimeLimit.workingDays(3),
        Optional.of("需协调施工单位")));
    assertThat(e.toText(Locale.ENGLISH)).startsWith("The clock started on Monday 13 October 2025 at 09:00 with a limit"
        + " of 5 working days, extended to 8 working days;")
        .contains("Extended by 3 working days (需协调施工单位), which added 21-23 October.")
        .endsWith("Due at the end of Thursday 23 October 2025.");
    assertThat(e.toText(Locale.CHINESE)).contains("时限为5个工作日，延期后共8个工作日")
        .contains("延期3个工作日（需协调施工单位），增加10月21日至23日。");
    assertThatThrownBy(() -> e.withExtensionReasons(List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasons: 2 given for 1 extension(s)");
  }

  @Test
  void four_working_hours_from_friday_afternoon_run_over_the_weekend_into_monday() {
    // Friday 17 October 2025 at 16:00: 1 h 30 min to 17:30, then Monday 09:00-11:30.
    DeadlineExplanation e = cn.deadline(at("2025-10-17T16:00"), TimeLimit.workingHours(4)).explain();

    assertThat(e.days()).containsExactly(
        new Day(of(2025, 10, 17), COUNTED, Optional.empty(), 1, 0, Optional.of(Duration.ofMinutes(90))),
        new Day(of(2025, 10, 18), SKIPPED_WEEKEND, Optional.empty(), 0, 0, Optional.of(Duration.ZERO)),
        new Day(of(2025, 10, 19), SKIPPED_WEEKEND, Optional.empty(), 0, 0, Optional.of(Duration.ZERO)),
        new Day(of(2025, 10, 20), COUNTED, Optional.empty(), 2, 0, Optional.of(Duration.ofMinutes(150))));
    assertThat(e.toText(Locale.ENGLISH)).isEqualTo("The clock started on Friday 17 October 2025 at 16:00 with a limit"
        + " of 4 working hours. Counted 1 h 30 min on 17 October and 2 h 30 min on 20 October; skipped 18-19 October"
        + " (weekend). Due at 11:30 on Monday 20 October 2025.");
    assertThat(e.toText(Locale.CHINESE)).isEqualTo("自2025年10月17日（星期五）16:00起算，时限为4个工作小时。计入10月17日"
        + "1小时30分钟、10月20日2小时30分钟；不计入10月18日至19日（周末）。截止时间为2025年10月20日（星期一）11:30。");
  }

  @Test
  void working_hours_started_after_close_of_business_count_nothing_that_evening() {
    DeadlineExplanation e = cn.deadline(at("2025-10-16T18:00"), TimeLimit.workingHours(2)).explain();

    assertThat(e.days().get(0)).isEqualTo(new Day(of(2025, 10, 16), SKIPPED_OUTSIDE_OFFICE_HOURS, Optional.empty(),
        0, 0, Optional.of(Duration.ZERO)));
    assertThat(e.dueAt()).isEqualTo(ZonedDateTime.parse("2025-10-17T11:00+08:00[Asia/Shanghai]"));
  }

  @Test
  void natural_hours_run_around_the_clock_less_the_pause() {
    DeadlineExplanation e = cn.deadline(at("2025-10-10T16:00"), TimeLimit.hours(24))
        .pausedBetween(at("2025-10-10T20:00"), at("2025-10-11T08:00")).explain();

    assertThat(e.days()).extracting(d -> d.timeCounted().orElseThrow())
        .containsExactly(Duration.ofHours(4), Duration.ofHours(16), Duration.ofHours(4));
    assertThat(e.toText(Locale.ENGLISH)).contains("The clock was paused from 20:00 on Friday 10 October to 08:00 on"
        + " Saturday 11 October, which kept 12 h from counting. Due at 04:00 on Sunday 12 October 2025.");
  }

  @Test
  void fifteen_calendar_days_ending_in_golden_week_roll_over_to_the_next_working_day() {
    DeadlineExplanation e = cn.deadline(at("2025-09-20T10:00"), TimeLimit.calendarDays(15)).explain();

    assertThat(e.countedDays()).hasSize(15).last().extracting(Day::date).isEqualTo(of(2025, 10, 5));
    assertThat(e.days().stream().filter(d -> d.kind() == ROLLED_OVER)).extracting(Day::date)
        .containsExactly(of(2025, 10, 6), of(2025, 10, 7), of(2025, 10, 8), of(2025, 10, 9));
    assertThat(e.toText(Locale.ENGLISH)).contains("Counted 21 September-5 October. The last counted day, Sunday"
        + " 5 October, is not a working day, so the period runs on to the next working day, Thursday 9 October"
        + " (Civil Code art. 203).");
    assertThat(e.toText(Locale.CHINESE)).contains("期限顺延至其后第一个工作日10月9日（星期四）");
  }

  @Test
  void a_deadline_in_a_year_without_a_schedule_says_it_is_provisional_and_why() {
    DeadlineExplanation e = cn.deadline(at("2026-12-28T10:00"), TimeLimit.workingDays(5)).explain();

    assertThat(e.isProvisional()).isTrue();
    assertThat(e.provisionalYears()).containsExactly(2027);
    assertThat(e.toText(Locale.ENGLISH)).contains("Counted 29 December 2026-1 January 2027 and 4 January 2027;")
        .contains("the official holiday schedule for 2027 is not loaded, so 2027 is counted on the weekly pattern");
    assertThat(e.toText(Locale.CHINESE)).contains("本期限为暂定：2027年官方节假日安排尚未载入");
  }

  @Test
  void a_deadline_at_close_of_business_says_so() {
    DeadlineExplanation e = cn.deadline(at("2025-09-30T10:00"), TimeLimit.workingDays(5).endingAtCloseOfBusiness())
        .explain();

    assertThat(e.toText(Locale.ENGLISH)).endsWith("Due at 17:30 on Tuesday 14 October 2025, the close of business.");
    assertThat(e.toText(Locale.CHINESE)).endsWith("截止时间为2025年10月14日（星期二）17:30（下班时间）。");
  }

  @Test
  void a_long_limit_still_reads_in_a_few_ranges() {
    DeadlineExplanation e = cn.deadline(at("2025-01-02T10:00"), TimeLimit.workingDays(240)).explain();

    assertThat(e.countedDays()).hasSize(240);
    assertThat(e.toText(Locale.ENGLISH)).hasSizeLessThan(4_000).contains("1-8 October (National Day and Mid-Autumn"
        + " Festival holiday)");
  }

  @Test
  void a_long_reason_is_cut_in_the_paragraph_but_kept_whole_in_the_data() {
    String reason = "等".repeat(500);
    ClockPause pause = new ClockPause(at("2025-10-14T00:00"), at("2025-10-15T00:00"));
    DeadlineExplanation e = cn.deadline(at("2025-10-13T09:00"), TimeLimit.workingDays(2))
        .pausedBetween(pause.from(), pause.to()).explain().withPauseReasons(Map.of(pause, reason));

    assertThat(day(e, of(2025, 10, 14)).note()).contains(reason);
    assertThat(e.toText(Locale.ENGLISH)).contains("等".repeat(200) + "…").doesNotContain("等".repeat(201));
  }
}
