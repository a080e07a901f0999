package org.hotline12345.benchmarks.calendar;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the wrong answers of every library under benchmark against the Hotline SDK on the
 * China mainland schedule, and prints them as Markdown for {@code docs/benchmarks.md}.
 *
 * <p>For every start date from 2008-01-01 to 2025-12-31 and every N in {1, 3, 5, 10, 20} it
 * compares {@code plusWorkingDays(start, N)}, and {@code workingDaysBetween} over the span the
 * Hotline SDK gives, with the Hotline SDK's answers. A wrong answer is put down to a make-up
 * working day the library does not know, to a holiday it does not know, or both, by looking
 * for the days in the span where the library and the Hotline SDK disagree.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar \
 *     org.hotline12345.benchmarks.calendar.CorrectnessReport
 * }</pre>
 */
public final class CorrectnessReport {

  /** The first start date compared. */
  public static final LocalDate FIRST = LocalDate.of(2008, 1, 1);

  /** The last start date compared. */
  public static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  /** The working days added. */
  static final int[] NS = {1, 3, 5, 10, 20};

  /** Queries worth seeing one by one: a start date and N. */
  private static final Object[][] EXAMPLES = {
      {LocalDate.of(2024, 9, 27), 1},
      {LocalDate.of(2024, 9, 30), 5},
      {LocalDate.of(2024, 2, 8), 2},
      {LocalDate.of(2025, 1, 24), 1},
      {LocalDate.of(2023, 6, 21), 1},
      {LocalDate.of(2023, 9, 28), 1},
      {LocalDate.of(2019, 3, 1), 3},
  };

  private CorrectnessReport() {}

  /** What one library got wrong. */
  private record Tally(int misclassifiedWorkdays, int misclassifiedHolidays, int queries,
      int wrongPlus, int missedWorkday, int missedHoliday, int wrongBetween) {}

  /**
   * Runs the comparison and prints the report.
   *
   * @param args none
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Runs the comparison and prints the report.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Map<CalendarType, WorkdayCalendar> calendars = new EnumMap<>(CalendarType.class);
    for (CalendarType type : CalendarType.values()) {
      calendars.put(type, type.create());
    }
    WorkdayCalendar reference = calendars.get(CalendarType.HOTLINE);

    out.printf(Locale.ROOT, "Start dates %s to %s, N in {1, 3, 5, 10, 20}: %,d queries per"
        + " library; Java %s.%n%n", FIRST, LAST, queries(), Runtime.version());
    out.println("| library | fed with | make-up working days taken as days off "
        + "| holidays (Mon-Fri) taken as working days | wrong `plusWorkingDays` "
        + "| of which a make-up day missed | of which a holiday missed "
        + "| wrong `workingDaysBetween` |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (CalendarType type : CalendarType.values()) {
      Tally tally = compare(reference, calendars.get(type));
      out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %,d (%.1f%%) | %,d | %,d | %,d (%.1f%%) |%n",
          type, fedWith(type), tally.misclassifiedWorkdays(), tally.misclassifiedHolidays(),
          tally.wrongPlus(), 100.0 * tally.wrongPlus() / tally.queries(), tally.missedWorkday(),
          tally.missedHoliday(), tally.wrongBetween(),
          100.0 * tally.wrongBetween() / tally.queries());
    }

    out.println();
    StringBuilder header = new StringBuilder("| query |");
    StringBuilder rule = new StringBuilder("|---|");
    for (CalendarType type : CalendarType.values()) {
      header.append(' ').append(type).append(" |");
      rule.append("---|");
    }
    out.println(header);
    out.println(rule);
    for (Object[] example : EXAMPLES) {
      LocalDate start = (LocalDate) example[0];
      int n = (Integer) example[1];
      LocalDate expected = reference.plusWorkingDays(start, n);
      StringBuilder row = new StringBuilder("| " + start + " " + start.getDayOfWeek()
          .toString().substring(0, 3).toLowerCase(Locale.ROOT) + " + " + n + " |");
      for (CalendarType type : CalendarType.values()) {
        LocalDate answer = calendars.get(type).plusWorkingDays(start, n);
        String day = answer + " " + answer.getDayOfWeek().toString().substring(0, 3)
            .toLowerCase(Locale.ROOT);
        row.append(' ').append(answer.equals(expected) ? day : "**" + day + "** (wrong)")
            .append(" |");
      }
      out.println(row);
    }
  }

  private static String fedWith(CalendarType type) {
    return switch (type) {
      case HOTLINE -> ChinaSchedule.holidays().size() + " holidays, "
          + ChinaSchedule.makeUpWorkingDays().size() + " make-up working days";
      case OBJECTLAB, JOLLYDAY -> ChinaSchedule.holidays().size() + " dated holidays";
      case TASKANA -> ChinaSchedule.holidaysInEveryYear().size() + " yearly holidays "
          + ChinaSchedule.holidaysInEveryYear();
    };
  }

  private static int queries() {
    return (int) (FIRST.datesUntil(LAST.plusDays(1)).count() * NS.length);
  }

  private static Tally compare(WorkdayCalendar reference, WorkdayCalendar library) {
    int workdays = 0;
    int holidays = 0;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      boolean expected = reference.isWorkingDay(day);
      if (expected != library.isWorkingDay(day)) {
        if (expected) {
          workdays++;
        } else {
          holidays++;
        }
      }
    }
    int queries = 0;
    int wrongPlus = 0;
    int missedWorkday = 0;
    int missedHoliday = 0;
    int wrongBetween = 0;
    for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusDays(1)) {
      for (int n : NS) {
        queries++;
        LocalDate expected = reference.plusWorkingDays(start, n);
        LocalDate answer = library.plusWorkingDays(start, n);
        if (!answer.equals(expected)) {
          wrongPlus++;
          List<Boolean> causes = causes(reference, library, start,
              answer.isAfter(expected) ? answer : expected);
          if (causes.contains(Boolean.TRUE)) {
            missedWorkday++;
          }
          if (causes.contains(Boolean.FALSE)) {
            missedHoliday++;
          }
        }
        if (library.workingDaysBetween(start, expected) != n) {
          wrongBetween++;
        }
      }
    }
    return new Tally(workdays, holidays, queries, wrongPlus, missedWorkday, missedHoliday,
        wrongBetween);
  }

  /**
   * The disagreements in {@code (start, end]}: {@code true} for a working day the library
   * takes for a day off, {@code false} for a day off it takes for a working day.
   */
  private static List<Boolean> causes(WorkdayCalendar reference, WorkdayCalendar library,
      LocalDate start, LocalDate end) {
    List<Boolean> causes = new ArrayList<>();
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      boolean expected = reference.isWorkingDay(day);
      if (expected != library.isWorkingDay(day)) {
        causes.add(expected);
      }
    }
    return causes;
  }
}
