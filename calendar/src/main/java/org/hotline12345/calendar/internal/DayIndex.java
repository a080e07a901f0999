package org.hotline12345.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * The precomputed working-day index behind a calendar: constant-time working-day arithmetic.
 *
 * <p>Every day is numbered by {@code G(x)}, the count of working days up to and including
 * {@code x} from a fixed reference Monday. Inside the span of the dated exceptions the counts
 * are read from an {@code int[]} of cumulative counts, and the working days themselves from a
 * {@code LocalDate[]}; outside that span no exception exists, so the weekly pattern gives
 * {@code G} in closed form. Adding N working days is therefore one count lookup and one
 * inverse lookup, whatever N is, and allocates nothing for results from 1970 to 2100 (the
 * dates are shared instances).
 *
 * <p>Immutable and thread-safe.
 */
public final class DayIndex {

  /** 1970-01-05, a Monday: week arithmetic is done relative to it. */
  private static final long REFERENCE_MONDAY = 4L;

  private final boolean[] weeklyWorking = new boolean[7];
  /** prefix[i]: working weekdays among weekday 0..i of a week (0 = Monday). */
  private final int[] prefix = new int[7];
  /** position[r]: the weekday (0 = Monday) of the (r+1)-th working weekday of a week. */
  private final int[] position;
  private final int perWeek;

  private final long first;
  private final long last;
  private final int[] cumulative;
  private final LocalDate[] workingDays;
  /** G(first - 1), equal to the pattern count there. */
  private final long beforeFirst;
  /** G(x) - P(x) for every x after the indexed span. */
  private final long afterLastOffset;

  /**
   * Builds the index.
   *
   * @param workingWeek the days of the week that are working days when no exception applies
   * @param exceptions effective exceptions: {@code true} for a working day, {@code false} for a
   *     day off
   */
  public DayIndex(Set<DayOfWeek> workingWeek, NavigableMap<LocalDate, Boolean> exceptions) {
    int count = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean working = workingWeek.contains(day);
      weeklyWorking[day.ordinal()] = working;
      if (working) {
        count++;
      }
      prefix[day.ordinal()] = count;
    }
    if (count == 0) {
      throw new IllegalArgumentException("workingWeek must contain at least one day of the week");
    }
    perWeek = count;
    position = new int[count];
    for (int i = 0, r = 0; i < 7; i++) {
      if (weeklyWorking[i]) {
        position[r++] = i;
      }
    }
    if (exceptions.isEmpty()) {
      first = 0;
      last = -1;
      cumulative = new int[0];
      workingDays = new LocalDate[0];
      beforeFirst = pattern(-1);
      afterLastOffset = 0;
      return;
    }
    first = exceptions.firstKey().withDayOfYear(1).toEpochDay();
    LocalDate lastKey = exceptions.lastKey();
    last = lastKey.withDayOfYear(lastKey.lengthOfYear()).toEpochDay();
    int span = Math.toIntExact(last - first + 1);
    cumulative = new int[span];
    int running = 0;
    for (int i = 0; i < span; i++) {
      long epochDay = first + i;
      if (workingByRule(epochDay, exceptions)) {
        running++;
      }
      cumulative[i] = running;
    }
    workingDays = new LocalDate[running];
    for (int i = 0, k = 0; i < span; i++) {
      if (cumulative[i] != (i == 0 ? 0 : cumulative[i - 1])) {
        workingDays[k++] = Days.of(first + i);
      }
    }
    beforeFirst = pattern(first - 1);
    afterLastOffset = beforeFirst + running - pattern(last);
  }

  private boolean workingByRule(long epochDay, Map<LocalDate, Boolean> exceptions) {
    Boolean exception = exceptions.get(LocalDate.ofEpochDay(epochDay));
    return exception != null ? exception : weeklyWorking[weekday(epochDay)];
  }

  private static int weekday(long epochDay) {
    return (int) Math.floorMod(epochDay - REFERENCE_MONDAY, 7L);
  }

  /** The weekly pattern's count of working days up to and including {@code epochDay}. */
  private long pattern(long epochDay) {
    long offset = epochDay - REFERENCE_MONDAY;
    return Math.floorDiv(offset, 7L) * perWeek + prefix[(int) Math.floorMod(offset, 7L)];
  }

  /** The earliest day whose pattern count is {@code count}: a working day of the pattern. */
  private long patternInverse(long count) {
    long week = Math.floorDiv(count - 1, (long) perWeek);
    int rank = (int) (count - 1 - week * perWeek);
    return REFERENCE_MONDAY + 7L * week + position[rank];
  }

  /** {@code G(x)}: working days up to and including the given day, from the reference. */
  public long count(LocalDate date) {
    long epochDay = date.toEpochDay();
    if (epochDay < first) {
      return pattern(epochDay);
    }
    if (epochDay > last) {
      return pattern(epochDay) + afterLastOffset;
    }
    return beforeFirst + cumulative[(int) (epochDay - first)];
  }

  /** The working day whose count {@code G} is exactly {@code count}. */
  public LocalDate workingDayNumber(long count) {
    if (count <= beforeFirst) {
      return Days.of(patternInverse(count));
    }
    long inIndex = count - beforeFirst;
    if (inIndex > workingDays.length) {
      return Days.of(patternInverse(count - afterLastOffset));
    }
    return workingDays[(int) (inIndex - 1)];
  }

  /** Whether the day is a working day, exceptions included. */
  public boolean isWorkingDay(LocalDate date) {
    long epochDay = date.toEpochDay();
    if (epochDay < first || epochDay > last) {
      return weeklyWorking[weekday(epochDay)];
    }
    int i = (int) (epochDay - first);
    return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1]);
  }
}
