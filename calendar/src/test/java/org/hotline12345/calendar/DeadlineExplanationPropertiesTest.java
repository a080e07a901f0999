package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.calendar.DeadlineExplanation.Day;
import org.hotline12345.calendar.DeadlineExplanation.DayKind;

/**
 * Invariants of explanations, for any start, limit, extensions and pauses: the explanation and
 * the deadline agree, every day appears once, and the counted days are what the limit asked for.
 */
class DeadlineExplanationPropertiesTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();
  private static final ZoneId ZONE = CN.zone();

  /** A deadline with its limit, extensions and pauses drawn at random. */
  record Drawn(Deadline deadline) {}

  @Provide
  Arbitrary<Instant> starts() {
    long from = LocalDate.of(2008, 1, 1).atStartOfDay(ZONE).toEpochSecond();
    long to = LocalDate.of(2027, 3, 31).atStartOfDay(ZONE).toEpochSecond();
    return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s / 60 * 60));
  }

  private Arbitrary<TimeLimit> limits() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 60).map(TimeLimit::workingDays),
        Arbitraries.integers().between(1, 60).map(TimeLimit::calendarDays),
        Arbitraries.integers().between(1, 60).map(n -> TimeLimit.workingDays(n).endingAtCloseOfBusiness()),
        Arbitraries.integers().between(1, 30).map(n -> TimeLimit.calendarDays(n).withoutRollOver()),
        Arbitraries.integers().between(1, 120).map(TimeLimit::hours),
        Arbitraries.integers().between(1, 120).map(TimeLimit::workingHours));
  }

  @Provide
  Arbitrary<Drawn> deadlines() {
    Arbitrary<List<Integer>> extensions = Arbitraries.integers().between(1, 10).list().ofMaxSize(2);
    // Pauses as (offset in minutes from the start, length in minutes): up to 20 days in, up to 6 days long.
    Arbitrary<List<long[]>> pauses = Combinators.combine(Arbitraries.longs().between(0, 20 * 1440),
        Arbitraries.longs().between(0, 6 * 1440)).as((o, l) -> new long[] {o, l}).list().ofMaxSize(3);
    return Combinators.combine(starts(), limits(), extensions, pauses).as((start, limit, ext, ps) -> {
      Deadline d = CN.deadline(start, limit);
      for (int amount : ext) {
        d = d.extendedBy(TimeLimit.of(amount, limit.unit()));
      }
      for (long[] p : ps) {
        Instant from = start.plus(Duration.ofMinutes(p[0]));
        d = d.pausedBetween(from, from.plus(Duration.ofMinutes(p[1])));
      }
      return new Drawn(d);
    });
  }

  private static LocalDate startDate(Deadline d) {
    return d.start().atZone(ZONE).toLocalDate();
  }

  @Property(tries = 500)
  void every_day_from_the_start_to_the_last_day_appears_exactly_once_in_order(@ForAll("deadlines") Drawn drawn) {
    Deadline d = drawn.deadline();
    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate day = startDate(d); !day.isAfter(d.lastDay()); day = day.plusDays(1)) {
      expected.add(day);
    }
    assertThat(d.explain().days()).extracting(Day::date).containsExactlyElementsOf(expected);
  }

  @Property(tries = 500)
  void a_day_based_limit_counts_exactly_the_days_it_and_its_extensions_ask_for(@ForAll("deadlines") Drawn drawn) {
    Deadline d = drawn.deadline();
    if (!d.limit().unit().isDayBased()) {
      return;
    }
    DeadlineExplanation e = d.explain();
    List<Day> counted = e.countedDays();
    assertThat((long) counted.size()).isEqualTo(d.totalLimit().amount());
    assertThat(counted).extracting(Day::number).isEqualTo(
        java.util.stream.LongStream.rangeClosed(1, counted.size()).boxed().toList());
    assertThat(counted.stream().filter(x -> x.extension() == 0).count()).isEqualTo(d.limit().amount());
    for (int k = 1; k <= d.extensions().size(); k++) {
      int extension = k;
      assertThat(counted.stream().filter(x -> x.extension() == extension).count())
          .isEqualTo(d.extensions().get(k - 1).amount());
    }
    long skippedByPauses = e.days().stream().filter(x -> x.kind() == DayKind.SKIPPED_PAUSED).count();
    assertThat(e.pauses().stream().mapToLong(DeadlineExplanation.Pause::daysSkipped).sum()).isEqualTo(skippedByPauses);
  }

  @Property(tries = 500)
  void the_explanation_and_the_deadline_agree_on_the_due_date(@ForAll("deadlines") Drawn drawn) {
    Deadline d = drawn.deadline();
    DeadlineExplanation e = d.explain();
    assertThat(e.dueAt()).isEqualTo(d.dueAtZoned());
    Day last = e.days().get(e.days().size() - 1);
    assertThat(last.date()).isEqualTo(d.lastDay());
    if (d.limit().unit() == TimeLimit.Unit.WORKING_DAYS) {
      // The last day is the working day reached by the counted and the paused working days.
      long paused = e.days().stream().filter(x -> x.kind() == DayKind.SKIPPED_PAUSED).count();
      assertThat(CN.plusWorkingDays(startDate(d), d.totalLimit().amount() + paused)).isEqualTo(d.lastDay());
      assertThat(last.kind().isCounted()).isTrue();
      assertThat(e.countedDays()).allSatisfy(x -> assertThat(CN.isWorkingDay(x.date())).isTrue());
      assertThat(e.days()).filteredOn(x -> x.kind() == DayKind.SKIPPED_WEEKEND || x.kind() == DayKind.SKIPPED_HOLIDAY)
          .allSatisfy(x -> assertThat(CN.isWorkingDay(x.date())).isFalse());
    } else if (d.limit().unit() == TimeLimit.Unit.CALENDAR_DAYS) {
      assertThat(last.kind() == DayKind.ROLLED_OVER || last.kind().isCounted()).isTrue();
      if (last.kind() == DayKind.ROLLED_OVER) {
        assertThat(CN.isWorkingDay(last.date())).isTrue();
      }
    } else {
      Duration sum = e.days().stream().map(x -> x.timeCounted().orElseThrow()).reduce(Duration.ZERO, Duration::plus);
      assertThat(sum).isEqualTo(Duration.ofHours(d.totalLimit().amount()));
    }
  }

  @Property(tries = 200)
  void the_paragraph_is_one_line_in_both_languages_and_names_the_last_day(@ForAll("deadlines") Drawn drawn) {
    DeadlineExplanation e = drawn.deadline().explain();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      assertThat(e.toText(locale)).doesNotContain("\n").isNotBlank();
    }
    LocalDate due = drawn.deadline().limit().unit().isDayBased() ? drawn.deadline().lastDay()
        : drawn.deadline().dueAtZoned().toLocalDate();
    assertThat(e.toText(Locale.CHINESE)).contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth()
        + "日");
    assertThat(e.isProvisional()).isEqualTo(!e.provisionalYears().isEmpty());
  }
}
