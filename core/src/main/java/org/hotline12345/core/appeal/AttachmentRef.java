package org.hotline12345.core.appeal;

import java.util.Objects;
import org.hotline12345.core.internal.Texts;

/**
 * An attachment (附件) of an appeal, by reference: the SDK stores where the host keeps the
 * file, never the file itself.
 *
 * @param reference where the host keeps it, for example an object-store key or a URI; not
 *     blank, at most {@value AppealLimits#MAX_ATTACHMENT_REFERENCE_LENGTH} characters
 * @param mediaType the media type, for example {@code image/jpeg}; not blank, at most
 *     {@value AppealLimits#MAX_MEDIA_TYPE_LENGTH} characters
 */
public record AttachmentRef(String reference, String mediaType) {

  /**
   * Checks the fields: neither blank (spaces and invisible characters alone are blank), both
   * well-formed UTF-16 and within their maximum length.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException naming every field that breaks a rule
   */
  public AttachmentRef {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(mediaType, "mediaType");
    Invariants.of("AttachmentRef")
        .notBlank("reference", reference)
        .text("reference", reference, AppealLimits.MAX_ATTACHMENT_REFERENCE_LENGTH)
        .notBlank("mediaType", mediaType)
        .text("mediaType", mediaType, AppealLimits.MAX_MEDIA_TYPE_LENGTH)
        .check();
  }

  /** The media type only: references may name the citizen's files. */
  @Override
  public String toString() {
    return "AttachmentRef[" + Texts.forDisplay(mediaType, 64) + "]";
  }
}
