package org.hotline12345.examples.la311;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hotline12345.calendar.CalendarLayer;
import org.hotline12345.calendar.WorkingCalendar;

/**
 * The US federal holidays (5 U.S.C. 6103), which the City of Los Angeles observes: New Year's
 * Day, Martin Luther King Jr.'s Birthday, Washington's Birthday, Memorial Day, Juneteenth (from
 * 2021), Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving Day and
 * Christmas Day, each on the day federal employees observe it: a holiday on a Saturday is
 * observed on the Friday before (New Year's Day 2022 on Friday 31 December 2021), one on a
 * Sunday on the Monday after. The list, for 2015 to 2030, is the CSV resource {@value
 * #RESOURCE} beside this class, in the calendar's own {@code date,kind,name} form.
 */
public final class UsFederalHolidays {

  /** The resource, beside this class. */
  public static final String RESOURCE = "us-federal-holidays.csv";

  /** The calendar's id, as departments name it. */
  public static final String CALENDAR_ID = "us-federal";

  /** The first year listed. */
  public static final int FIRST_YEAR = 2015;

  /** The last year listed: a deadline reaching beyond it is provisional. */
  public static final int LAST_YEAR = 2030;

  private static final CalendarLayer LAYER = load();

  private UsFederalHolidays() {}

  private static CalendarLayer load() {
    try (InputStream in = UsFederalHolidays.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the hotline-la311 jar");
      }
      return CalendarLayer.readCsv(in, RESOURCE, "US federal holidays");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The holidays as a layer.
   *
   * @return the layer, shared and immutable
   */
  public static CalendarLayer layer() {
    return LAYER;
  }

  /**
   * Monday to Friday in Pacific time ({@link La311Dates#ZONE}), less the federal holidays; the
   * schedule known for {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
   *
   * @return the calendar, id {@value #CALENDAR_ID}
   */
  public static WorkingCalendar calendar() {
    return WorkingCalendar.builder(CALENDAR_ID, La311Dates.ZONE).layer(LAYER)
        .scheduleKnownFor(FIRST_YEAR, LAST_YEAR).build();
  }
}
