package org.hotline12345.core.timelimit;

import static org.hotline12345.calendar.TimeLimit.hours;
import static org.hotline12345.calendar.TimeLimit.workingDays;

import org.hotline12345.core.appeal.AppealType;

/**
 * Time-limit presets from published practice. All numbers are configurable: start from a
 * preset with {@link TimeLimitTable#toBuilder()} and add rules.
 */
public final class TimeLimitPolicies {

  private TimeLimitPolicies() {}

  /**
   * The seeds' limits (Nanjing, Beijing and the national platform): sign for within 2 hours,
   * first contact within 3 working days, resolve within 5 working days, return within 1
   * working day. The seeds give no callback limit; this preset uses 3 working days.
   *
   * @return the table
   */
  public static TimeLimitTable seeds() {
    return TimeLimitTable.builder()
        .rule(Stage.SIGN_FOR, hours(2))
        .rule(Stage.FIRST_CONTACT, workingDays(3))
        .rule(Stage.RESOLUTION, workingDays(5))
        .rule(Stage.RETURN, workingDays(1))
        .rule(Stage.CALLBACK, workingDays(3))
        .build();
  }

  /**
   * Shenyang: the seeds' limits, with resolution by type: consultation 2 working days, help and
   * suggestions 5, complaints and reports 20.
   *
   * @return the table
   */
  public static TimeLimitTable shenyang() {
    return seeds().toBuilder()
        .rule(Stage.RESOLUTION, AppealType.CONSULTATION, workingDays(2))
        .rule(Stage.RESOLUTION, AppealType.HELP, workingDays(5))
        .rule(Stage.RESOLUTION, AppealType.SUGGESTION, workingDays(5))
        .rule(Stage.RESOLUTION, AppealType.COMPLAINT, workingDays(20))
        .rule(Stage.RESOLUTION, AppealType.REPORT, workingDays(20))
        .build();
  }

  /**
   * Shandong: handle within 5 working days, return within 2 working days with a reason (its
   * extension cap of 10 working days is a lifecycle setting:
   * {@code CaseLifecycle.Builder#maxExtensionTotal}).
   *
   * @return the table
   */
  public static TimeLimitTable shandong() {
    return seeds().toBuilder()
        .rule(Stage.RESOLUTION, workingDays(5))
        .rule(Stage.RETURN, workingDays(2))
        .build();
  }
}
