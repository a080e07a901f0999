package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of working-day arithmetic, for all dates and amounts. */
class WorkingDayPropertiesTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void adding_working_days_lands_on_a_working_day(@ForAll("dates") LocalDate d,
      @ForAll @IntRange(min = 1, max = 3000) int n) {
    assertThat(CN.isWorkingDay(CN.plusWorkingDays(d, n))).isTrue();
    assertThat(CN.isWorkingDay(CN.plusWorkingDays(d, -n))).isTrue();
  }

  @Property
  void counting_the_days_added_gives_them_back(@ForAll("dates") LocalDate d,
      @ForAll @IntRange(min = -3000, max = 3000) int n) {
    assertThat(CN.workingDaysBetween(d, CN.plusWorkingDays(d, n))).isEqualTo(n);
  }

  @Property
  void adding_is_strictly_monotonic_in_n(@ForAll("dates") LocalDate d,
      @ForAll @IntRange(min = -3000, max = 2999) int n) {
    assertThat(CN.plusWorkingDays(d, n + 1)).isAfter(CN.plusWorkingDays(d, n));
  }

  @Property
  void adding_a_then_b_equals_adding_a_plus_b(@ForAll("dates") LocalDate d,
      @ForAll @IntRange(min = 1, max = 1500) int a, @ForAll @IntRange(min = 1, max = 1500) int b) {
    assertThat(CN.plusWorkingDays(CN.plusWorkingDays(d, a), b)).isEqualTo(CN.plusWorkingDays(d, a + b));
    assertThat(CN.plusWorkingDays(CN.plusWorkingDays(d, -a), -b)).isEqualTo(CN.plusWorkingDays(d, -a - b));
  }

  @Property
  void counting_is_additive_over_consecutive_forward_spans(@ForAll("dates") LocalDate a,
      @ForAll @IntRange(min = 0, max = 900) int x, @ForAll @IntRange(min = 0, max = 900) int y) {
    LocalDate b = a.plusDays(x);
    LocalDate c = b.plusDays(y);
    assertThat(CN.workingDaysBetween(a, b) + CN.workingDaysBetween(b, c))
        .isEqualTo(CN.workingDaysBetween(a, c));
  }

  // ---------------------------------------------------------------- against a day-by-day oracle

  /** A random calendar with its own naive, day-walking twin. */
  record Pair(WorkingCalendar indexed, Set<DayOfWeek> week, List<SpecialDay> days) {
    boolean naiveIsWorking(LocalDate d) {
      SpecialDay found = null;
      for (SpecialDay day : days) {
        if (day.date().equals(d)) {
          found = day;
        }
      }
      return found != null ? found.isWorkingDay() : week.contains(d.getDayOfWeek());
    }

    LocalDate naivePlus(LocalDate d, int n) {
      LocalDate x = d;
      int step = n > 0 ? 1 : -1;
      for (int left = Math.abs(n); left > 0; ) {
        x = x.plusDays(step);
        if (naiveIsWorking(x)) {
          left--;
        }
      }
      return x;
    }
  }

  @Provide
  Arbitrary<Pair> calendars() {
    Arbitrary<Set<DayOfWeek>> weeks = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7)
        .map(s -> (Set<DayOfWeek>) EnumSet.copyOf(s));
    Arbitrary<LocalDate> near = Arbitraries.longs()
        .between(LocalDate.of(2019, 6, 1).toEpochDay(), LocalDate.of(2021, 6, 30).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<List<SpecialDay>> days = Combinators.combine(near, Arbitraries.of(SpecialDay.Kind.class))
        .as((date, kind) -> new SpecialDay(date, kind, "x"))
        .list().ofMaxSize(40).uniqueElements(SpecialDay::date);
    return Combinators.combine(weeks, days).as((week, list) -> {
      DayOfWeek[] rest = week.stream().skip(1).toArray(DayOfWeek[]::new);
      WorkingCalendar calendar = WorkingCalendar.builder("random", ZoneId.of("UTC"))
          .workingWeek(week.iterator().next(), rest)
          .layer(CalendarLayer.of("random", new ArrayList<>(list)))
          .build();
      return new Pair(calendar, week, list);
    });
  }

  @Property(tries = 300)
  void the_index_agrees_with_walking_day_by_day(@ForAll("calendars") Pair pair,
      @ForAll @IntRange(min = 0, max = 1200) int offset, @ForAll @IntRange(min = -60, max = 60) int n) {
    LocalDate d = LocalDate.of(2018, 12, 1).plusDays(offset);
    assertThat(pair.indexed().isWorkingDay(d)).isEqualTo(pair.naiveIsWorking(d));
    assertThat(pair.indexed().plusWorkingDays(d, n)).isEqualTo(pair.naivePlus(d, n));
  }
}
