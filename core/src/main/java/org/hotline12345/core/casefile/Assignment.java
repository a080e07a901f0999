package org.hotline12345.core.casefile;

import java.time.Instant;
import org.hotline12345.core.timelimit.Stage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;

/**
 * One department's assignment to a case (派单记录): as lead (主办) or assisting (协办), when
 * it was assigned, signed for (签收) and, if it did, returned (退单) with its reason.
 *
 * @param department the department
 * @param lead true for the lead department, false for an assisting one
 * @param assignedAt when it was assigned
 * @param signedAt when it signed for the case, if it did
 * @param returnedAt when it returned the case, if it did
 * @param returnReason why it returned the case, if it did
 * @param deadlines for the lead, its own stage deadlines as they stood when it last had the
 *     case, and whether it met them: kept after a return or a reopen, for assessment (考核)
 * @param returnsDenied how often the platform denied its request to return the case (a wrong
 *     return, 错误退单, for assessment)
 */
public record Assignment(DepartmentId department, boolean lead, Instant assignedAt,
    Optional<Instant> signedAt, Optional<Instant> returnedAt, Optional<Remark> returnReason,
    Map<Stage, StageDeadline> deadlines, int returnsDenied) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Assignment {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(assignedAt, "assignedAt");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(returnedAt, "returnedAt");
    Objects.requireNonNull(returnReason, "returnReason");
    deadlines = Collections.unmodifiableMap(new EnumMap<>(
        deadlines.isEmpty() ? new EnumMap<Stage, StageDeadline>(Stage.class) : deadlines));
    if (returnsDenied < 0) {
      throw new IllegalArgumentException("returnsDenied must not be negative, was " + returnsDenied);
    }
  }

  /**
   * An assignment without denied returns: the shape before {@code returnsDenied} was added.
   *
   * @param department the department
   * @param lead true for the lead department, false for an assisting one
   * @param assignedAt when it was assigned
   * @param signedAt when it signed for the case, if it did
   * @param returnedAt when it returned the case, if it did
   * @param returnReason why it returned the case, if it did
   * @param deadlines for the lead, its own stage deadlines
   * @throws NullPointerException if a field is null
   */
  public Assignment(DepartmentId department, boolean lead, Instant assignedAt, Optional<Instant> signedAt,
      Optional<Instant> returnedAt, Optional<Remark> returnReason, Map<Stage, StageDeadline> deadlines) {
    this(department, lead, assignedAt, signedAt, returnedAt, returnReason, deadlines, 0);
  }

  static Assignment of(DepartmentId department, boolean lead, Instant at) {
    return new Assignment(department, lead, at, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  Assignment signed(Instant at) {
    return new Assignment(department, lead, assignedAt, Optional.of(at), returnedAt, returnReason, deadlines,
        returnsDenied);
  }

  Assignment returned(Instant at, Remark reason) {
    return new Assignment(department, lead, assignedAt, signedAt, Optional.of(at), Optional.of(reason), deadlines,
        returnsDenied);
  }

  /** This assignment with one more return request denied by the platform. */
  Assignment returnDenied() {
    return new Assignment(department, lead, assignedAt, signedAt, returnedAt, returnReason, deadlines,
        returnsDenied + 1);
  }

  /** This assignment with its deadlines as they stand now: each stage's latest state wins. */
  Assignment withDeadlines(Map<Stage, StageDeadline> current) {
    Map<Stage, StageDeadline> merged = new EnumMap<>(Stage.class);
    merged.putAll(deadlines);
    merged.putAll(current);
    return new Assignment(department, lead, assignedAt, signedAt, returnedAt, returnReason, merged, returnsDenied);
  }

  /**
   * Whether the assignment is still current: not returned.
   *
   * @return true if not returned
   */
  public boolean isActive() {
    return returnedAt.isEmpty();
  }
}
