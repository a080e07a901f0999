package org.hotline12345.benchmarks.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic of every {@link CalendarType} on one workload: from start dates spread
 * over 2015 to 2024, add N working days ({@link #plusWorkingDays}), and count the working days
 * over the same spans ({@link #workingDaysBetween}).
 *
 * <p>The start dates are drawn once, with a fixed seed, into an array that the benchmark
 * cycles through, so that no library is measured on one lucky date. The end dates of the
 * spans are the Hotline SDK's answers, so that every library counts over the same spans.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WorkingDayBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayBenchmark {

  /** How many start dates are cycled through: a power of two. */
  static final int DATES = 1 << 10;

  /** The seed of the start dates, fixed so that every run measures the same workload. */
  static final long SEED = 12345L;

  /** The first start date. */
  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

  /** The last start date. */
  static final LocalDate LAST = LocalDate.of(2024, 12, 31);

  /** The library measured. */
  @Param
  public CalendarType type;

  /** The working days added, and counted. */
  @Param({"2", "20", "200", "2000"})
  public int n;

  private WorkdayCalendar calendar;
  private LocalDate[] starts;
  private LocalDate[] ends;
  private int next;

  /** Creates the benchmark state; JMH fills in the parameters. */
  public WorkingDayBenchmark() {}

  /** Loads the library's calendar and draws the workload. */
  @Setup
  public void setUp() {
    calendar = type.create();
    starts = startDates(DATES, SEED);
    ends = new LocalDate[DATES];
    for (int i = 0; i < DATES; i++) {
      ends[i] = ChinaSchedule.calendar().plusWorkingDays(starts[i], n);
    }
  }

  /**
   * Start dates drawn uniformly from {@link #FIRST} to {@link #LAST}.
   *
   * @param count how many
   * @param seed the seed
   * @return the dates, in the order drawn
   */
  static LocalDate[] startDates(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long days = ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    LocalDate[] dates = new LocalDate[count];
    for (int i = 0; i < count; i++) {
      dates[i] = FIRST.plusDays(random.nextLong(days));
    }
    return dates;
  }

  /**
   * Adds N working days to the next start date.
   *
   * @return the working day reached
   */
  @Benchmark
  public LocalDate plusWorkingDays() {
    int i = next++ & (DATES - 1);
    return calendar.plusWorkingDays(starts[i], n);
  }

  /**
   * Counts the working days from the next start date to the end of its span.
   *
   * @return the working days
   */
  @Benchmark
  public long workingDaysBetween() {
    int i = next++ & (DATES - 1);
    return calendar.workingDaysBetween(starts[i], ends[i]);
  }
}
