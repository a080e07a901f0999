package org.hotline12345.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hotline12345.calendar.internal.DayIndex;

/**
 * A working-day calendar (工作日历): which days are working days, the office hours, and the
 * time zone, so that time limits become deadlines that are correct to the day.
 *
 * <p>A calendar is a weekly pattern (Monday to Friday by default) overlaid by layers of
 * dated exceptions: official holidays that fall on weekdays and make-up working days (调休)
 * that fall on weekends. Layers stack: national first, then a region's additions, then a
 * department's own; <b>when two layers name the same date, the later (more specific) layer
 * wins</b>, so a department that keeps a service desk open on a national holiday adds a
 * {@link SpecialDay#workday workday} for it. The China mainland calendar ships with the
 * library: {@link WorkingCalendars#chinaMainland()}.
 *
 * <p>Working-day arithmetic runs on a precomputed index: {@link #plusWorkingDays} and
 * {@link #workingDaysBetween} cost the same for 2 days and for 2,000, and never walk day by
 * day. Outside the years that the layers cover the weekly pattern applies; a deadline that
 * needs a year whose official schedule is not {@linkplain #isScheduleKnown(int) known} is
 * {@linkplain Deadline#isProvisional() provisional}.
 *
 * <p>Immutable and thread-safe, in the manner of {@code java.time}: every {@code with}
 * method returns a new calendar. Null arguments throw {@link NullPointerException} naming the
 * parameter.
 *
 * <pre>{@code
 * WorkingCalendar cn = WorkingCalendars.chinaMainland();
 * cn.isWorkingDay(LocalDate.of(2024, 10, 12));                 // true: make-up Saturday
 * cn.plusWorkingDays(LocalDate.of(2024, 9, 30), 5);            // 2024-10-12: make-up Saturday
 * Deadline due = cn.deadline(ZonedDateTime.parse("2024-09-30T10:00+08:00[Asia/Shanghai]"),
 *     TimeLimit.workingDays(5));
 * due.lastDay();                                               // 2024-10-12
 * due.dueAt();                               // 2024-10-12T16:00:00Z, i.e. 24:00 Beijing time
 * }</pre>
 */
public final class WorkingCalendar {

  private final String id;
  private final ZoneId zone;
  private final Set<DayOfWeek> workingWeek;
  private final OfficeHours officeHours;
  private final List<CalendarLayer> layers;
  private final boolean allYearsKnown;
  private final SortedSet<Integer> knownYears;
  private final NavigableMap<LocalDate, SpecialDay> specialDays;
  private final DayIndex index;

  private WorkingCalendar(String id, ZoneId zone, Set<DayOfWeek> workingWeek,
      OfficeHours officeHours, List<CalendarLayer> layers, boolean allYearsKnown,
      SortedSet<Integer> knownYears) {
    this.id = id;
    this.zone = zone;
    this.workingWeek = Collections.unmodifiableSet(EnumSet.copyOf(workingWeek));
    this.officeHours = officeHours;
    this.layers = List.copyOf(layers);
    this.allYearsKnown = allYearsKnown;
    this.knownYears = Collections.unmodifiableSortedSet(new TreeSet<>(knownYears));
    NavigableMap<LocalDate, SpecialDay> effective = new TreeMap<>();
    NavigableMap<LocalDate, Boolean> working = new TreeMap<>();
    for (CalendarLayer layer : this.layers) {
      effective.putAll(layer.days());
    }
    for (SpecialDay day : effective.values()) {
      working.put(day.date(), day.isWorkingDay());
    }
    this.specialDays = Collections.unmodifiableNavigableMap(effective);
    this.index = new DayIndex(this.workingWeek, working);
  }

  /**
   * Starts a calendar built in code.
   *
   * @param id a stable identifier, for example {@code cn-mainland} or {@code us-ca-los-angeles}
   * @param zone the zone in which its days and office hours are reckoned
   * @return a builder
   * @throws IllegalArgumentException if the id is blank
   */
  public static Builder builder(String id, ZoneId zone) {
    return new Builder(id, zone);
  }

  /** Builds a {@link WorkingCalendar}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final ZoneId zone;
    private Set<DayOfWeek> workingWeek = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private OfficeHours officeHours;
    private final List<CalendarLayer> layers = new ArrayList<>();
    private boolean allYearsKnown;
    private final SortedSet<Integer> knownYears = new TreeSet<>();

    private Builder(String id, ZoneId zone) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(zone, "zone");
      if (id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      this.id = id;
      this.zone = zone;
    }

    /**
     * Sets the days of the week that are working days unless an exception says otherwise;
     * Monday to Friday if not set.
     *
     * @param first a working day of the week
     * @param rest the other working days of the week
     * @return this builder
     */
    public Builder workingWeek(DayOfWeek first, DayOfWeek... rest) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(rest, "rest");
      this.workingWeek = EnumSet.of(first, rest);
      return this;
    }

    /**
     * Sets the office hours; a calendar without them cannot count working hours or end a
     * deadline at close of business.
     *
     * @param officeHours the office hours
     * @return this builder
     */
    public Builder officeHours(OfficeHours officeHours) {
      this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
      return this;
    }

    /**
     * Adds a layer of special days on top of those added before.
     *
     * @param layer the layer
     * @return this builder
     */
    public Builder layer(CalendarLayer layer) {
      layers.add(Objects.requireNonNull(layer, "layer"));
      return this;
    }

    /**
     * Declares that the official schedule of these years is complete in the layers, so that
     * deadlines in them are not provisional.
     *
     * @param years the years
     * @return this builder
     */
    public Builder scheduleKnownFor(Collection<Integer> years) {
      Objects.requireNonNull(years, "years");
      for (Integer year : years) {
        knownYears.add(Objects.requireNonNull(year, "years must not contain null"));
      }
      return this;
    }

    /**
     * Declares the official schedule complete for every year from {@code firstYear} to
     * {@code lastYear}, both included.
     *
     * @param firstYear the first year
     * @param lastYear the last year, not before the first
     * @return this builder
     * @throws IllegalArgumentException if lastYear is before firstYear
     */
    public Builder scheduleKnownFor(int firstYear, int lastYear) {
      if (lastYear < firstYear) {
        throw new IllegalArgumentException(
            "lastYear (" + lastYear + ") must not be before firstYear (" + firstYear + ")");
      }
      for (int year = firstYear; year <= lastYear; year++) {
        knownYears.add(year);
      }
      return this;
    }

    /**
     * Declares the weekly pattern and the layers complete for every year, so that no deadline
     * is provisional: for a service that follows no published yearly schedule.
     *
     * @return this builder
     */
    public Builder scheduleKnownForAllYears() {
      allYearsKnown = true;
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(id, zone, workingWeek, officeHours, layers, allYearsKnown,
          knownYears);
    }
  }

  // ---------------------------------------------------------------- description

  /**
   * The identifier; a layered calendar's identifier is its base's, a slash, and the layer's
   * name.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * The zone in which days and office hours are reckoned.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The days of the week that are working days unless an exception says otherwise.
   *
   * @return the days, unmodifiable
   */
  public Set<DayOfWeek> workingWeek() {
    return workingWeek;
  }

  /**
   * The office hours, if set.
   *
   * @return the office hours, or empty
   */
  public Optional<OfficeHours> officeHours() {
    return Optional.ofNullable(officeHours);
  }

  /**
   * The layers of special days, lowest (national) first.
   *
   * @return the layers, unmodifiable
   */
  public List<CalendarLayer> layers() {
    return layers;
  }

  /**
   * The special days in force after layering, by date.
   *
   * @return the special days, unmodifiable
   */
  public NavigableMap<LocalDate, SpecialDay> specialDays() {
    return specialDays;
  }

  /**
   * The special day in force on the given date, if any.
   *
   * @param date the date
   * @return the holiday or make-up working day, or empty on an ordinary day
   */
  public Optional<SpecialDay> specialDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(specialDays.get(date));
  }

  /**
   * Whether the official schedule of the year is known, so that deadlines in it are final.
   *
   * @param year the year
   * @return true if it is known
   */
  public boolean isScheduleKnown(int year) {
    return allYearsKnown || knownYears.contains(year);
  }

  /**
   * Whether the schedule is known for every year from the first date's to the second's.
   *
   * @param from the first date
   * @param to the last date, or a date before {@code from} for an empty range
   * @return true if every year in the range is known
   */
  boolean isScheduleKnownBetween(LocalDate from, LocalDate to) {
    if (allYearsKnown) {
      return true;
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!knownYears.contains(year)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- modifiers

  /**
   * This calendar with a layer on top: a region's or a department's own special days, which
   * win over this calendar's on the same date. The known years stay this calendar's.
   *
   * @param layer the layer
   * @return the layered calendar, with the id {@code id() + "/" + layer.name()}
   */
  public WorkingCalendar withLayer(CalendarLayer layer) {
    Objects.requireNonNull(layer, "layer");
    List<CalendarLayer> stacked = new ArrayList<>(layers);
    stacked.add(layer);
    return new WorkingCalendar(id + "/" + layer.name(), zone, workingWeek, officeHours, stacked,
        allYearsKnown, knownYears);
  }

  /**
   * This calendar with other office hours.
   *
   * @param officeHours the office hours
   * @return the calendar
   */
  public WorkingCalendar withOfficeHours(OfficeHours officeHours) {
    Objects.requireNonNull(officeHours, "officeHours");
    return new WorkingCalendar(id, zone, workingWeek, officeHours, layers, allYearsKnown,
        knownYears);
  }

  // ---------------------------------------------------------------- working days

  /**
   * Whether the date is a working day: a make-up working day, or a day of the working week
   * that is not a holiday.
   *
   * @param date the date
   * @return true on a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return index.isWorkingDay(date);
  }

  /**
   * Adds working days. For {@code n > 0} the result is the n-th working day after
   * {@code date} (the date itself is not counted, whether or not it is a working day); for
   * {@code n < 0} the |n|-th working day before it; for {@code n = 0} the date itself.
   * Constant time, whatever n.
   *
   * @param date the date to count from
   * @param n the working days to add, negative to go back
   * @return the working day reached, or {@code date} when n is 0
   * @throws java.time.DateTimeException if the result is outside the supported date range
   */
  public LocalDate plusWorkingDays(LocalDate date, long n) {
    Objects.requireNonNull(date, "date");
    if (n == 0) {
      return date;
    }
    if (n > 0) {
      return index.workingDayNumber(Math.addExact(index.count(date), n));
    }
    long before = index.count(date) - (index.isWorkingDay(date) ? 1 : 0);
    return index.workingDayNumber(Math.addExact(before, n + 1));
  }

  /**
   * Subtracts working days: {@code plusWorkingDays(date, -n)}.
   *
   * @param date the date to count back from
   * @param n the working days to go back
   * @return the working day reached, or {@code date} when n is 0
   */
  public LocalDate minusWorkingDays(LocalDate date, long n) {
    return plusWorkingDays(date, Math.negateExact(n));
  }

  /**
   * The first working day after the date.
   *
   * @param date the date
   * @return the next working day, never {@code date} itself
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * The last working day before the date.
   *
   * @param date the date
   * @return the previous working day, never {@code date} itself
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  /**
   * Counts working days the way {@link #plusWorkingDays} adds them, so that
   * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every n. Counting forward
   * ({@code end} not before {@code start}) the result is the number of working days after
   * {@code start} up to and including {@code end}; counting back, minus the number of working
   * days from {@code end} included up to {@code start} excluded. Constant time.
   *
   * @param start the date counted from, itself never counted
   * @param end the date counted to
   * @return the working days, negative when {@code end} is before {@code start}
   */
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isBefore(start)) {
      return index.count(end) - index.count(start);
    }
    long startBefore = index.count(start) - (index.isWorkingDay(start) ? 1 : 0);
    long endBefore = index.count(end) - (index.isWorkingDay(end) ? 1 : 0);
    return endBefore - startBefore;
  }

  /** Working days up to and including the date, from a fixed reference. */
  long workingDayCount(LocalDate date) {
    return index.count(date);
  }

  /** The working day with the given {@link #workingDayCount}. */
  LocalDate workingDayNumbered(long count) {
    return index.workingDayNumber(count);
  }

  // ---------------------------------------------------------------- working time

  private OfficeHours requireOfficeHours(String purpose) {
    if (officeHours == null) {
      throw new IllegalStateException("calendar '" + id + "' has no office hours, needed to "
          + purpose + "; set them with withOfficeHours(...)");
    }
    return officeHours;
  }

  /**
   * The office time on working days between two instants.
   *
   * @param from the first instant
   * @param to the second instant
   * @return the working time, negative if {@code to} is before {@code from}
   * @throws IllegalStateException if the calendar has no office hours
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return Duration.ofNanos(workingNanos(from, to));
  }

  /**
   * The earliest instant by which the given office time on working days has elapsed after
   * {@code from}. A result at the end of a session is that session's close (12:00, not 13:30).
   *
   * @param from the instant to count from
   * @param amount the working time, not negative
   * @return the instant reached
   * @throws IllegalArgumentException if the amount is negative
   * @throws IllegalStateException if the calendar has no office hours
   */
  public Instant plusWorkingTime(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, was " + amount);
    }
    return plusWorkingNanos(from, amount.toNanos());
  }

  long workingNanos(Instant from, Instant to) {
    OfficeHours hours = requireOfficeHours("count working hours");
    if (to.isBefore(from)) {
      return -workingNanos(to, from);
    }
    ZonedDateTime a = from.atZone(zone);
    ZonedDateTime b = to.atZone(zone);
    LocalDate da = a.toLocalDate();
    LocalDate db = b.toLocalDate();
    long wholeDays = index.count(db.minusDays(1)) - index.count(da.minusDays(1));
    long partA = index.isWorkingDay(da) ? hours.nanosBefore(a.toLocalTime()) : 0;
    long partB = index.isWorkingDay(db) ? hours.nanosBefore(b.toLocalTime()) : 0;
    return Math.addExact(Math.multiplyExact(wholeDays, hours.dailyNanos()), partB - partA);
  }

  Instant plusWorkingNanos(Instant from, long nanos) {
    OfficeHours hours = requireOfficeHours("count working hours");
    if (nanos == 0) {
      return from;
    }
    ZonedDateTime t = from.atZone(zone);
    LocalDate day = t.toLocalDate();
    long daily = hours.dailyNanos();
    long left = nanos;
    if (index.isWorkingDay(day)) {
      long before = hours.nanosBefore(t.toLocalTime());
      if (left <= daily - before) {
        return at(day, hours.timeAfter(before + left));
      }
      left -= daily - before;
    }
    long fullDays = (left - 1) / daily;
    long rest = left - fullDays * daily;
    return at(plusWorkingDays(day, fullDays + 1), hours.timeAfter(rest));
  }

  Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  LocalTime closingTime() {
    return requireOfficeHours("end a deadline at close of business").closingTime();
  }

  // ---------------------------------------------------------------- deadlines

  /**
   * The deadline of a time limit started at an instant, with the semantics described at
   * {@link TimeLimit}: working days are counted from the first working day after the start's
   * date (Civil Code art. 201) and end at 24:00 of the last counted day, or at close of
   * business when the limit says so; natural hours run around the clock; working hours
   * count office hours of working days only.
   *
   * @param start when the clock starts, for example when a case was dispatched
   * @param limit the limit
   * @return the deadline, provisional if it needs a year whose schedule is not known
   * @throws IllegalStateException if the limit needs office hours and the calendar has none
   */
  public Deadline deadline(Instant start, TimeLimit limit) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(limit, "limit");
    return new Deadline(this, start, limit, List.of(), List.of());
  }

  /**
   * The deadline of a time limit started at a zoned date-time; the start is reckoned in this
   * calendar's zone, whatever zone it carries.
   *
   * @param start when the clock starts
   * @param limit the limit
   * @return the deadline
   * @see #deadline(Instant, TimeLimit)
   */
  public Deadline deadline(ZonedDateTime start, TimeLimit limit) {
    Objects.requireNonNull(start, "start");
    return deadline(start.toInstant(), limit);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingCalendar that && id.equals(that.id) && zone.equals(that.zone)
        && workingWeek.equals(that.workingWeek) && Objects.equals(officeHours, that.officeHours)
        && allYearsKnown == that.allYearsKnown && knownYears.equals(that.knownYears)
        && specialDays.equals(that.specialDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, zone, workingWeek, officeHours, knownYears, specialDays.size());
  }

  @Override
  public String toString() {
    String years = allYearsKnown ? "all years"
        : knownYears.isEmpty() ? "no official schedule"
        : knownYears.first() + "-" + knownYears.last() + " known";
    return "WorkingCalendar[" + id + ", " + zone + ", " + workingWeek + ", "
        + (officeHours == null ? "no office hours" : officeHours) + ", " + specialDays.size()
        + " special days, " + years + "]";
  }
}
