package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of an accepted command: the case after it, and the event that made it, which the
 * host appends to the case's log.
 *
 * @param after the new case
 * @param event the event
 * @param inquiryCode the citizen's inquiry code (查询码), issued by the registration only: the
 *     one moment it exists in clear; give it to the citizen, it is stored only as a hash
 */
public record Transition(Case after, CaseEvent event, Optional<InquiryCode> inquiryCode) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Transition {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(inquiryCode, "inquiryCode");
  }

  /**
   * A transition that issued no inquiry code: every one but the registration.
   *
   * @param after the case after the event
   * @param event the event
   */
  public Transition(Case after, CaseEvent event) {
    this(after, event, Optional.empty());
  }
}
