package org.hotline12345.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hotline12345.calendar.internal.CsvLayerReader;
import org.hotline12345.calendar.internal.ICalendarLayerReader;

/**
 * A named set of {@linkplain SpecialDay special days} that one authority declares: the
 * national schedule of the State Council (国务院), a province's own holiday, or a department's
 * own closures and duty days. Calendars stack layers: see {@link WorkingCalendar#withLayer}.
 *
 * <p>Within one layer a date appears at most once. Immutable and thread-safe.
 *
 * <p>Layers load from two file formats:
 * <ul>
 *   <li>CSV with the header {@code date,kind,name}, one special day a line, {@code kind} being
 *       {@code holiday} or {@code workday} (the format of the China schedule shipped with the
 *       library); blank lines and lines starting with {@code #} are skipped;</li>
 *   <li>iCalendar (RFC 5545), as many governments publish their holidays: every all-day
 *       {@code VEVENT} is a holiday for each day from {@code DTSTART} up to, not including,
 *       {@code DTEND}, unless its {@code CATEGORIES} contain {@code WORKDAY} or its
 *       {@code SUMMARY} contains {@code 补班} or {@code 上班}, which make it a make-up working
 *       day.</li>
 * </ul>
 * A file that breaks a rule fails with a {@link CalendarFormatException} naming the file, the
 * line and the rule.
 */
public final class CalendarLayer {

  private final String name;
  private final NavigableMap<LocalDate, SpecialDay> days;

  private CalendarLayer(String name, NavigableMap<LocalDate, SpecialDay> days) {
    this.name = name;
    this.days = Collections.unmodifiableNavigableMap(days);
  }

  /**
   * A layer built in code.
   *
   * @param name the authority or purpose of the layer, for example {@code 广西壮族自治区}
   * @param days its special days, at most one per date
   * @return the layer
   * @throws NullPointerException if an argument or a day is null
   * @throws IllegalArgumentException if the name is blank or a date appears twice
   */
  public static CalendarLayer of(String name, Collection<SpecialDay> days) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(days, "days");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    NavigableMap<LocalDate, SpecialDay> map = new TreeMap<>();
    for (SpecialDay day : days) {
      Objects.requireNonNull(day, "days must not contain null");
      SpecialDay previous = map.putIfAbsent(day.date(), day);
      if (previous != null) {
        throw new IllegalArgumentException(
            "days: " + day.date() + " appears twice in layer '" + name + "' (" + previous.kind()
                + " " + previous.name() + ", then " + day.kind() + " " + day.name() + ")");
      }
    }
    return new CalendarLayer(name, map);
  }

  /**
   * A layer of the given special days.
   *
   * @param name the authority or purpose of the layer
   * @param days its special days, at most one per date
   * @return the layer
   * @see #of(String, Collection)
   */
  public static CalendarLayer of(String name, SpecialDay... days) {
    return of(name, List.of(days));
  }

  /**
   * Reads a CSV file ({@code date,kind,name}); the layer is named after the file.
   *
   * @param file the file, UTF-8
   * @return the layer
   * @throws CalendarFormatException if a line breaks the format, with file and line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CalendarLayer readCsv(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readCsv(reader, file.toString(), baseName(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar file " + file, e);
    }
  }

  /**
   * Reads CSV text ({@code date,kind,name}).
   *
   * @param text the text; not closed by this method
   * @param source the name used in error messages, for example the file name
   * @param name the layer's name
   * @return the layer
   * @throws CalendarFormatException if a line breaks the format, with source and line
   * @throws UncheckedIOException if the reader fails
   */
  public static CalendarLayer readCsv(Reader text, String source, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return new CalendarLayer(name, CsvLayerReader.read(text, source));
  }

  /**
   * Reads an iCalendar file (RFC 5545); the layer is named after the file.
   *
   * @param file the file, UTF-8
   * @return the layer
   * @throws CalendarFormatException if the file breaks the format, with file and line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CalendarLayer readICalendar(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readICalendar(reader, file.toString(), baseName(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar file " + file, e);
    }
  }

  /**
   * Reads iCalendar text (RFC 5545).
   *
   * @param text the text; not closed by this method
   * @param source the name used in error messages
   * @param name the layer's name
   * @return the layer
   * @throws CalendarFormatException if the text breaks the format, with source and line
   * @throws UncheckedIOException if the reader fails
   */
  public static CalendarLayer readICalendar(Reader text, String source, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return new CalendarLayer(name, ICalendarLayerReader.read(text, source));
  }

  private static String baseName(Path file) {
    Path fileName = file.getFileName();
    String base = fileName == null ? file.toString() : fileName.toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /**
   * The layer's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The special days by date, in date order; unmodifiable.
   *
   * @return the days
   */
  public NavigableMap<LocalDate, SpecialDay> days() {
    return days;
  }

  /**
   * The years in which this layer declares at least one holiday: for an official schedule,
   * the years it covers. (Make-up working days can fall in the year before, as 2006-12-30 does
   * for the New Year holiday of 2007; they do not make that year covered.)
   *
   * @return the years, ascending
   */
  public SortedSet<Integer> holidayYears() {
    SortedSet<Integer> years = new TreeSet<>();
    for (SpecialDay day : days.values()) {
      if (day.kind() == SpecialDay.Kind.HOLIDAY) {
        years.add(day.date().getYear());
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarLayer that && name.equals(that.name) && days.equals(that.days);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + days.hashCode();
  }

  @Override
  public String toString() {
    return "CalendarLayer[" + name + ", " + days.size() + " special days]";
  }
}
