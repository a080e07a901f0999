package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * A supervision mark (督办标记) on a case.
 *
 * @param kind remind, urge or escalate
 * @param at when
 * @param by who supervised
 * @param note what was said
 */
public record SupervisionMark(SupervisionKind kind, Instant at, Actor by, Remark note) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public SupervisionMark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(note, "note");
  }
}
