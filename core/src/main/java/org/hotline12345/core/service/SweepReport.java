package org.hotline12345.core.service;

import java.util.List;
import java.util.Objects;

/**
 * What a supervision sweep (督办巡检) did. A case the sweep could not handle does not stop it:
 * the case is listed in {@link #failures()} with the kind of failure, and the sweep goes on
 * with the next one.
 *
 * @param scanned the open cases with a deadline in the window, handled or not
 * @param reminded the cases reminded (提醒) of a near deadline
 * @param urged the cases urged (催办) for a passed deadline
 * @param failures the cases the sweep could not handle, in the order it met them
 */
public record SweepReport(int scanned, int reminded, int urged, List<Failure> failures) {

  /**
   * Checks the fields and copies the failures.
   *
   * @throws NullPointerException if failures is null
   */
  public SweepReport {
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /**
   * A sweep that handled every case it scanned.
   *
   * @param scanned the cases scanned
   * @param reminded the cases reminded
   * @param urged the cases urged
   * @return the report
   */
  public static SweepReport of(int scanned, int reminded, int urged) {
    return new SweepReport(scanned, reminded, urged, List.of());
  }

  /** Why the sweep could not handle a case. */
  public enum FailureKind {
    /** The case's stored events could not be decoded or replayed into a case. */
    UNREADABLE,
    /** The lifecycle refused the supervision mark ({@code CaseRuleException}). */
    REFUSED,
    /** The store failed, or kept conflicting, after the service's retries. */
    STORE,
    /** Deciding the mark failed otherwise. */
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
