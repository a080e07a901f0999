package org.hotline12345.core.supervision;

import java.util.List;
import org.hotline12345.core.timelimit.Stage;

/**
 * The supervision policy (督办规则), a port: for each supervised stage, when its deadline turns
 * yellow, and the escalation ladder (逐级督办) its steps climb. {@link SupervisionTable} is the
 * table-driven default, with the {@linkplain SupervisionTable#standard() standard} preset; a host
 * may plug in its own.
 *
 * <p>An implementation must be pure and thread-safe: the same stage gives the same answer each
 * time, since the core computes every case's next alarm from it when it writes the case. It is
 * asked only about {@linkplain Stage#isSupervised() supervised} stages (never the return window).
 * What it answers is checked when used: a threshold outside {@code (0, 1]} or a ladder out of
 * order (see {@link SupervisionTable}) fails with {@link IllegalStateException}.
 */
public interface SupervisionPolicy {

  /**
   * The fraction of a stage's limit used at which its deadline turns yellow (亮黄灯), counted on
   * the handling department's calendar in the limit's own unit, without paused time; 0.8 in the
   * standard table. Red is when the deadline has passed.
   *
   * @param stage a supervised stage
   * @return a fraction above 0 and at most 1
   */
  double yellowThreshold(Stage stage);

  /**
   * The escalation ladder of a stage's deadline, lowest step first; empty when the stage has
   * lights only.
   *
   * @param stage a supervised stage
   * @return the rungs, in ladder order
   */
  List<Rung> ladder(Stage stage);
}
