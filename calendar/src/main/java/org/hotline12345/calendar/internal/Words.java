package org.hotline12345.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;

/**
 * The words of a deadline's explanation in one language: dates and ranges of dates, the
 * limit, the reasons a day was skipped, and the sentences {@link ExplanationText} strings
 * together. A date shows its year only when the year differs from the start's, except in the
 * first and last sentences, which always show it.
 */
abstract class Words {

  /** How the deadline falls. */
  enum Due {
    /** At 24:00 of the last day. */
    END_OF_DAY,
    /** At the close of business of the last day. */
    CLOSE_OF_BUSINESS,
    /** At the instant an hour limit runs out. */
    INSTANT
  }

  /** The fixed phrases of a language. */
  record Phrases(String paused, String colon, String outsideOfficeHours, String open, String close, String counted,
      String ofWhich, String makeUpSeparator, String skipped, String hours, String minutes, String seconds,
      String unitSeparator) {}

  /** The year of the start: dates of that year are written without it. */
  final int year;
  private final Phrases p;

  Words(int year, Phrases phrases) {
    this.year = year;
    this.p = phrases;
  }

  /** Why a day was skipped while the clock was paused: {@code paused: <reason>}. */
  final String paused(Optional<String> reason) {
    return reason.map(r -> p.paused() + p.colon() + r).orElse(p.paused());
  }

  /** Why a working day of an hour limit counted nothing. */
  final String outsideOfficeHours() {
    return p.outsideOfficeHours();
  }

  /** A remark in brackets, after what it explains. */
  final String aside(String text) {
    return p.open() + text + p.close();
  }

  /** The days counted, the make-up working days among them, and the days skipped. */
  final String countedAndSkipped(String counted, List<String> makeUps, List<String> skipped) {
    StringBuilder s = new StringBuilder(p.counted()).append(counted);
    if (!makeUps.isEmpty()) {
      s.append(p.ofWhich()).append(String.join(p.makeUpSeparator(), makeUps));
    }
    if (!skipped.isEmpty()) {
      s.append(p.skipped()).append(list(skipped));
    }
    return s.toString();
  }

  /** A length of time in hours, minutes and seconds, leaving out the parts that are zero. */
  final String duration(Duration d) {
    List<String> parts = new ArrayList<>();
    if (d.toHours() > 0) {
      parts.add(d.toHours() + p.hours());
    }
    if (d.toMinutesPart() > 0) {
      parts.add(d.toMinutesPart() + p.minutes());
    }
    if (d.toSecondsPart() > 0 || parts.isEmpty()) {
      parts.add(d.toSecondsPart() + p.seconds());
    }
    return String.join(p.unitSeparator(), parts);
  }

  abstract String started(ZonedDateTime start, TimeLimit limit, TimeLimit extendedTo, boolean dayBased);

  abstract String timeOn(Duration time, LocalDate[] range, boolean perDay);

  abstract String makeUps(List<LocalDate> dates, String festival);

  abstract String festival(String name);

  abstract String weekend(LocalDate single, int length);

  abstract String holiday(String festival);

  abstract String rollOver(LocalDate lastCounted, LocalDate lastDay);

  abstract String extension(TimeLimit amount, Optional<String> reason, String added);

  abstract String extensions(List<String> parts);

  abstract String pause(ZonedDateTime from, ZonedDateTime to, Optional<String> reasons, boolean dayBased,
      Duration skipped);

  abstract String provisional(List<Integer> years);

  abstract String due(ZonedDateTime dueAt, LocalDate lastDay, Due kind);

  abstract String sentences(List<String> sentences);

  abstract String list(List<String> parts);

  /** A date and time with its weekday and year. */
  abstract String fullDateTime(ZonedDateTime t);

  /** A date, its year shown only when it is not the start's. */
  abstract String date(LocalDate date);

  /** Dates, as a list. */
  final String dates(List<LocalDate> dates) {
    List<String> shown = new ArrayList<>();
    dates.forEach(d -> shown.add(date(d)));
    return list(shown);
  }

  abstract String range(LocalDate[] range);

  /** A group of ranges, each within the same month, written with the month once. */
  abstract String sameMonth(List<LocalDate[]> group);

  /** Ranges in order, those of one month written together: {@code 9-11 and 13-14 October}. */
  final String ranges(List<LocalDate[]> ranges) {
    List<String> parts = new ArrayList<>();
    List<LocalDate[]> group = new ArrayList<>();
    for (LocalDate[] r : ranges) {
      boolean oneMonth = r[0].getYear() == r[1].getYear() && r[0].getMonth() == r[1].getMonth();
      if (!group.isEmpty() && (!oneMonth || !sameMonthAs(group.get(0)[0], r[0]))) {
        parts.add(sameMonth(group));
        group.clear();
      }
      if (oneMonth) {
        group.add(r);
      } else {
        parts.add(range(r));
      }
    }
    if (!group.isEmpty()) {
      parts.add(sameMonth(group));
    }
    return list(parts);
  }

  private static boolean sameMonthAs(LocalDate a, LocalDate b) {
    return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
  }
}
