package org.hotline12345.core.casefile;

import java.util.Objects;

/**
 * The internal, stable identifier of a case; not the readable {@linkplain CaseNumber case
 * number} shown to citizens and clerks.
 *
 * @param value letters, digits and {@code - _}, 1 to 64 characters, for example a UUID
 */
public record CaseId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 letters, digits, - or _
   */
  public CaseId {
    Objects.requireNonNull(value, "value");
    if (!hasForm(value)) {
      throw new IllegalArgumentException("case id must be 1 to 64 letters, digits, - or _");
    }
  }

  /** The form {@code [A-Za-z0-9_-]{1,64}}, checked without a pattern (a scoring pass makes millions). */
  private static boolean hasForm(String value) {
    int n = value.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
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
