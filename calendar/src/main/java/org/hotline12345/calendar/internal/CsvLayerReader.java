package org.hotline12345.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hotline12345.calendar.CalendarFormatException;
import org.hotline12345.calendar.SpecialDay;

/** Reads {@code date,kind,name} CSV into special days; see {@code CalendarLayer}. */
public final class CsvLayerReader {

  private CsvLayerReader() {}

  /**
   * Reads the whole text.
   *
   * @param text the CSV text
   * @param source the name for error messages
   * @return the special days by date
   */
  public static NavigableMap<LocalDate, SpecialDay> read(Reader text, String source) {
    NavigableMap<LocalDate, SpecialDay> days = new TreeMap<>();
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    BufferedReader lines = text instanceof BufferedReader b ? b : new BufferedReader(text);
    int number = 0;
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> fields = split(trimmed, source, number);
        if (isHeader(fields)) {
          continue;
        }
        SpecialDay day = parse(fields, source, number);
        Integer first = lineOf.putIfAbsent(day.date(), number);
        if (first != null) {
          throw new CalendarFormatException(source, number,
              "date " + day.date() + " is already listed at line " + first
                  + "; a date may appear once in a calendar file");
        }
        days.put(day.date(), day);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (days.isEmpty()) {
      throw new CalendarFormatException(source, 0, "no special days: expected lines of date,kind,name");
    }
    return days;
  }

  private static boolean isHeader(List<String> fields) {
    return fields.size() == 3 && fields.get(0).strip().equalsIgnoreCase("date")
        && fields.get(1).strip().equalsIgnoreCase("kind");
  }

  private static SpecialDay parse(List<String> fields, String source, int line) {
    if (fields.size() != 3) {
      throw new CalendarFormatException(source, line,
          "expected 3 fields date,kind,name but found " + fields.size());
    }
    String dateText = fields.get(0).strip();
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw new CalendarFormatException(source, line,
          "date '" + dateText + "' is not an ISO date (yyyy-MM-dd)");
    }
    String kindText = fields.get(1).strip().toLowerCase(Locale.ROOT);
    SpecialDay.Kind kind;
    switch (kindText) {
      case "holiday" -> kind = SpecialDay.Kind.HOLIDAY;
      case "workday" -> kind = SpecialDay.Kind.WORKDAY;
      default -> throw new CalendarFormatException(source, line,
          "kind '" + fields.get(1).strip() + "' is neither 'holiday' nor 'workday'");
    }
    String name = fields.get(2).strip();
    if (name.isEmpty()) {
      throw new CalendarFormatException(source, line, "name is empty; every special day needs a name");
    }
    return new SpecialDay(date, kind, name);
  }

  /** Splits one line into fields, honouring RFC 4180 double quotes. */
  static List<String> split(String line, String source, int number) {
    List<String> fields = new ArrayList<>(3);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new CalendarFormatException(source, number, "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
