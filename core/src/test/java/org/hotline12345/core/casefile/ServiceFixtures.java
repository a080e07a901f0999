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
}
