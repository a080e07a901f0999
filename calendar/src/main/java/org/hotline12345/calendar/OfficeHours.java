package org.hotline12345.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;

/**
 * The office hours (办公时间) of a working day: one or more sessions, for example
 * 09:00-12:00 and 13:30-17:30 with a lunch break between. They count the time of
 * {@linkplain TimeLimit#workingHours working-hour} limits and give the closing time for
 * deadlines that end at close of business.
 *
 * <p>Sessions are half-open, {@code [open, close)}, in ascending order, and do not overlap
 * or touch. Immutable and thread-safe.
 *
 * <pre>{@code
 * OfficeHours hours = OfficeHours.parse("09:00-12:00, 13:30-17:30");
 * hours.dailyDuration();   // PT7H
 * hours.closingTime();     // 17:30
 * }</pre>
 */
public final class OfficeHours {

  /** The most sessions a day's office hours may have. */
  public static final int MAX_SESSIONS = 24;

  /** The longest text {@link #parse(CharSequence)} reads, in characters. */
  private static final int MAX_TEXT = 1000;

  /**
   * One session of office hours.
   *
   * @param open the opening time
   * @param close the closing time, after {@code open}
   */
  public record Session(LocalTime open, LocalTime close) {
    /**
     * Checks the fields.
     *
     * @param open the opening time
     * @param close the closing time, after {@code open}
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code close} is not after {@code open}
     */
    public Session {
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
      if (!close.isAfter(open)) {
        throw new IllegalArgumentException(
            "session close (" + close + ") must be after its open (" + open + ")");
      }
    }

    /**
     * The session's length.
     *
     * @return close minus open
     */
    public Duration length() {
      return Duration.between(open, close);
    }

    @Override
    public String toString() {
      return open + "-" + close;
    }
  }

  private final List<Session> sessions;
  private final long dailyNanos;

  private OfficeHours(List<Session> sessions) {
    this.sessions = List.copyOf(sessions);
    long total = 0;
    for (Session s : this.sessions) {
      total += s.length().toNanos();
    }
    this.dailyNanos = total;
  }

  /**
   * Office hours of the given sessions.
   *
   * @param sessions at least one and at most {@link #MAX_SESSIONS} sessions, ascending, not
   *     overlapping or touching
   * @return the office hours
   * @throws NullPointerException if the list or a session is null
   * @throws IllegalArgumentException if the list is empty or too long, or the sessions
   *     overlap, touch or are out of order
   */
  public static OfficeHours of(List<Session> sessions) {
    Objects.requireNonNull(sessions, "sessions");
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("sessions must not be empty");
    }
    if (sessions.size() > MAX_SESSIONS) {
      throw new IllegalArgumentException("sessions must be at most " + MAX_SESSIONS + ", were "
          + sessions.size());
    }
    for (int i = 0; i < sessions.size(); i++) {
      Objects.requireNonNull(sessions.get(i), "sessions must not contain null");
      if (i > 0 && !sessions.get(i).open().isAfter(sessions.get(i - 1).close())) {
        throw new IllegalArgumentException("sessions must be ascending and apart: "
            + sessions.get(i) + " starts before or when " + sessions.get(i - 1) + " ends");
      }
    }
    return new OfficeHours(sessions);
  }

  /**
   * Office hours of a single session.
   *
   * @param open the opening time
   * @param close the closing time, after {@code open}
   * @return the office hours
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code close} is not after {@code open}
   */
  public static OfficeHours of(LocalTime open, LocalTime close) {
    return of(List.of(new Session(open, close)));
  }

  /**
   * Parses sessions written as {@code HH:mm-HH:mm}, separated by commas, for example
   * {@code "09:00-12:00, 13:30-17:30"}.
   *
   * @param text the text, at most 1,000 characters
   * @return the office hours
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if the text is too long or not of that form, or the
   *     sessions break the rules of {@link #of(List)}
   */
  public static OfficeHours parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("office hours " + Texts.quote(text) + " are longer than "
          + MAX_TEXT + " characters");
    }
    List<Session> sessions = new ArrayList<>();
    for (String part : text.toString().split(",")) {
      String[] ends = part.strip().split("-");
      if (ends.length != 2) {
        throw new IllegalArgumentException("office hours " + Texts.quote(text) + ": session "
            + Texts.quote(part.strip()) + " is not HH:mm-HH:mm");
      }
      try {
        sessions.add(new Session(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("office hours " + Texts.quote(text) + ": session "
            + Texts.quote(part.strip()) + " is not HH:mm-HH:mm", e);
      }
    }
    return of(sessions);
  }

  /**
   * The sessions, ascending.
   *
   * @return the sessions, unmodifiable
   */
  public List<Session> sessions() {
    return sessions;
  }

  /**
   * The opening time of the first session.
   *
   * @return the opening time
   */
  public LocalTime openingTime() {
    return sessions.get(0).open();
  }

  /**
   * The closing time of the last session: the close of business.
   *
   * @return the closing time
   */
  public LocalTime closingTime() {
    return sessions.get(sessions.size() - 1).close();
  }

  /**
   * The office time of one working day.
   *
   * @return the sum of the sessions' lengths
   */
  public Duration dailyDuration() {
    return Duration.ofNanos(dailyNanos);
  }

  /**
   * Whether the office is open at the given time of a working day.
   *
   * @param time the time of day
   * @return true if a session contains it
   * @throws NullPointerException if time is null
   */
  public boolean isOpenAt(LocalTime time) {
    Objects.requireNonNull(time, "time");
    for (Session s : sessions) {
      if (!time.isBefore(s.open()) && time.isBefore(s.close())) {
        return true;
      }
    }
    return false;
  }

  /** Office time of one day, in nanoseconds. */
  long dailyNanos() {
    return dailyNanos;
  }

  /** Office time of a working day that lies before the given time of day, in nanoseconds. */
  long nanosBefore(LocalTime time) {
    long sum = 0;
    long t = time.toNanoOfDay();
    for (Session s : sessions) {
      long open = s.open().toNanoOfDay();
      long close = s.close().toNanoOfDay();
      if (t <= open) {
        break;
      }
      sum += Math.min(t, close) - open;
    }
    return sum;
  }

  /**
   * The earliest time of day by which the given office time has elapsed.
   *
   * @param nanos office time into the day, in {@code (0, dailyNanos]}
   */
  LocalTime timeAfter(long nanos) {
    long left = nanos;
    for (Session s : sessions) {
      long length = s.close().toNanoOfDay() - s.open().toNanoOfDay();
      if (left <= length) {
        return LocalTime.ofNanoOfDay(s.open().toNanoOfDay() + left);
      }
      left -= length;
    }
    return closingTime();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OfficeHours that && sessions.equals(that.sessions);
  }

  @Override
  public int hashCode() {
    return sessions.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Session s : sessions) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(s);
    }
    return text.toString();
  }
}
