package org.hotline12345.core.casefile;

import java.util.Objects;

/**
 * The result of an accepted command: the case after it, and the event that made it, which the
 * host appends to the case's log.
 *
 * @param after the new case
 * @param event the event
 */
public record Transition(Case after, CaseEvent event) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Transition {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(event, "event");
  }
}
