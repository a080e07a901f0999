package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of {@link CaseChange}, each with a stable wire name: the event type stored by the
 * persistence SPI and the topic of outbox messages. Wire names never derive from Java class
 * names, so renaming a class breaks no stored event and no consumer; a wire name, once
 * published, never changes.
 */
public enum EventKind {
  /** {@link CaseChange.Registered}. */
  REGISTERED("case.registered"),
  /** {@link CaseChange.Accepted}. */
  ACCEPTED("case.accepted"),
  /** {@link CaseChange.NotAccepted}. */
  NOT_ACCEPTED("case.not-accepted"),
  /** {@link CaseChange.ReferredToEmergency}. */
  REFERRED_TO_EMERGENCY("case.referred-to-emergency"),
  /** {@link CaseChange.AnsweredDirectly}. */
  ANSWERED_DIRECTLY("case.answered-directly"),
  /** {@link CaseChange.MergedInto}. */
  MERGED_INTO("case.merged-into"),
  /** {@link CaseChange.DuplicateAbsorbed}. */
  DUPLICATE_ABSORBED("case.duplicate-absorbed"),
  /** {@link CaseChange.Dispatched}. */
  DISPATCHED("case.dispatched"),
  /** {@link CaseChange.SignedFor}. */
  SIGNED_FOR("case.signed-for"),
  /** {@link CaseChange.Returned}. */
  RETURNED("case.returned"),
  /** {@link CaseChange.ReturnRequested}. */
  RETURN_REQUESTED("case.return-requested"),
  /** {@link CaseChange.ReturnDenied}. */
  RETURN_DENIED("case.return-denied"),
  /** {@link CaseChange.ContactRecorded}. */
  CONTACT_RECORDED("case.contact-recorded"),
  /** {@link CaseChange.ExtensionRequested}. */
  EXTENSION_REQUESTED("case.extension-requested"),
  /** {@link CaseChange.ExtensionApproved}. */
  EXTENSION_APPROVED("case.extension-approved"),
  /** {@link CaseChange.ExtensionDenied}. */
  EXTENSION_DENIED("case.extension-denied"),
  /** {@link CaseChange.ClockPaused}. */
  CLOCK_PAUSED("case.clock-paused"),
  /** {@link CaseChange.ClockResumed}. */
  CLOCK_RESUMED("case.clock-resumed"),
  /** {@link CaseChange.Replied}. */
  REPLIED("case.replied"),
  /** {@link CaseChange.ReplyReviewed}. */
  REPLY_REVIEWED("case.reply-reviewed"),
  /** {@link CaseChange.CalledBack}. */
  CALLED_BACK("case.called-back"),
  /** {@link CaseChange.Reopened}. */
  REOPENED("case.reopened"),
  /** {@link CaseChange.Closed}. */
  CLOSED("case.closed"),
  /** {@link CaseChange.Supervised}. */
  SUPERVISED("case.supervised"),
  /** {@link CaseChange.PersonalDataErased}. */
  PERSONAL_DATA_ERASED("case.personal-data-erased"),
  /** {@link CaseChange.Classified}. */
  CLASSIFIED("case.classified"),
  /** {@link CaseChange.DeadlinesRecomputed}. */
  DEADLINES_RECOMPUTED("case.deadlines-recomputed"),
  /** {@link CaseChange.Imported}: a case imported from history, the first event of its log. */
  IMPORTED("case.imported"),
  /** {@link CaseChange.SupervisionStepTaken}. */
  SUPERVISION_STEP_TAKEN("case.supervision-step");

  private final String wireName;

  EventKind(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The stable wire name, for example {@code case.dispatched}.
   *
   * @return the name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The kind with a wire name.
   *
   * @param wireName a wire name
   * @return the kind, or empty if no kind has that name (an event written by a later version)
   * @throws NullPointerException if wireName is null
   */
  public static Optional<EventKind> ofWireName(String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    for (EventKind kind : values()) {
      if (kind.wireName.equals(wireName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
