package org.hotline12345.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline12345.calendar.internal.Texts;

/**
 * A time limit (办理时限): an amount of a unit, such as "sign for within 2 hours" or "resolve
 * within 5 working days". A {@link WorkingCalendar} turns a limit and a start into a
 * {@link Deadline}.
 *
 * <p>The units count as follows (see {@link WorkingCalendar#deadline(java.time.Instant,
 * TimeLimit)}):
 * <ul>
 *   <li>{@link Unit#HOURS}: natural hours, around the clock;</li>
 *   <li>{@link Unit#WORKING_HOURS}: only office hours of working days;</li>
 *   <li>{@link Unit#WORKING_DAYS}: the start's own day is not counted (Civil Code art. 201);
 *       the deadline is the end of the N-th working day after it;</li>
 *   <li>{@link Unit#CALENDAR_DAYS}: likewise with every day counted; when the last day is not a
 *       working day the period ends with the next working day (Civil Code art. 203), unless
 *       {@link #withoutRollOver()} says otherwise.</li>
 * </ul>
 * A day-based limit ends at 24:00 of its last day unless {@link #endingAtCloseOfBusiness()}
 * says it ends at the office closing time.
 *
 * <p><b>Bounds.</b> An amount is at least 1 and at most about a hundred years' worth of its
 * unit: {@value #MAX_HOURS} hours, {@value #MAX_WORKING_HOURS} working hours,
 * {@value #MAX_WORKING_DAYS} working days, {@value #MAX_CALENDAR_DAYS} calendar days (see
 * {@link Unit#maxAmount()}). Every factory, {@link #parse(CharSequence)} and
 * {@link #plus(TimeLimit)} refuse a larger amount, so every limit that exists can be written
 * and read back, and turned into a deadline within the calendar's supported dates.
 *
 * <p>Immutable and thread-safe; {@link #toString()} and {@link #parse(CharSequence)} are
 * inverses for every limit: {@code "5 working days"}, {@code "2 hours"}, {@code "15 calendar
 * days, at close of business, without roll-over"}.
 */
public final class TimeLimit {

  /** The most working days a limit may count: 36,600, about a hundred years. */
  public static final long MAX_WORKING_DAYS = 36_600;

  /** The most calendar days a limit may count: 36,600, about a hundred years. */
  public static final long MAX_CALENDAR_DAYS = 36_600;

  /** The most natural hours a limit may count: 878,400, that is 36,600 days of 24 hours. */
  public static final long MAX_HOURS = 878_400;

  /**
   * The most working hours a limit may count: 878,400, that is 36,600 working days even of
   * round-the-clock office hours.
   */
  public static final long MAX_WORKING_HOURS = 878_400;

  /** What a time limit counts. */
  public enum Unit {
    /** Natural hours (小时), around the clock. */
    HOURS("hour", MAX_HOURS),
    /** Hours within office hours on working days (工作时). */
    WORKING_HOURS("working hour", MAX_WORKING_HOURS),
    /** Working days (工作日). */
    WORKING_DAYS("working day", MAX_WORKING_DAYS),
    /** Calendar days (自然日). */
    CALENDAR_DAYS("calendar day", MAX_CALENDAR_DAYS);

    private final String singular;
    private final long maxAmount;

    Unit(String singular, long maxAmount) {
      this.singular = singular;
      this.maxAmount = maxAmount;
    }

    /**
     * The largest amount a limit of this unit may have, about a hundred years' worth.
     *
     * @return {@link #MAX_HOURS}, {@link #MAX_WORKING_HOURS}, {@link #MAX_WORKING_DAYS} or
     *     {@link #MAX_CALENDAR_DAYS}
     */
    public long maxAmount() {
      return maxAmount;
    }

    private String plural() {
      return singular + "s";
    }

    /**
     * Whether the unit counts whole days.
     *
     * @return true for working days and calendar days
     */
    public boolean isDayBased() {
      return this == WORKING_DAYS || this == CALENDAR_DAYS;
    }
  }

  /** When the last day of a day-based limit ends. */
  public enum DayEnd {
    /** At 24:00, the start of the next day. */
    MIDNIGHT,
    /** At the office closing time of the calendar. */
    CLOSE_OF_BUSINESS
  }

  private static final Pattern TEXT = Pattern.compile(
      "(\\d{1,18}) (hour|working hour|working day|calendar day)s?"
          + "(, at close of business)?(, without roll-over)?");
  /** Longer than any text {@link #toString()} writes: longer text is refused unread. */
  private static final int MAX_TEXT = 100;

  private final long amount;
  private final Unit unit;
  private final DayEnd dayEnd;
  private final boolean rollOver;

  private TimeLimit(long amount, Unit unit, DayEnd dayEnd, boolean rollOver) {
    this.amount = amount;
    this.unit = unit;
    this.dayEnd = dayEnd;
    this.rollOver = rollOver;
  }

  /**
   * A limit of the given amount and unit, ending at midnight, rolling over non-working days
   * when it counts calendar days.
   *
   * @param amount how many units, from 1 to {@link Unit#maxAmount() unit.maxAmount()}
   * @param unit the unit
   * @return the limit
   * @throws NullPointerException if unit is null
   * @throws IllegalArgumentException if amount is less than 1 or more than the unit's maximum
   */
  public static TimeLimit of(long amount, Unit unit) {
    Objects.requireNonNull(unit, "unit");
    checkAmount(amount, unit);
    return new TimeLimit(amount, unit, DayEnd.MIDNIGHT, unit == Unit.CALENDAR_DAYS);
  }

  private static void checkAmount(long amount, Unit unit) {
    if (amount < 1) {
      throw new IllegalArgumentException("amount must be at least 1, was " + amount);
    }
    if (amount > unit.maxAmount) {
      throw new IllegalArgumentException("amount must be at most " + unit.maxAmount + " "
          + unit.plural() + " (about a hundred years), was " + amount);
    }
  }

  /**
   * Natural hours.
   *
   * @param amount from 1 to {@link #MAX_HOURS}
   * @return the limit
   * @throws IllegalArgumentException if the amount is out of that range
   */
  public static TimeLimit hours(long amount) {
    return of(amount, Unit.HOURS);
  }

  /**
   * Working hours: office hours of working days.
   *
   * @param amount from 1 to {@link #MAX_WORKING_HOURS}
   * @return the limit
   * @throws IllegalArgumentException if the amount is out of that range
   */
  public static TimeLimit workingHours(long amount) {
    return of(amount, Unit.WORKING_HOURS);
  }

  /**
   * Working days.
   *
   * @param amount from 1 to {@link #MAX_WORKING_DAYS}
   * @return the limit
   * @throws IllegalArgumentException if the amount is out of that range
   */
  public static TimeLimit workingDays(long amount) {
    return of(amount, Unit.WORKING_DAYS);
  }

  /**
   * Calendar days, rolling a last day that is not a working day over to the next working day.
   *
   * @param amount from 1 to {@link #MAX_CALENDAR_DAYS}
   * @return the limit
   * @throws IllegalArgumentException if the amount is out of that range
   */
  public static TimeLimit calendarDays(long amount) {
    return of(amount, Unit.CALENDAR_DAYS);
  }

  /**
   * Parses the form {@link #toString()} writes.
   *
   * @param text for example {@code "5 working days"} or {@code "1 hour"}
   * @return the limit
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if the text is not of that form, or its amount is out of
   *     the unit's range
   */
  public static TimeLimit parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String plain = text.toString();
    Matcher m = plain.length() > MAX_TEXT ? null
        : TEXT.matcher(plain.strip().toLowerCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("time limit " + Texts.quote(plain)
          + " is not of the form '<n> hours|working hours|working days|calendar days'"
          + " [, at close of business] [, without roll-over]");
    }
    Unit unit = switch (m.group(2)) {
      case "hour" -> Unit.HOURS;
      case "working hour" -> Unit.WORKING_HOURS;
      case "working day" -> Unit.WORKING_DAYS;
      default -> Unit.CALENDAR_DAYS;
    };
    long amount = Long.parseLong(m.group(1));
    try {
      checkAmount(amount, unit);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("time limit " + Texts.quote(plain) + ": " + e.getMessage());
    }
    TimeLimit limit = of(amount, unit);
    if (m.group(3) != null) {
      limit = limit.endingAtCloseOfBusiness();
    }
    if (m.group(4) != null) {
      limit = limit.withoutRollOver();
    }
    return limit;
  }

  /**
   * This limit, ending at the office closing time of its last day instead of at 24:00.
   *
   * @return the limit
   * @throws IllegalStateException if the unit is not day-based
   */
  public TimeLimit endingAtCloseOfBusiness() {
    if (!unit.isDayBased()) {
      throw new IllegalStateException(
          "only a day-based limit can end at close of business, not " + this);
    }
    return new TimeLimit(amount, unit, DayEnd.CLOSE_OF_BUSINESS, rollOver);
  }

  /**
   * This calendar-day limit, ending on its last day even when that day is not a working day.
   *
   * @return the limit
   * @throws IllegalStateException if the unit is not calendar days
   */
  public TimeLimit withoutRollOver() {
    if (unit != Unit.CALENDAR_DAYS) {
      throw new IllegalStateException("only a calendar-day limit rolls over, not " + this);
    }
    return new TimeLimit(amount, unit, dayEnd, false);
  }

  /**
   * This limit with the other's amount added, as an extension adds to a limit; the day end
   * and roll-over stay this limit's.
   *
   * @param other a limit of the same unit
   * @return the sum
   * @throws NullPointerException if other is null
   * @throws IllegalArgumentException if the units differ, or the sum would exceed the unit's
   *     {@linkplain Unit#maxAmount() maximum}
   */
  public TimeLimit plus(TimeLimit other) {
    Objects.requireNonNull(other, "other");
    if (other.unit != unit) {
      throw new IllegalArgumentException("cannot add " + other + " to " + this
          + ": an extension must count in the limit's own unit (" + unit + ")");
    }
    long sum = amount + other.amount;
    if (sum > unit.maxAmount) {
      throw new IllegalArgumentException("cannot add " + other + " to " + this + ": the total of "
          + sum + " " + unit.plural() + " would exceed the maximum of " + unit.maxAmount + " "
          + unit.plural());
    }
    return new TimeLimit(sum, unit, dayEnd, rollOver);
  }

  /**
   * The amount.
   *
   * @return from 1 to the unit's {@linkplain Unit#maxAmount() maximum}
   */
  public long amount() {
    return amount;
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * When the last day of a day-based limit ends; {@link DayEnd#MIDNIGHT} for hour-based ones.
   *
   * @return the day end
   */
  public DayEnd dayEnd() {
    return dayEnd;
  }

  /**
   * Whether a calendar-day limit whose last day is not a working day ends with the next
   * working day instead; false for other units.
   *
   * @return the roll-over flag
   */
  public boolean rollsOver() {
    return rollOver;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeLimit that && amount == that.amount && unit == that.unit
        && dayEnd == that.dayEnd && rollOver == that.rollOver;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, unit, dayEnd, rollOver);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(amount).append(' ').append(unit.singular);
    if (amount != 1) {
      text.append('s');
    }
    if (dayEnd == DayEnd.CLOSE_OF_BUSINESS) {
      text.append(", at close of business");
    }
    if (unit == Unit.CALENDAR_DAYS && !rollOver) {
      text.append(", without roll-over");
    }
    return text.toString();
  }
}
