package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.Objects;
import org.hotline12345.core.supervision.Addressee;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.timelimit.Stage;

/**
 * A step of the escalation ladder taken on a case (督办记录): the deadline it was for (its stage
 * and due instant), the step, its addressee, the light at the time, when and by whom. Holds no
 * personal data.
 *
 * @param stage the stage
 * @param step the step
 * @param addressee to whom it was addressed
 * @param light the deadline's light when it was taken
 * @param dueAt the deadline's due instant
 * @param at when it was taken
 * @param by who took it: the system's sweep or a supervisor
 */
public record SupervisionRecord(Stage stage, EscalationStep step, Addressee addressee, Light light, Instant dueAt,
    Instant at, Actor by) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public SupervisionRecord {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }

  /**
   * Whether this records the step for the deadline of the stage due at the instant.
   *
   * @param stage the stage
   * @param step the step
   * @param dueAt the due instant
   * @return true if it is the same step for the same deadline
   */
  public boolean isFor(Stage stage, EscalationStep step, Instant dueAt) {
    return this.stage == stage && this.step == step && this.dueAt.equals(dueAt);
  }
}
