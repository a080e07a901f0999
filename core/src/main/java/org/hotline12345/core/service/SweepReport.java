package org.hotline12345.core.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hotline12345.core.supervision.EscalationStep;

/**
 * What a supervision sweep (督办巡检) did: the cases it woke (their next alarm had passed), the
 * steps of the escalation ladder it took, by step. A case the sweep could not handle does not
 * stop it: the case is listed in {@link #failures()} with the kind of failure, and the sweep goes
 * on with the next one.
 *
 * @param scanned the open cases woken, handled or not
 * @param supervised the cases that took at least one step
 * @param stale the cases woken with no step due: rows written by an older version (whose alarm
 *     was the raw deadline) or under another policy or calendars; each is written again by its
 *     next event
 * @param steps the steps taken, by step, every step present (0 when none was taken)
 * @param failures the cases the sweep could not handle, in the order it met them
 */
public record SweepReport(int scanned, int supervised, int stale, Map<EscalationStep, Integer> steps,
    List<Failure> failures) {

  /**
   * Checks the fields and copies the steps and the failures.
   *
   * @throws NullPointerException if steps, a count in it, or failures is null
   * @throws IllegalArgumentException if a count is negative
   */
  public SweepReport {
    Objects.requireNonNull(steps, "steps");
    Map<EscalationStep, Integer> all = new EnumMap<>(EscalationStep.class);
    for (EscalationStep step : EscalationStep.values()) {
      int count = steps.containsKey(step) ? Objects.requireNonNull(steps.get(step), "steps: a null count") : 0;
      if (count < 0) {
        throw new IllegalArgumentException("steps: the count of " + step + " is negative: " + count);
      }
      all.put(step, count);
    }
    steps = Collections.unmodifiableMap(all);
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    if (scanned < 0 || supervised < 0 || stale < 0) {
      throw new IllegalArgumentException("scanned, supervised and stale must not be negative, were " + scanned
          + ", " + supervised + ", " + stale);
    }
  }

  /**
   * A sweep that handled every case it woke.
   *
   * @param scanned the cases woken
   * @param supervised the cases that took a step
   * @param steps the steps taken, by step; steps left out count 0
   * @return the report, with no stale cases and no failures
   */
  public static SweepReport of(int scanned, int supervised, Map<EscalationStep, Integer> steps) {
    return new SweepReport(scanned, supervised, 0, steps, List.of());
  }

  /**
   * How often a step was taken.
   *
   * @param step the step
   * @return the count
   * @throws NullPointerException if step is null
   */
  public int taken(EscalationStep step) {
    return steps.get(Objects.requireNonNull(step, "step"));
  }

  /**
   * Every step taken.
   *
   * @return the sum over the steps
   */
  public int stepsTaken() {
    int sum = 0;
    for (int count : steps.values()) {
      sum += count;
    }
    return sum;
  }

  /** Why the sweep could not handle a case. */
  public enum FailureKind {
    /** The case's stored events could not be decoded or replayed into a case. */
    UNREADABLE,
    /** The lifecycle refused the step ({@code CaseRuleException}). */
    REFUSED,
    /** The store failed, or kept conflicting, after the service's retries. */
    STORE,
    /** Deciding the steps failed otherwise (a calendar missing, a policy out of order). */
    UNEXPECTED
  }

  /**
   * A case the sweep could not handle. Holds no personal data: the case id, the kind of
   * failure and the simple class name of the exception, never its message.
   *
   * @param caseId the stored case id
   * @param kind what went wrong
   * @param exceptionType the simple class name of the exception that stopped the case
   */
  public record Failure(String caseId, FailureKind kind, String exceptionType) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Failure {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(exceptionType, "exceptionType");
    }
  }
}
