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
 * @param registered the case
 * @param inquiryCode the code, present when this submission registered the case
 */
public record Submission(Case registered, Optional<InquiryCode> inquiryCode) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Submission {
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(inquiryCode, "inquiryCode");
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
