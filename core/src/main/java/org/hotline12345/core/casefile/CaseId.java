package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The internal, stable identifier of a case; not the readable {@linkplain CaseNumber case
 * number} shown to citizens and clerks.
 *
 * @param value letters, digits and {@code - _}, 1 to 64 characters, for example a UUID
 */
public record CaseId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 letters, digits, - or _
   */
  public CaseId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("case id must be 1 to 64 letters, digits, - or _");
    }
  }

  /**
   * The identifier of the given text.
   *
   * @param value the text
   * @return the identifier
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
