package org.hotline12345.core.casefile;

import java.util.Objects;

/**
 * The readable number of a case (工单编号), as clerks and citizens quote it, for example
 * {@code NJ20241008000123}; made by a {@link CaseNumberFormat}.
 *
 * @param value the number, 1 to 64 characters, no whitespace
 */
public record CaseNumber(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is empty, longer than 64 or has whitespace
   */
  public CaseNumber {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > 64 || hasWhitespace(value)) {
      throw new IllegalArgumentException("case number must be 1 to 64 characters without whitespace");
    }
  }

  private static boolean hasWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return value;
  }
}
