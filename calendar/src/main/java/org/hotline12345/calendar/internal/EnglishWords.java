package org.hotline12345.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.TimeLimit;

/** The words of a deadline's explanation in English, festivals of the China mainland schedule translated. */
final class EnglishWords extends Words {

  /** Festivals of the China mainland schedule, by the names the State Council's notices use. */
  private static final Map<String, String> FESTIVALS = Map.ofEntries(
      Map.entry("元旦", "New Year's Day"), Map.entry("春节", "Spring Festival"),
      Map.entry("清明节", "Qingming Festival"), Map.entry("劳动节", "Labour Day"),
      Map.entry("“五一”", "Labour Day"), Map.entry("“五一”国际劳动节", "Labour Day"),
      Map.entry("端午节", "Dragon Boat Festival"), Map.entry("中秋节", "Mid-Autumn Festival"),
      Map.entry("国庆节", "National Day"), Map.entry("“十一”", "National Day"),
      Map.entry("抗日战争暨世界反法西斯战争胜利70周年纪念日", "the 70th anniversary of victory in the War of Resistance"));

  EnglishWords(int year) {
    super(year, new Phrases("paused", ": ", "no office time counted", " (", ")", "Counted ", ", of which ", ", ",
        "; skipped ", " h", " min", " s", " "));
  }

  @Override
  String date(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d) + (d.getYear() == year ? "" : " " + d.getYear());
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String fullDate(LocalDate d) {
    return weekday(d) + " " + d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
  }

  private String at(ZonedDateTime t) {
    return ExplanationText.clock(t) + " on " + weekday(t.toLocalDate()) + " " + date(t.toLocalDate());
  }

  private static String limit(TimeLimit limit) {
    String unit = switch (limit.unit()) {
      case HOURS -> "hour";
      case WORKING_HOURS -> "working hour";
      case WORKING_DAYS -> "working day";
      case CALENDAR_DAYS -> "calendar day";
    };
    return limit.amount() + " " + unit + (limit.amount() == 1 ? "" : "s");
  }

  @Override
  String started(ZonedDateTime start, TimeLimit limit, TimeLimit extendedTo, boolean dayBased) {
    return "The clock started on " + fullDate(start.toLocalDate()) + " at " + ExplanationText.clock(start)
        + " with a limit of " + limit(limit) + (extendedTo == null ? "" : ", extended to " + limit(extendedTo))
        + (dayBased ? "; the day it started is not counted (Civil Code art. 201)" : "");
  }

  @Override
  String timeOn(Duration time, LocalDate[] range, boolean perDay) {
    return duration(time) + (perDay ? " a day on " : " on ") + range(range);
  }

  @Override
  String makeUps(List<LocalDate> dates, String festival) {
    return dates(dates) + (dates.size() == 1 ? " is a make-up working day" : " are make-up working days")
        + (festival.isEmpty() ? "" : " for " + festival);
  }

  @Override
  String festival(String name) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : name.split("、")) {
      names.add(FESTIVALS.getOrDefault(part.strip(), part.strip()));
    }
    return list(new ArrayList<>(names));
  }

  @Override
  String weekend(LocalDate single, int length) {
    return single != null ? weekday(single) : length == 2 ? "weekend" : "rest days";
  }

  @Override
  String holiday(String festival) {
    return festival.isEmpty() ? "holiday" : festival + " holiday";
  }

  @Override
  String rollOver(LocalDate lastCounted, LocalDate lastDay) {
    return "The last counted day, " + weekday(lastCounted) + " " + date(lastCounted)
        + ", is not a working day, so the period runs on to the next working day, " + weekday(lastDay) + " "
        + date(lastDay) + " (Civil Code art. 203)";
  }

  @Override
  String extension(TimeLimit amount, Optional<String> reason, String added) {
    return limit(amount) + reason.map(r -> " (" + r + ")").orElse("") + (added == null ? "" : ", which added " + added);
  }

  @Override
  String extensions(List<String> parts) {
    return "Extended by " + String.join(", and by ", parts);
  }

  @Override
  String pause(ZonedDateTime from, ZonedDateTime to, Optional<String> reasons, boolean dayBased, Duration skipped) {
    String when = (from.toLocalDate().equals(to.toLocalDate())
        ? "from " + ExplanationText.clock(from) + " to " + at(to) : "from " + at(from) + " to " + at(to))
        + reasons.map(r -> " (" + r + ")").orElse("");
    if (dayBased) {
      return "The pause " + when + " covered no whole counted day, so it moved nothing";
    }
    return "The clock was paused " + when + (skipped.isZero() ? ", outside the counted time, so it moved nothing"
        : ", which kept " + duration(skipped) + " from counting");
  }

  @Override
  String provisional(List<Integer> years) {
    List<String> names = new ArrayList<>();
    years.forEach(y -> names.add(String.valueOf(y)));
    String which = list(names);
    return "This deadline is provisional: the official holiday schedule for " + which + " is not loaded, so "
        + which + (years.size() == 1 ? " is" : " are") + " counted on the weekly pattern; it is to be recomputed"
        + " once the schedule is published";
  }

  @Override
  String due(ZonedDateTime dueAt, LocalDate lastDay, Due kind) {
    return switch (kind) {
      case END_OF_DAY -> "Due at the end of " + fullDate(lastDay);
      case CLOSE_OF_BUSINESS -> "Due at " + ExplanationText.clock(dueAt) + " on " + fullDate(lastDay)
          + ", the close of business";
      case INSTANT -> "Due at " + ExplanationText.clock(dueAt) + " on " + fullDate(dueAt.toLocalDate());
    };
  }

  @Override
  String fullDateTime(ZonedDateTime t) {
    return ExplanationText.clock(t) + " on " + fullDate(t.toLocalDate());
  }

  @Override
  String sentences(List<String> sentences) {
    return String.join(". ", sentences) + ".";
  }

  @Override
  String list(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  @Override
  String range(LocalDate[] r) {
    LocalDate a = r[0];
    LocalDate b = r[1];
    if (a.equals(b)) {
      return date(a);
    }
    if (a.getYear() != b.getYear()) {
      return a.getDayOfMonth() + " " + month(a) + " " + a.getYear() + "-" + b.getDayOfMonth() + " " + month(b)
          + " " + b.getYear();
    }
    String tail = " " + month(b) + (b.getYear() == year ? "" : " " + b.getYear());
    return a.getMonth() == b.getMonth() ? a.getDayOfMonth() + "-" + b.getDayOfMonth() + tail
        : a.getDayOfMonth() + " " + month(a) + "-" + b.getDayOfMonth() + tail;
  }

  @Override
  String sameMonth(List<LocalDate[]> group) {
    List<String> days = new ArrayList<>();
    for (LocalDate[] r : group) {
      days.add(r[0].equals(r[1]) ? String.valueOf(r[0].getDayOfMonth())
          : r[0].getDayOfMonth() + "-" + r[1].getDayOfMonth());
    }
    LocalDate any = group.get(0)[0];
    return list(days) + " " + month(any) + (any.getYear() == year ? "" : " " + any.getYear());
  }
}
