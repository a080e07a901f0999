package org.hotline12345.core.supervision;

import org.hotline12345.core.casefile.Case;

/** Helpers shared by the plan's tests. */
final class SupervisionPlanTestSupport {

  private SupervisionPlanTestSupport() {}

  /** The case after a sweep at a time when every step of the standard ladder is due. */
  static Case climbedToTheTop(Case c) {
    java.time.Instant late = SupervisedCases.plan(c).watches().stream()
        .flatMap(w -> w.triggers().stream()).map(SupervisionPlan.Trigger::at)
        .max(java.util.Comparator.naturalOrder()).orElseThrow().plusSeconds(1);
    return SupervisedCases.sweep(c, SupervisionTable.standard(), late);
  }
}
