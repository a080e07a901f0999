package org.hotline12345.calendar.internal;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.SpecialDay;

/** Reads {@code date,kind,name} CSV into special days; see {@code CalendarLayer}. */
public final class CsvLayerReader {

  private static final CsvReader CSV = CsvReader.withColumns(List.of("date", "kind", "name"), List.of());

  private CsvLayerReader() {}

  /**
   * Reads UTF-8 bytes.
   *
   * @param bytes the CSV bytes; not closed
   * @param source the name for error messages
   * @return the special days by date
   * @throws FileFormatException if the text breaks the format
   */
  public static NavigableMap<LocalDate, SpecialDay> read(InputStream bytes, String source) {
    return days(CSV.read(bytes, source), source);
  }

  /**
   * Reads characters.
   *
   * @param text the CSV text; not closed
   * @param source the name for error messages
   * @return the special days by date
   * @throws FileFormatException if the text breaks the format
   */
  public static NavigableMap<LocalDate, SpecialDay> read(Reader text, String source) {
    return days(CSV.read(text, source), source);
  }

  private static NavigableMap<LocalDate, SpecialDay> days(List<CsvReader.Row> rows, String source) {
    NavigableMap<LocalDate, SpecialDay> days = new TreeMap<>();
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    for (CsvReader.Row row : rows) {
      SpecialDay day = parse(row);
      Integer first = lineOf.putIfAbsent(day.date(), row.line());
      if (first != null) {
        throw row.error("date", "date " + day.date() + " is already listed at line " + first
            + "; a date may appear once in a calendar file");
      }
      days.put(day.date(), day);
    }
    if (days.isEmpty()) {
      throw new FileFormatException(source, 0, "no special days: expected lines of date,kind,name");
    }
    return days;
  }

  private static SpecialDay parse(CsvReader.Row row) {
    String dateText = row.get("date");
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw row.error("date", "date " + Texts.quote(dateText) + " is not an ISO date (yyyy-MM-dd)");
    }
    String outside = Texts.outsideYears(date, SpecialDay.FIRST_YEAR, SpecialDay.LAST_YEAR,
        "a special day may fall");
    if (outside != null) {
      throw row.error("date", outside);
    }
    SpecialDay.Kind kind;
    switch (row.get("kind").toLowerCase(Locale.ROOT)) {
      case "holiday" -> kind = SpecialDay.Kind.HOLIDAY;
      case "workday" -> kind = SpecialDay.Kind.WORKDAY;
      default -> throw row.error("kind",
          "kind " + Texts.quote(row.get("kind")) + " is neither 'holiday' nor 'workday'");
    }
    String name = row.get("name").strip();
    if (name.isEmpty()) {
      throw row.error("name", "name is empty; every special day needs a name");
    }
    try {
      return new SpecialDay(date, kind, name);
    } catch (IllegalArgumentException e) {
      throw row.error("name", e.getMessage());
    }
  }
}
