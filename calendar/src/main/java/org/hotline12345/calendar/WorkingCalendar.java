package org.hotline12345.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.hotline12345.calendar.internal.Texts;

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
 * <p><b>Supported dates.</b> Arithmetic (working days, working time, deadlines) works on
 * dates from {@link #MIN_SUPPORTED_DATE} (1900-01-01) to {@link #MAX_SUPPORTED_DATE}
 * (9999-12-31), reckoned in the calendar's zone. A date or instant outside them, given or
 * reached, is refused with a {@link DateTimeException} that says which and why; questions
 * about a single date ({@link #isWorkingDay}, {@link #specialDay}) are answered for any date.
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

  /** The first date the calendar's arithmetic supports: 1900-01-01. */
  public static final LocalDate MIN_SUPPORTED_DATE = LocalDate.of(1900, 1, 1);

  /** The last date the calendar's arithmetic supports: 9999-12-31. */
  public static final LocalDate MAX_SUPPORTED_DATE = LocalDate.of(9999, 12, 31);

  /** The longest identifier a calendar built in code may have, in characters. */
  public static final int MAX_ID_LENGTH = 100;

  /** Instants safely outside the supported dates in every zone (offsets are within 18 h). */
  private static final Instant BEFORE_SUPPORTED =
      MIN_SUPPORTED_DATE.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_SUPPORTED =
      MAX_SUPPORTED_DATE.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();

  private final String id;
  private final ZoneId zone;
  private final Set<DayOfWeek> workingWeek;
  private final OfficeHours officeHours;
  private final List<CalendarLayer> layers;
  private final boolean allYearsKnown;
  private final SortedSet<Integer> knownYears;
  private final NavigableMap<LocalDate, SpecialDay> specialDays;
  private final DayIndex index;
  /** The working-day counts of the first and last working days within the supported dates. */
  private final long firstSupportedCount;
  private final long lastSupportedCount;

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
    this.firstSupportedCount = index.count(MIN_SUPPORTED_DATE.minusDays(1)) + 1;
    this.lastSupportedCount = index.count(MAX_SUPPORTED_DATE);
  }

  /**
   * Starts a calendar built in code.
   *
   * @param id a stable identifier, for example {@code cn-mainland} or {@code us-ca-los-angeles}:
   *     one line of plain text, at most {@link #MAX_ID_LENGTH} characters
   * @param zone the zone in which its days and office hours are reckoned
   * @return a builder
   * @throws NullPointerException if id or zone is null
   * @throws IllegalArgumentException if the id is blank, too long, or not plain one-line text
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
      this.id = Texts.requireName(id, "id", MAX_ID_LENGTH);
      this.zone = zone;
    }

    /**
     * Sets the days of the week that are working days unless an exception says otherwise;
     * Monday to Friday if not set.
     *
     * @param first a working day of the week
     * @param rest the other working days of the week
     * @return this builder
     * @throws NullPointerException if an argument or an element of {@code rest} is null
     */
    public Builder workingWeek(DayOfWeek first, DayOfWeek... rest) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(rest, "rest");
      for (int i = 0; i < rest.length; i++) {
        Objects.requireNonNull(rest[i], "rest[" + i + "]");
      }
      this.workingWeek = EnumSet.of(first, rest);
      return this;
    }

    /**
     * Sets the office hours; a calendar without them cannot count working hours or end a
     * deadline at close of business.
     *
     * @param officeHours the office hours
     * @return this builder
     * @throws NullPointerException if officeHours is null
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
     * @throws NullPointerException if layer is null
     */
    public Builder layer(CalendarLayer layer) {
      layers.add(Objects.requireNonNull(layer, "layer"));
      return this;
    }

    /**
     * Declares that the official schedule of these years is complete in the layers, so that
     * deadlines in them are not provisional.
     *
     * @param years the years, each within the supported dates (1900 to 9999)
     * @return this builder
     * @throws NullPointerException if years is null or contains null
     * @throws IllegalArgumentException if a year is outside the supported dates
     */
    public Builder scheduleKnownFor(Collection<Integer> years) {
      Objects.requireNonNull(years, "years");
      List<Integer> checked = new ArrayList<>(years.size());
      for (Integer year : years) {
        checked.add(supportedYear(Objects.requireNonNull(year, "years must not contain null"),
            "years"));
      }
      knownYears.addAll(checked);
      return this;
    }

    /**
     * Declares the official schedule complete for every year from {@code firstYear} to
     * {@code lastYear}, both included.
     *
     * @param firstYear the first year, within the supported dates (1900 to 9999)
     * @param lastYear the last year, not before the first, within the supported dates
     * @return this builder
     * @throws IllegalArgumentException if a year is outside the supported dates or lastYear
     *     is before firstYear
     */
    public Builder scheduleKnownFor(int firstYear, int lastYear) {
      supportedYear(firstYear, "firstYear");
      supportedYear(lastYear, "lastYear");
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

    private static int supportedYear(int year, String name) {
      if (year < MIN_SUPPORTED_DATE.getYear() || year > MAX_SUPPORTED_DATE.getYear()) {
        throw new IllegalArgumentException(name + " must be from " + MIN_SUPPORTED_DATE.getYear()
            + " to " + MAX_SUPPORTED_DATE.getYear() + ", the years the calendar supports, was "
            + year);
      }
      return year;
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
   * @throws NullPointerException if layer is null
   */
  public WorkingCalendar withLayer(CalendarLayer layer) {
    Objects.requireNonNull(layer, "layer");
    List<CalendarLayer> stacked = new ArrayList<>(layers);
    stacked.add(layer);
    return new WorkingCalendar(id + "/" + layer.name(), zone, workingWeek, officeHours, stacked,
        allYearsKnown, knownYears);
  }

  /**
   * This calendar with a newly published official schedule (国务院办公厅关于某年部分节假日安排的通知):
   * the layer's special days on top of the layers so far, and every year in which it lists a
   * holiday {@linkplain #isScheduleKnown(int) known} from now on, so that deadlines reaching
   * those years are no longer provisional and can be {@linkplain Deadline#recomputedOn
   * recomputed}. The identifier stays this calendar's. A department's calendar layered on the
   * national one is best rebuilt on the new national calendar, so that its own days stay on top.
   *
   * <pre>{@code
   * CalendarLayer notice = CalendarLayer.readCsv(Path.of("cn-2027.csv"));
   * WorkingCalendar cn = WorkingCalendars.chinaMainland().withOfficialSchedule(notice);
   * cn.isScheduleKnown(2027);   // true
   * }</pre>
   *
   * @param schedule the official special days of the newly published year or years
   * @return the calendar
   * @throws NullPointerException if schedule is null
   */
  public WorkingCalendar withOfficialSchedule(CalendarLayer schedule) {
    Objects.requireNonNull(schedule, "schedule");
    List<CalendarLayer> stacked = new ArrayList<>(layers);
    stacked.add(schedule);
    SortedSet<Integer> known = new TreeSet<>(knownYears);
    known.addAll(schedule.holidayYears());
    return new WorkingCalendar(id, zone, workingWeek, officeHours, stacked, allYearsKnown, known);
  }

  /**
   * This calendar with other office hours.
   *
   * @param officeHours the office hours
   * @return the calendar
   * @throws NullPointerException if officeHours is null
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
   * @param date the date to count from, within the supported dates
   * @param n the working days to add, negative to go back
   * @return the working day reached, or {@code date} when n is 0
   * @throws NullPointerException if date is null
   * @throws DateTimeException if the date or the result is outside the supported dates
   *     ({@link #MIN_SUPPORTED_DATE} to {@link #MAX_SUPPORTED_DATE})
   */
  public LocalDate plusWorkingDays(LocalDate date, long n) {
    Objects.requireNonNull(date, "date");
    requireSupported(date, "date");
    if (n == 0) {
      return date;
    }
    if (n > 0) {
      long from = index.count(date);
      if (n > lastSupportedCount - from) {
        throw beyond(date + " plus " + n + " working days", MAX_SUPPORTED_DATE);
      }
      return index.workingDayNumber(from + n);
    }
    long before = index.count(date) - (index.isWorkingDay(date) ? 1 : 0);
    if (n < firstSupportedCount - before - 1) {
      throw beyond(date + " minus " + (n == Long.MIN_VALUE ? "2^63" : String.valueOf(-n))
          + " working days", MIN_SUPPORTED_DATE);
    }
    return index.workingDayNumber(before + n + 1);
  }

  /**
   * Subtracts working days: {@code plusWorkingDays(date, -n)}.
   *
   * @param date the date to count back from, within the supported dates
   * @param n the working days to go back
   * @return the working day reached, or {@code date} when n is 0
   * @throws NullPointerException if date is null
   * @throws DateTimeException if the date or the result is outside the supported dates
   */
  public LocalDate minusWorkingDays(LocalDate date, long n) {
    Objects.requireNonNull(date, "date");
    if (n == Long.MIN_VALUE) {
      requireSupported(date, "date");
      throw beyond(date + " plus 2^63 working days", MAX_SUPPORTED_DATE);
    }
    return plusWorkingDays(date, -n);
  }

  /**
   * The first working day after the date.
   *
   * @param date the date, within the supported dates
   * @return the next working day, never {@code date} itself
   * @throws NullPointerException if date is null
   * @throws DateTimeException if the date or the result is outside the supported dates
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * The last working day before the date.
   *
   * @param date the date, within the supported dates
   * @return the previous working day, never {@code date} itself
   * @throws NullPointerException if date is null
   * @throws DateTimeException if the date or the result is outside the supported dates
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
   * @param start the date counted from, itself never counted; within the supported dates
   * @param end the date counted to, within the supported dates
   * @return the working days, negative when {@code end} is before {@code start}
   * @throws NullPointerException if an argument is null
   * @throws DateTimeException if a date is outside the supported dates
   */
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    requireSupported(start, "start");
    requireSupported(end, "end");
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

  // ---------------------------------------------------------------- supported dates

  private static void requireSupported(LocalDate date, String name) {
    if (date.isBefore(MIN_SUPPORTED_DATE) || date.isAfter(MAX_SUPPORTED_DATE)) {
      throw new DateTimeException(name + " " + date + " is outside the dates the calendar"
          + " supports, " + MIN_SUPPORTED_DATE + " to " + MAX_SUPPORTED_DATE);
    }
  }

  /** A refusal of a date reached beyond the supported dates: "what falls after ...". */
  static DateTimeException beyond(String what, LocalDate limit) {
    return new DateTimeException(what + " falls " + (limit.equals(MAX_SUPPORTED_DATE)
        ? "after " : "before ") + limit + ", the " + (limit.equals(MAX_SUPPORTED_DATE)
        ? "last" : "first") + " date the calendar supports");
  }

  /**
   * The date of an instant in this calendar's zone, refused with a {@link DateTimeException}
   * naming {@code name} when it is outside the supported dates.
   */
  LocalDate dateOf(Instant instant, String name) {
    if (instant.isBefore(BEFORE_SUPPORTED) || instant.isAfter(AFTER_SUPPORTED)) {
      throw new DateTimeException(name + " " + instant + " is outside the dates the calendar"
          + " supports, " + MIN_SUPPORTED_DATE + " to " + MAX_SUPPORTED_DATE);
    }
    LocalDate date = instant.atZone(zone).toLocalDate();
    requireSupported(date, name + " " + instant + ", on");
    return date;
  }

  /**
   * Refuses, with a {@link DateTimeException} naming {@code name}, an instant before the start
   * of the first supported date or after the end (24:00) of the last, in this calendar's zone.
   */
  void requireSupported(Instant instant, String name) {
    if (instant.isBefore(BEFORE_SUPPORTED) || instant.isAfter(AFTER_SUPPORTED)
        || instant.isBefore(startOf(MIN_SUPPORTED_DATE))
        || instant.isAfter(startOf(MAX_SUPPORTED_DATE.plusDays(1)))) {
      throw new DateTimeException(name + " " + instant + " is outside the dates the calendar"
          + " supports, " + MIN_SUPPORTED_DATE + " to " + MAX_SUPPORTED_DATE);
    }
  }

  /**
   * The date of an instant reached by counting forward from a supported one, refused with a
   * {@link DateTimeException} saying that {@code what} falls after the supported dates.
   */
  LocalDate reachedDate(Instant instant, String what) {
    if (instant.isAfter(AFTER_SUPPORTED)
        || instant.atZone(zone).toLocalDate().isAfter(MAX_SUPPORTED_DATE)) {
      throw beyond(what, MAX_SUPPORTED_DATE);
    }
    return instant.atZone(zone).toLocalDate();
  }

  // ---------------------------------------------------------------- working time

  private OfficeHours requireOfficeHours(String purpose) {
    if (officeHours == null) {
      throw new IllegalStateException("calendar " + Texts.quote(id) + " has no office hours,"
          + " needed to " + purpose + "; set them with withOfficeHours(...)");
    }
    return officeHours;
  }

  /**
   * The office time on working days between two instants.
   *
   * @param from the first instant, within the supported dates
   * @param to the second instant, within the supported dates
   * @return the working time, negative if {@code to} is before {@code from}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the calendar has no office hours
   * @throws DateTimeException if an instant is outside the supported dates
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    requireOfficeHours("count working hours");
    dateOf(from, "from");
    dateOf(to, "to");
    return workingTime(from, to);
  }

  /**
   * The earliest instant by which the given office time on working days has elapsed after
   * {@code from}. A result at the end of a session is that session's close (12:00, not 13:30).
   *
   * @param from the instant to count from, within the supported dates
   * @param amount the working time, not negative
   * @return the instant reached
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative
   * @throws IllegalStateException if the calendar has no office hours
   * @throws DateTimeException if {@code from} or the result is outside the supported dates
   */
  public Instant plusWorkingTime(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, was " + amount);
    }
    requireOfficeHours("count working hours");
    dateOf(from, "from");
    return addWorkingTime(from, amount);
  }

  /** Office time between two instants within the supported dates; exact for any span. */
  Duration workingTime(Instant from, Instant to) {
    OfficeHours hours = requireOfficeHours("count working hours");
    if (to.isBefore(from)) {
      return workingTime(to, from).negated();
    }
    ZonedDateTime a = from.atZone(zone);
    ZonedDateTime b = to.atZone(zone);
    LocalDate da = a.toLocalDate();
    LocalDate db = b.toLocalDate();
    long wholeDays = index.count(db.minusDays(1)) - index.count(da.minusDays(1));
    long partA = index.isWorkingDay(da) ? hours.nanosBefore(a.toLocalTime()) : 0;
    long partB = index.isWorkingDay(db) ? hours.nanosBefore(b.toLocalTime()) : 0;
    return hours.dailyDuration().multipliedBy(wholeDays).plusNanos(partB - partA);
  }

  /**
   * The instant by which {@code amount} of office time has elapsed after {@code from} (within
   * the supported dates); a {@link DateTimeException} if it falls after them.
   */
  Instant addWorkingTime(Instant from, Duration amount) {
    OfficeHours hours = requireOfficeHours("count working hours");
    if (amount.isZero()) {
      return from;
    }
    ZonedDateTime t = from.atZone(zone);
    LocalDate day = t.toLocalDate();
    long daily = hours.dailyNanos();
    Duration left = amount;
    if (index.isWorkingDay(day)) {
      long before = hours.nanosBefore(t.toLocalTime());
      long restOfDay = daily - before;
      if (left.compareTo(Duration.ofNanos(restOfDay)) <= 0) {
        return at(day, hours.timeAfter(before + left.toNanos()));
      }
      left = left.minusNanos(restOfDay);
    }
    Duration perDay = Duration.ofNanos(daily);
    long daysLeft = lastSupportedCount - index.count(day);
    if (left.compareTo(perDay.multipliedBy(Math.max(0, daysLeft))) > 0) {
      throw beyond(day + " plus " + amount + " of working time", MAX_SUPPORTED_DATE);
    }
    long fullDays = left.minusNanos(1).dividedBy(perDay);
    long rest = left.minus(perDay.multipliedBy(fullDays)).toNanos();
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
   * <p>Every limit that {@link TimeLimit} accepts gets a deadline from every start within
   * the supported dates, unless the deadline itself would fall after
   * {@link #MAX_SUPPORTED_DATE}.
   *
   * @param start when the clock starts, for example when a case was dispatched; within the
   *     supported dates
   * @param limit the limit
   * @return the deadline, provisional if it needs a year whose schedule is not known
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the limit needs office hours and the calendar has none
   * @throws DateTimeException if the start or the deadline is outside the supported dates;
   *     the message names the limit and the start
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
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the limit needs office hours and the calendar has none
   * @throws DateTimeException if the start or the deadline is outside the supported dates
   * @see #deadline(Instant, TimeLimit)
   */
  public Deadline deadline(ZonedDateTime start, TimeLimit limit) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(limit, "limit");
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
    return "WorkingCalendar[" + Texts.escape(id) + ", " + zone + ", " + workingWeek + ", "
        + (officeHours == null ? "no office hours" : officeHours) + ", " + specialDays.size()
        + " special days, " + years + "]";
  }
}
