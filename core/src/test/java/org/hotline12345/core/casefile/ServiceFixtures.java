package org.hotline12345.core.casefile;

import java.time.Instant;
import org.hotline12345.core.appeal.Appeal;

/** The scenario fixtures, opened to tests in other packages. */
public final class ServiceFixtures {

  /** Monday 11 March 2024, 09:00 Beijing time. */
  public static final Instant T0 = Scenario.T0;

  private ServiceFixtures() {}

  /**
   * A lifecycle on the Nanjing-like directory with the seeds' limits.
   *
   * @return the lifecycle
   */
  public static CaseLifecycle.Builder lifecycleBuilder() {
    return Scenario.lifecycleBuilder();
  }

  /**
   * A lifecycle on the Nanjing-like directory with the seeds' limits, built.
   *
   * @return the lifecycle
   */
  public static CaseLifecycle lifecycle() {
    return Scenario.lifecycleBuilder().build();
  }

  /**
   * A noise complaint by a named citizen.
   *
   * @return the appeal
   */
  public static Appeal complaint() {
    return Scenario.complaint();
  }

  /**
   * The 2027 New Year's Day holiday as a State Council notice would give it: 元旦, Friday 1 to
   * Sunday 3 January 2027. The shipped schedule ends with 2026, so deadlines into 2027 are
   * provisional until a calendar has this layer.
   *
   * @return the layer
   */
  public static org.hotline12345.calendar.CalendarLayer notice2027() {
    return org.hotline12345.calendar.CalendarLayer.of("国务院2027",
        org.hotline12345.calendar.SpecialDay.holiday(java.time.LocalDate.of(2027, 1, 1), "元旦"),
        org.hotline12345.calendar.SpecialDay.holiday(java.time.LocalDate.of(2027, 1, 2), "元旦"),
        org.hotline12345.calendar.SpecialDay.holiday(java.time.LocalDate.of(2027, 1, 3), "元旦"));
  }
}
