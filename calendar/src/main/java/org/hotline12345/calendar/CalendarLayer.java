package org.hotline12345.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.hotline12345.calendar.internal.CsvLayerReader;
import org.hotline12345.calendar.internal.ICalendarLayerReader;
import org.hotline12345.calendar.internal.Texts;

/**
 * A named set of {@linkplain SpecialDay special days} that one authority declares: the
 * national schedule of the State Council (国务院), a province's own holiday, or a department's
 * own closures and duty days. Calendars stack layers: see {@link WorkingCalendar#withLayer}.
 *
 * <p>Within one layer a date appears at most once. Immutable and thread-safe.
 *
 * <p>Layers load from two file formats:
 * <ul>
 *   <li>CSV with the header {@code date,kind,name} (columns in any order), one special day a
 *       line, {@code kind} being {@code holiday} or {@code workday} (the format of the China
 *       schedule shipped with the library); blank lines and lines starting with {@code #} are
 *       skipped; a field may be double-quoted (RFC 4180) but may not span lines;</li>
 *   <li>iCalendar (RFC 5545), as many governments publish their holidays: every all-day
 *       {@code VEVENT} is a holiday for each day from {@code DTSTART} up to, not including,
 *       {@code DTEND} (or for its {@code DURATION} of whole days or weeks, at most 366 days),
 *       unless its {@code CATEGORIES} contain {@code WORKDAY} or its {@code SUMMARY} contains
 *       {@code 补班} or {@code 上班}, which make it a make-up working day. The structure is
 *       checked: one {@code VCALENDAR} from the first line to {@code END:VCALENDAR} with nothing
 *       after it, every {@code BEGIN} closed by its {@code END} (an unclosed {@code VEVENT} is
 *       refused, never dropped), events directly in the calendar, and each of {@code DTSTART},
 *       {@code DTEND}, {@code DURATION}, {@code SUMMARY} at most once per event.</li>
 * </ul>
 * In both, a date falls in the years {@value SpecialDay#FIRST_YEAR} to
 * {@value SpecialDay#LAST_YEAR}, a name is one line of plain text of at most
 * {@value SpecialDay#MAX_NAME_LENGTH} characters, a date appears once, and a line is at most
 * 8,192 characters. Files are read as UTF-8, strictly. A file that breaks a rule fails with a
 * {@link FileFormatException} naming the file, the line (and the column where it helps) and
 * the rule; nothing of it is kept.
 */
public final class CalendarLayer {

  /** The longest name a layer may have, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  private final String name;
  private final NavigableMap<LocalDate, SpecialDay> days;

  private CalendarLayer(String name, NavigableMap<LocalDate, SpecialDay> days) {
    this.name = name;
    this.days = Collections.unmodifiableNavigableMap(days);
  }

  /**
   * A layer built in code.
   *
   * @param name the authority or purpose of the layer, for example {@code 广西壮族自治区}: one
   *     line of plain text, not blank, at most {@link #MAX_NAME_LENGTH} characters
   * @param days its special days, at most one per date
   * @return the layer
   * @throws NullPointerException if an argument or a day is null
   * @throws IllegalArgumentException if the name breaks its rules or a date appears twice
   */
  public static CalendarLayer of(String name, Collection<SpecialDay> days) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(days, "days");
    checkName(name);
    NavigableMap<LocalDate, SpecialDay> map = new TreeMap<>();
    for (SpecialDay day : days) {
      Objects.requireNonNull(day, "days must not contain null");
      SpecialDay previous = map.putIfAbsent(day.date(), day);
      if (previous != null) {
        throw new IllegalArgumentException(
            "days: " + day.date() + " appears twice in layer " + Texts.quote(name) + " ("
                + previous.kind() + " " + Texts.quote(previous.name()) + ", then " + day.kind()
                + " " + Texts.quote(day.name()) + ")");
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
   * @throws NullPointerException if an argument or a day is null
   * @throws IllegalArgumentException if the name breaks its rules or a date appears twice
   * @see #of(String, Collection)
   */
  public static CalendarLayer of(String name, SpecialDay... days) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(days, "days");
    return of(name, Arrays.asList(days));
  }

  /**
   * Reads a CSV file ({@code date,kind,name}, UTF-8); the layer is named after the file.
   *
   * @param file the file, UTF-8
   * @return the layer
   * @throws NullPointerException if file is null
   * @throws FileFormatException if the file breaks the format, with file, line and reason
   * @throws IllegalArgumentException if the file's name without extension is not a valid
   *     layer name
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CalendarLayer readCsv(Path file) {
    Objects.requireNonNull(file, "file");
    return readFile(file, CsvLayerReader::read);
  }

  /**
   * Reads CSV bytes ({@code date,kind,name}), strictly as UTF-8, for example a resource.
   *
   * @param bytes the bytes; not closed by this method
   * @param source the name used in error messages, for example the file name
   * @param name the layer's name
   * @return the layer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid layer name (see
   *     {@link #of(String, Collection)})
   * @throws FileFormatException if the bytes break the format, with source, line and reason
   * @throws UncheckedIOException if the stream fails
   */
  public static CalendarLayer readCsv(InputStream bytes, String source, String name) {
    Objects.requireNonNull(bytes, "bytes");
    return read(source, name, () -> CsvLayerReader.read(bytes, source));
  }

  /**
   * Reads CSV text ({@code date,kind,name}).
   *
   * @param text the text; not closed by this method
   * @param source the name used in error messages, for example the file name
   * @param name the layer's name
   * @return the layer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid layer name
   * @throws FileFormatException if a line breaks the format, with source, line and reason
   * @throws UncheckedIOException if the reader fails
   */
  public static CalendarLayer readCsv(Reader text, String source, String name) {
    Objects.requireNonNull(text, "text");
    return read(source, name, () -> CsvLayerReader.read(text, source));
  }

  /**
   * Reads an iCalendar file (RFC 5545, UTF-8); the layer is named after the file.
   *
   * @param file the file, UTF-8
   * @return the layer
   * @throws NullPointerException if file is null
   * @throws FileFormatException if the file breaks the format, with file, line and reason
   * @throws IllegalArgumentException if the file's name without extension is not a valid
   *     layer name
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CalendarLayer readICalendar(Path file) {
    Objects.requireNonNull(file, "file");
    return readFile(file, ICalendarLayerReader::read);
  }

  /**
   * Reads iCalendar bytes (RFC 5545), strictly as UTF-8.
   *
   * @param bytes the bytes; not closed by this method
   * @param source the name used in error messages
   * @param name the layer's name
   * @return the layer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid layer name
   * @throws FileFormatException if the bytes break the format, with source, line and reason
   * @throws UncheckedIOException if the stream fails
   */
  public static CalendarLayer readICalendar(InputStream bytes, String source, String name) {
    Objects.requireNonNull(bytes, "bytes");
    return read(source, name, () -> ICalendarLayerReader.read(bytes, source));
  }

  /**
   * Reads iCalendar text (RFC 5545).
   *
   * @param text the text; not closed by this method
   * @param source the name used in error messages
   * @param name the layer's name
   * @return the layer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid layer name
   * @throws FileFormatException if the text breaks the format, with source, line and reason
   * @throws UncheckedIOException if the reader fails
   */
  public static CalendarLayer readICalendar(Reader text, String source, String name) {
    Objects.requireNonNull(text, "text");
    return read(source, name, () -> ICalendarLayerReader.read(text, source));
  }

  private static CalendarLayer read(String source, String name,
      Supplier<NavigableMap<LocalDate, SpecialDay>> days) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    return new CalendarLayer(checkName(name), days.get());
  }

  private static CalendarLayer readFile(Path file,
      BiFunction<InputStream, String, NavigableMap<LocalDate, SpecialDay>> reader) {
    String name = checkName(baseName(file));
    try (InputStream in = Files.newInputStream(file)) {
      return new CalendarLayer(name, reader.apply(in, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar file "
          + Texts.escape(file.toString(), 200), e);
    }
  }

  private static String checkName(String name) {
    return Texts.requireName(name, "name", MAX_NAME_LENGTH);
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
    return "CalendarLayer[" + Texts.escape(name) + ", " + days.size() + " special days]";
  }
}
