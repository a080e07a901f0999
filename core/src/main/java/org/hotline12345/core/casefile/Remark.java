package org.hotline12345.core.casefile;

import java.util.Objects;

/**
 * Free text written in handling a case: a reason, a note, an answer, a reply. It may quote the
 * citizen, so its {@code toString} shows only its length; read it with {@link #text()}.
 *
 * @param text the text, at most 20,000 characters; may be empty
 */
public record Remark(String text) {

  /** The longest remark accepted. */
  public static final int MAX_LENGTH = 20_000;

  /**
   * Checks the text.
   *
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if text is longer than {@link #MAX_LENGTH}
   */
  public Remark {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("remark must be at most " + MAX_LENGTH + " characters, was " + text.length());
    }
  }

  /**
   * A remark of the given text.
   *
   * @param text the text
   * @return the remark
   */
  public static Remark of(String text) {
    return new Remark(text);
  }

  /**
   * An empty remark.
   *
   * @return the remark
   */
  public static Remark none() {
    return new Remark("");
  }

  /**
   * Whether the text is blank.
   *
   * @return true if blank
   */
  public boolean isBlank() {
    return text.isBlank();
  }

  @Override
  public String toString() {
    return "Remark[" + text.length() + " characters]";
  }
}
