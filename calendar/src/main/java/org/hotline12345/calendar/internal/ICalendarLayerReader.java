package org.hotline12345.calendar.internal;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.SpecialDay;

/**
 * Reads all-day events of an iCalendar (RFC 5545) file into special days; see
 * {@code CalendarLayer} for the rules.
 */
public final class ICalendarLayerReader {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern DAYS = Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?");
  /** Upper bound on the days of one event, against a typo spanning centuries. */
  private static final int MAX_EVENT_DAYS = 366;

  private ICalendarLayerReader() {}

  /** One unfolded content line and the physical line it started on. */
  private record ContentLine(int number, String name, Map<String, String> params, String value) {}

  /** The longest line, folded lines joined, in characters. */
  private static final int MAX_LINE_LENGTH = 8192;

  /**
   * Reads UTF-8 bytes.
   *
   * @param bytes the iCalendar bytes; not closed
   * @param source the name for error messages
   * @return the special days by date
   */
  public static NavigableMap<LocalDate, SpecialDay> read(InputStream bytes, String source) {
    return read(TextLines.of(bytes, source, MAX_LINE_LENGTH));
  }

  /**
   * Reads characters.
   *
   * @param text the iCalendar text; not closed
   * @param source the name for error messages
   * @return the special days by date
   */
  public static NavigableMap<LocalDate, SpecialDay> read(Reader text, String source) {
    return read(TextLines.of(text, source, MAX_LINE_LENGTH));
  }

  private static NavigableMap<LocalDate, SpecialDay> read(TextLines text) {
    String source = text.source();
    List<ContentLine> lines = unfold(text);
    NavigableMap<LocalDate, SpecialDay> days = new TreeMap<>();
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    boolean sawCalendar = false;
    List<ContentLine> event = null;
    int eventLine = 0;
    for (ContentLine line : lines) {
      if (line.name().equals("BEGIN") && line.value().equalsIgnoreCase("VCALENDAR")) {
        sawCalendar = true;
      } else if (line.name().equals("BEGIN") && line.value().equalsIgnoreCase("VEVENT")) {
        event = new ArrayList<>();
        eventLine = line.number();
      } else if (line.name().equals("END") && line.value().equalsIgnoreCase("VEVENT")) {
        if (event == null) {
          throw new FileFormatException(source, line.number(), "END:VEVENT without BEGIN:VEVENT");
        }
        addEvent(event, eventLine, source, days, lineOf);
        event = null;
      } else if (event != null) {
        event.add(line);
      }
    }
    if (!sawCalendar) {
      throw new FileFormatException(source, 0, "no BEGIN:VCALENDAR: not an iCalendar file");
    }
    if (event != null) {
      throw new FileFormatException(source, eventLine, "VEVENT is not closed by END:VEVENT");
    }
    if (days.isEmpty()) {
      throw new FileFormatException(source, 0, "no all-day events");
    }
    return days;
  }

  private static void addEvent(List<ContentLine> event, int eventLine, String source,
      NavigableMap<LocalDate, SpecialDay> days, Map<LocalDate, Integer> lineOf) {
    ContentLine start = null;
    ContentLine end = null;
    ContentLine duration = null;
    String summary = null;
    String categories = "";
    for (ContentLine line : event) {
      switch (line.name()) {
        case "DTSTART" -> start = line;
        case "DTEND" -> end = line;
        case "DURATION" -> duration = line;
        case "SUMMARY" -> summary = unescape(line.value());
        case "CATEGORIES" -> categories = categories + "," + unescape(line.value());
        case "RRULE", "RDATE" -> throw new FileFormatException(source, line.number(),
            line.name() + " is not supported: list each holiday as its own event");
        default -> { }
      }
    }
    if (start == null) {
      throw new FileFormatException(source, eventLine, "VEVENT has no DTSTART");
    }
    if (summary == null || summary.isBlank()) {
      throw new FileFormatException(source, eventLine, "VEVENT has no SUMMARY to name the day");
    }
    LocalDate first = date(start, source);
    LocalDate endExclusive;
    if (end != null) {
      endExclusive = date(end, source);
    } else if (duration != null) {
      endExclusive = first.plusDays(days(duration, source));
    } else {
      endExclusive = first.plusDays(1);
    }
    if (!endExclusive.isAfter(first)) {
      throw new FileFormatException(source, end != null ? end.number() : eventLine,
          "event ends (" + endExclusive + ") before or on the day it starts (" + first + ")");
    }
    if (endExclusive.toEpochDay() - first.toEpochDay() > MAX_EVENT_DAYS) {
      throw new FileFormatException(source, start.number(),
          "event spans more than " + MAX_EVENT_DAYS + " days");
    }
    String cats = categories.toUpperCase(Locale.ROOT);
    boolean workday = List.of(cats.split(",")).stream().map(String::strip).anyMatch("WORKDAY"::equals)
        || summary.contains("补班") || summary.contains("上班");
    for (LocalDate day = first; day.isBefore(endExclusive); day = day.plusDays(1)) {
      Integer previous = lineOf.putIfAbsent(day, start.number());
      if (previous != null) {
        throw new FileFormatException(source, start.number(),
            "date " + day + " is already covered by the event at line " + previous);
      }
      days.put(day, workday ? SpecialDay.workday(day, summary.strip())
          : SpecialDay.holiday(day, summary.strip()));
    }
  }

  private static LocalDate date(ContentLine line, String source) {
    String value = line.value().strip();
    if (!"DATE".equalsIgnoreCase(line.params().getOrDefault("VALUE", "DATE")) || value.contains("T")) {
      throw new FileFormatException(source, line.number(), line.name() + " '" + value
          + "' is a date-time; only all-day events (" + line.name() + ";VALUE=DATE:yyyyMMdd) are read");
    }
    try {
      return LocalDate.parse(value, BASIC_DATE);
    } catch (DateTimeParseException e) {
      throw new FileFormatException(source, line.number(),
          line.name() + " '" + value + "' is not a date (yyyyMMdd)");
    }
  }

  private static long days(ContentLine line, String source) {
    Matcher m = DAYS.matcher(line.value().strip());
    if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
      throw new FileFormatException(source, line.number(),
          "DURATION '" + line.value() + "' is not a whole number of days or weeks (P1D, P2W)");
    }
    long weeks = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    return weeks * 7 + days;
  }

  private static List<ContentLine> unfold(TextLines text) {
    String source = text.source();
    List<ContentLine> result = new ArrayList<>();
    StringBuilder current = null;
    int currentNumber = 0;
    int number = 0;
    {
      String raw;
      while ((raw = text.next()) != null) {
        number = text.number();
        if (!raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
          if (current == null) {
            throw new FileFormatException(source, number, "continuation line with nothing to continue");
          }
          current.append(raw, 1, raw.length());
          continue;
        }
        if (current != null) {
          result.add(parse(current.toString(), currentNumber, source));
        }
        if (result.isEmpty() && current == null && !raw.isBlank()
            && !raw.strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
          throw new FileFormatException(source, number,
              "not an iCalendar file: the first line must be BEGIN:VCALENDAR");
        }
        current = raw.isBlank() ? null : new StringBuilder(raw);
        currentNumber = number;
      }
    }
    if (current != null) {
      result.add(parse(current.toString(), currentNumber, source));
    }
    return result;
  }

  private static ContentLine parse(String line, int number, String source) {
    int colon = -1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon <= 0) {
      throw new FileFormatException(source, number, "content line has no 'NAME:value' form");
    }
    String[] head = line.substring(0, colon).split(";");
    Map<String, String> params = new HashMap<>();
    for (int i = 1; i < head.length; i++) {
      int eq = head[i].indexOf('=');
      if (eq > 0) {
        params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT),
            head[i].substring(eq + 1).replace("\"", ""));
      }
    }
    return new ContentLine(number, head[0].strip().toUpperCase(Locale.ROOT), params,
        line.substring(colon + 1));
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
