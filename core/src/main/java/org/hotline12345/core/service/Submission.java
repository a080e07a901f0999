package org.hotline12345.core.service;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.InquiryCode;

/**
 * What {@link HotlineService#submit} gives back: the case, and the citizen's inquiry code (查询码)
 * when this submission registered it. The code exists in clear only here, once: give it to the
 * citizen (read it out, send it by SMS); the SDK stores only its hash. A repeated submission of
 * an appeal already registered (the same channel and external id) returns the case without a
 * code.
 *
 * <p>With {@link Automation#AUTOMATIC}, the case comes back as the rules left it. When a step
 * of the automation was refused by the lifecycle or failed in a port (a triage, classifier or
 * router that threw), the case stays where it was, for a person, and
 * {@link #automationStopped()} says which step and why: nothing already stored is lost, and
 * the citizen still gets the code.
 *
 * @param registered the case
 * @param inquiryCode the code, present when this submission registered the case
 * @param automationStopped why the automation stopped before its end, if it did: the step and
 *     the rule or exception type, never personal data
 */
public record Submission(Case registered, Optional<InquiryCode> inquiryCode,
    Optional<String> automationStopped) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Submission {
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(inquiryCode, "inquiryCode");
    Objects.requireNonNull(automationStopped, "automationStopped");
  }

  /**
   * A submission whose automation, if any, ran to its end.
   *
   * @param registered the case as registered and, with automation, as the rules left it
   * @param inquiryCode the inquiry code issued, empty for a repeat
   * @throws NullPointerException if an argument is null
   */
  public Submission(Case registered, Optional<InquiryCode> inquiryCode) {
    this(registered, inquiryCode, Optional.empty());
  }

  /**
   * Whether the appeal had been submitted before, so no new case was registered.
   *
   * @return true for a repeat
   */
  public boolean isRepeat() {
    return inquiryCode.isEmpty();
  }

  @Override
  public String toString() {
    return "Submission[" + registered + (isRepeat() ? ", repeat" : ", code issued") + "]";
  }
}
