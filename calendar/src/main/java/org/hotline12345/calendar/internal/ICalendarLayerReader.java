package org.hotline12345.calendar.internal;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 *
 * <p>The structure is checked, not guessed: the file is one {@code VCALENDAR} from its first
 * line to {@code END:VCALENDAR} with nothing after it; every {@code BEGIN} is closed by the
 * matching {@code END}; a {@code VEVENT} sits directly in the {@code VCALENDAR}. Properties of
 * components inside an event (an alarm's {@code DURATION}) are not the event's. An event names
 * each of {@code DTSTART}, {@code DTEND}, {@code DURATION} and {@code SUMMARY} at most once,
 * and not both {@code DTEND} and {@code DURATION}.
 */
public final class ICalendarLayerReader {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern DAYS = Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?");
  /** Upper bound on the days of one event, against a typo spanning centuries. */
  private static final int MAX_EVENT_DAYS = 366;
  /** The longest content line, folded lines joined, in characters. */
  private static final int MAX_LINE_LENGTH = 8192;
  /** The most content lines one event may have. */
  private static final int MAX_EVENT_LINES = 1000;
  /** The deepest nesting of components. */
  private static final int MAX_DEPTH = 8;
  private static final String VCALENDAR = "VCALENDAR";
  private static final String VEVENT = "VEVENT";

  private ICalendarLayerReader() {}

  /** One unfolded content line and the physical line it started on. */
  private record ContentLine(int number, String name, Map<String, String> params, String value) {}

  /** A component that is open, and the line of its BEGIN. */
  private record Open(String name, int line) {}

  /**
   * Reads UTF-8 bytes.
   *
   * @param bytes the iCalendar bytes; not closed
   * @param source the name for error messages
   * @return the special days by date
   * @throws FileFormatException if the text breaks the format
   */
  public static NavigableMap<LocalDate, SpecialDay> read(InputStream bytes, String source) {
    return new Parse(TextLines.of(bytes, source, MAX_LINE_LENGTH)).run();
  }

  /**
   * Reads characters.
   *
   * @param text the iCalendar text; not closed
   * @param source the name for error messages
   * @return the special days by date
   * @throws FileFormatException if the text breaks the format
   */
  public static NavigableMap<LocalDate, SpecialDay> read(Reader text, String source) {
    return new Parse(TextLines.of(text, source, MAX_LINE_LENGTH)).run();
  }

  /** The state of one read. */
  private static final class Parse {
    private final TextLines text;
    private final String source;
    private final NavigableMap<LocalDate, SpecialDay> days = new TreeMap<>();
    private final Map<LocalDate, Integer> lineOf = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private List<ContentLine> event;
    private boolean sawCalendar;
    private int endOfCalendar;

    Parse(TextLines text) {
      this.text = text;
      this.source = text.source();
    }

    private FileFormatException error(int line, String reason) {
      return new FileFormatException(source, line, reason);
    }

    NavigableMap<LocalDate, SpecialDay> run() {
      StringBuilder current = null;
      int currentNumber = 0;
      String raw;
      while ((raw = text.next()) != null) {
        int number = text.number();
        if (!raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
          if (current == null) {
            throw error(number, "continuation line with nothing to continue");
          }
          if (current.length() + raw.length() - 1 > MAX_LINE_LENGTH) {
            throw error(currentNumber, "the content line, folded lines joined, is longer than "
                + MAX_LINE_LENGTH + " characters");
          }
          current.append(raw, 1, raw.length());
          continue;
        }
        if (current != null) {
          handle(parse(current.toString(), currentNumber));
        }
        if (!sawCalendar && current == null && !raw.isBlank()
            && !raw.strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
          throw error(number, "not an iCalendar file: the first line must be BEGIN:VCALENDAR");
        }
        current = raw.isBlank() ? null : new StringBuilder(raw);
        currentNumber = number;
      }
      if (current != null) {
        handle(parse(current.toString(), currentNumber));
      }
      if (!sawCalendar) {
        throw error(0, "no BEGIN:VCALENDAR: not an iCalendar file");
      }
      if (!open.isEmpty()) {
        Open innermost = open.peek();
        throw error(innermost.line(), innermost.name() + " is not closed by END:"
            + innermost.name());
      }
      if (days.isEmpty()) {
        throw error(0, "no all-day events");
      }
      return days;
    }

    private void handle(ContentLine line) {
      if (endOfCalendar > 0) {
        throw error(line.number(), "nothing may follow END:VCALENDAR (line " + endOfCalendar
            + "), found " + Texts.quote(line.name()));
      }
      switch (line.name()) {
        case "BEGIN" -> begin(line);
        case "END" -> end(line);
        default -> {
          if (event != null && VEVENT.equals(open.peek().name())) {
            if (event.size() == MAX_EVENT_LINES) {
              throw error(line.number(), "the VEVENT has more than " + MAX_EVENT_LINES + " lines");
            }
            event.add(line);
          }
        }
      }
    }

    private void begin(ContentLine line) {
      String component = line.value().strip().toUpperCase(Locale.ROOT);
      if (component.isEmpty()) {
        throw error(line.number(), "BEGIN names no component");
      }
      if (open.isEmpty() && sawCalendar) {
        throw error(line.number(), "a second VCALENDAR is not supported");
      }
      if (!open.isEmpty() && component.equals(VCALENDAR)) {
        throw error(line.number(), "BEGIN:VCALENDAR inside " + open.peek().name()
            + " (line " + open.peek().line() + ")");
      }
      if (open.isEmpty() && !component.equals(VCALENDAR)) {
        throw error(line.number(), "BEGIN:" + Texts.escape(component, 40)
            + " outside the VCALENDAR");
      }
      if (component.equals(VEVENT) && !VCALENDAR.equals(open.peek().name())) {
        Open outer = open.peek();
        throw error(line.number(), "BEGIN:VEVENT inside " + outer.name() + " opened at line "
            + outer.line() + (outer.name().equals(VEVENT) ? ", which is not closed by END:VEVENT"
                : "; a VEVENT must be directly inside the VCALENDAR"));
      }
      if (open.size() == MAX_DEPTH) {
        throw error(line.number(), "components are nested more than " + MAX_DEPTH + " deep");
      }
      if (component.equals(VCALENDAR)) {
        sawCalendar = true;
      }
      if (component.equals(VEVENT)) {
        event = new ArrayList<>();
      }
      open.push(new Open(component, line.number()));
    }

    private void end(ContentLine line) {
      String component = line.value().strip().toUpperCase(Locale.ROOT);
      if (open.isEmpty()) {
        throw error(line.number(), "END:" + Texts.escape(component, 40) + " without BEGIN");
      }
      Open top = open.peek();
      if (!top.name().equals(component)) {
        throw error(line.number(), "END:" + Texts.escape(component, 40) + " does not close "
            + top.name() + " opened at line " + top.line() + "; expected END:" + top.name());
      }
      open.pop();
      if (component.equals(VEVENT)) {
        addEvent(event, top.line());
        event = null;
      } else if (component.equals(VCALENDAR)) {
        endOfCalendar = line.number();
      }
    }

    private void addEvent(List<ContentLine> lines, int eventLine) {
      Map<String, ContentLine> once = new HashMap<>();
      String categories = "";
      for (ContentLine line : lines) {
        switch (line.name()) {
          case "DTSTART", "DTEND", "DURATION", "SUMMARY" -> {
            ContentLine first = once.putIfAbsent(line.name(), line);
            if (first != null) {
              throw error(line.number(), line.name() + " appears twice in the VEVENT (first at"
                  + " line " + first.number() + ")");
            }
          }
          case "CATEGORIES" -> categories = categories + "," + unescape(line.value());
          case "RRULE", "RDATE", "EXRULE" -> throw error(line.number(),
              line.name() + " is not supported: list each holiday as its own event");
          default -> { }
        }
      }
      ContentLine start = once.get("DTSTART");
      ContentLine end = once.get("DTEND");
      ContentLine duration = once.get("DURATION");
      ContentLine summaryLine = once.get("SUMMARY");
      if (start == null) {
        throw error(eventLine, "VEVENT has no DTSTART");
      }
      String summary = summaryLine == null ? "" : unescape(summaryLine.value()).strip();
      if (summaryLine == null || summary.isBlank()) {
        throw error(summaryLine == null ? eventLine : summaryLine.number(),
            "VEVENT has no SUMMARY to name the day");
      }
      if (end != null && duration != null) {
        throw error(duration.number(), "a VEVENT may have DTEND or DURATION, not both (DTEND at"
            + " line " + end.number() + ")");
      }
      LocalDate first = date(start);
      String outsideStart = Texts.outsideYears(first, SpecialDay.FIRST_YEAR, SpecialDay.LAST_YEAR,
          "a special day may fall");
      if (outsideStart != null) {
        throw error(start.number(), "DTSTART: " + outsideStart);
      }
      LocalDate endExclusive;
      if (end != null) {
        endExclusive = date(end);
      } else if (duration != null) {
        endExclusive = first.plusDays(days(duration));
      } else {
        endExclusive = first.plusDays(1);
      }
      if (!endExclusive.isAfter(first)) {
        throw error(end != null ? end.number() : eventLine,
            "event ends (" + endExclusive + ") before or on the day it starts (" + first + ")");
      }
      if (endExclusive.toEpochDay() - first.toEpochDay() > MAX_EVENT_DAYS) {
        throw error(end != null ? end.number() : start.number(),
            "event spans more than " + MAX_EVENT_DAYS + " days");
      }
      String outside = Texts.outsideYears(endExclusive.minusDays(1), SpecialDay.FIRST_YEAR,
          SpecialDay.LAST_YEAR, "a special day may fall");
      if (outside != null) {
        throw error(end != null ? end.number() : duration != null ? duration.number()
            : start.number(), "the event's last day: " + outside);
      }
      String cats = categories.toUpperCase(Locale.ROOT);
      boolean workday = List.of(cats.split(",")).stream().map(String::strip).anyMatch("WORKDAY"::equals)
          || summary.contains("补班") || summary.contains("上班");
      for (LocalDate day = first; day.isBefore(endExclusive); day = day.plusDays(1)) {
        Integer previous = lineOf.putIfAbsent(day, start.number());
        if (previous != null) {
          throw error(start.number(),
              "date " + day + " is already covered by the event at line " + previous);
        }
        try {
          days.put(day, workday ? SpecialDay.workday(day, summary) : SpecialDay.holiday(day, summary));
        } catch (IllegalArgumentException e) {
          throw error(summaryLine.number(), "SUMMARY: " + e.getMessage());
        }
      }
    }

    private LocalDate date(ContentLine line) {
      String value = line.value().strip();
      if (!"DATE".equalsIgnoreCase(line.params().getOrDefault("VALUE", "DATE")) || value.contains("T")) {
        throw error(line.number(), line.name() + " " + Texts.quote(value)
            + " is a date-time; only all-day events (" + line.name() + ";VALUE=DATE:yyyyMMdd) are read");
      }
      try {
        return LocalDate.parse(value, BASIC_DATE);
      } catch (DateTimeParseException e) {
        throw error(line.number(), line.name() + " " + Texts.quote(value) + " is not a date (yyyyMMdd)");
      }
    }

    private long days(ContentLine line) {
      String value = line.value().strip();
      Matcher m = DAYS.matcher(value);
      if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
        throw error(line.number(), "DURATION " + Texts.quote(value)
            + " is not a whole number of days or weeks (P1D, P2W)");
      }
      long days = 0;
      for (int group = 1; group <= 2; group++) {
        String digits = m.group(group);
        if (digits != null) {
          // More than 4 digits is more than MAX_EVENT_DAYS whatever they say.
          long amount = digits.length() > 4 ? Long.MAX_VALUE / 8 : Long.parseLong(digits);
          days += group == 1 ? amount * 7 : amount;
        }
      }
      if (days > MAX_EVENT_DAYS) {
        throw error(line.number(), "DURATION " + Texts.quote(value) + " is longer than "
            + MAX_EVENT_DAYS + " days");
      }
      return days;
    }

    private ContentLine parse(String line, int number) {
      int bad = Texts.firstNonPlain(line.replace('\t', ' '));
      if (bad >= 0) {
        throw error(number, "the control character " + Texts.escape(String.valueOf(line.charAt(bad)))
            + " is not allowed in a content line");
      }
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
        throw error(number, "content line has no 'NAME:value' form");
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
