package org.hotline12345.benchmarks.calendar.impl;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Properties;
import org.hotline12345.benchmarks.calendar.ChinaSchedule;
import org.hotline12345.benchmarks.calendar.WorkdayCalendar;

/**
 * Jollyday's {@link HolidayManager}, given every dated holiday of the schedule as a Jollyday
 * holiday configuration.
 *
 * <p>Jollyday 2.19.0 ships no China mainland definition (only Hong Kong's), so the schedule is
 * written into a configuration of {@code Fixed} holidays each valid in one year, the form
 * Jollyday's own Hong Kong file uses for lunar holidays, and loaded from a URL through the
 * JAXB binding. Jollyday knows holidays only: it has no working week and no working-day
 * arithmetic, and it cannot say that a Saturday or Sunday is a working day. So a working day
 * is a Monday to Friday that Jollyday does not call a holiday, and adding or counting working
 * days walks day by day asking {@link HolidayManager#isHoliday(LocalDate, String...)}, as a
 * Jollyday user would.
 */
public final class JollydayWorkdayCalendar implements WorkdayCalendar {

  /** The Jollyday property that names the XML binding to read configurations with. */
  private static final String CONFIGURATION_SERVICE = "configuration.service.impl";

  private static final String JAXB_SERVICE = "de.focus_shift.jollyday.jaxb.JaxbConfigurationService";

  private final HolidayManager manager;

  /** Creates the adapter over the schedule's dated holidays. */
  public JollydayWorkdayCalendar() {
    this(ChinaSchedule.holidays());
  }

  /**
   * Creates the adapter over the given dated holidays.
   *
   * @param holidays the days off besides Saturdays and Sundays
   */
  public JollydayWorkdayCalendar(Collection<LocalDate> holidays) {
    try {
      Path file = Files.createTempFile("jollyday-cn-", ".xml");
      file.toFile().deleteOnExit();
      Files.writeString(file, configuration(holidays), StandardCharsets.UTF_8);
      URL url = file.toUri().toURL();
      Properties properties = new Properties();
      properties.setProperty(CONFIGURATION_SERVICE, JAXB_SERVICE);
      this.manager = HolidayManager.getInstance(ManagerParameters.create(url, properties));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Jollyday configuration", e);
    }
  }

  /**
   * A Jollyday holiday configuration (hierarchy {@code cn}) with one {@code Fixed} holiday per
   * date, valid in that date's year only.
   *
   * @param holidays the dates
   * @return the XML text
   */
  public static String configuration(Collection<LocalDate> holidays) {
    StringBuilder xml = new StringBuilder(64 * holidays.size() + 512);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<Configuration hierarchy=\"cn\" description=\"China mainland\"")
        .append(" xmlns=\"https://focus_shift.de/jollyday/schema/holiday\">\n")
        .append("  <Holidays>\n");
    for (LocalDate date : holidays) {
      xml.append("    <Fixed month=\"").append(date.getMonth().name())
          .append("\" day=\"").append(date.getDayOfMonth())
          .append("\" validFrom=\"").append(date.getYear())
          .append("\" validTo=\"").append(date.getYear())
          .append("\"/>\n");
    }
    xml.append("  </Holidays>\n</Configuration>\n");
    return xml.toString();
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate day = date;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  @Override
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    long count = 0;
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
        && !manager.isHoliday(date);
  }
}
