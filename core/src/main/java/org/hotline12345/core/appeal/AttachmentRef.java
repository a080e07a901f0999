package org.hotline12345.core.appeal;

import java.util.Objects;

/**
 * An attachment (附件) of an appeal, by reference: the SDK stores where the host keeps the
 * file, never the file itself.
 *
 * @param reference where the host keeps it, for example an object-store key or a URI
 * @param mediaType the media type, for example {@code image/jpeg}
 */
public record AttachmentRef(String reference, String mediaType) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank
   */
  public AttachmentRef {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(mediaType, "mediaType");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("attachment reference must not be blank");
    }
    if (mediaType.isBlank()) {
      throw new IllegalArgumentException("attachment mediaType must not be blank");
    }
  }

  /** References may name the citizen's files: kept out of text. */
  @Override
  public String toString() {
    return "AttachmentRef[" + mediaType + "]";
  }
}
