package org.hotline12345.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Ready-made {@link WorkingCalendar}s and loaders, as {@code TemporalAdjusters} is to
 * {@code TemporalAdjuster}.
 *
 * <ul>
 *   <li>{@link #chinaMainland()}: the official schedule of the State Council (国务院办公厅
 *       关于部分节假日安排的通知) for every year the library ships;</li>
 *   <li>{@link #fromCsv(Path, ZoneId)}, {@link #fromICalendar(Path, ZoneId)} and
 *       {@link #of(CalendarLayer, ZoneId)}: a calendar of any other authority, Monday to
 *       Friday plus the file's special days, its schedule known for the years in which the
 *       file lists a holiday.</li>
 * </ul>
 */
public final class WorkingCalendars {

  /** The zone of the China mainland calendar. */
  public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

  /** The office hours of the China mainland preset: 09:00-12:00 and 13:30-17:30. */
  public static final OfficeHours CHINA_OFFICE_HOURS = OfficeHours.parse("09:00-12:00, 13:30-17:30");

  private static final String CHINA_RESOURCE = "internal/cn-holidays.csv";

  private WorkingCalendars() {}

  private static final class China {
    static final WorkingCalendar CALENDAR = load();

    private static WorkingCalendar load() {
      try (InputStream in = WorkingCalendars.class.getResourceAsStream(CHINA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the China holiday schedule " + CHINA_RESOURCE
              + " is missing from the hotline-calendar jar");
        }
        CalendarLayer layer = CalendarLayer.readCsv(in, CHINA_RESOURCE, "国务院");
        return WorkingCalendar.builder("cn-mainland", CHINA_ZONE)
            .officeHours(CHINA_OFFICE_HOURS)
            .layer(layer)
            .scheduleKnownFor(layer.holidayYears())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + CHINA_RESOURCE, e);
      }
    }
  }

  /**
   * The China mainland calendar: Monday to Friday, the official holidays and make-up working
   * days of every year in the shipped schedule (2007 to 2026), zone {@code Asia/Shanghai},
   * office hours 09:00-12:00 and 13:30-17:30 (change them with
   * {@link WorkingCalendar#withOfficeHours}). Deadlines reaching into a later year are
   * provisional. Regions and departments add their own days with
   * {@link WorkingCalendar#withLayer}.
   *
   * @return the calendar, a shared immutable instance
   */
  public static WorkingCalendar chinaMainland() {
    return China.CALENDAR;
  }

  /**
   * A calendar of Monday to Friday plus an authority's special days, its schedule known for
   * the years in which the layer lists a holiday; no office hours until set.
   *
   * @param official the authority's special days; the calendar's id is the layer's name
   * @param zone the zone
   * @return the calendar
   * @throws NullPointerException if an argument is null
   */
  public static WorkingCalendar of(CalendarLayer official, ZoneId zone) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(zone, "zone");
    return WorkingCalendar.builder(official.name(), zone)
        .layer(official)
        .scheduleKnownFor(official.holidayYears())
        .build();
  }

  /**
   * Loads a calendar from a CSV file of {@code date,kind,name} lines.
   *
   * @param file the file
   * @param zone the zone
   * @return the calendar, named after the file
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException naming the file, line and reason if a line is bad
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @see CalendarLayer#readCsv(Path)
   */
  public static WorkingCalendar fromCsv(Path file, ZoneId zone) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(zone, "zone");
    return of(CalendarLayer.readCsv(file), zone);
  }

  /**
   * Loads a calendar from an iCalendar file of all-day events.
   *
   * @param file the file
   * @param zone the zone
   * @return the calendar, named after the file
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException naming the file, line and reason if the file is bad
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @see CalendarLayer#readICalendar(Path)
   */
  public static WorkingCalendar fromICalendar(Path file, ZoneId zone) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(zone, "zone");
    return of(CalendarLayer.readICalendar(file), zone);
  }
}
