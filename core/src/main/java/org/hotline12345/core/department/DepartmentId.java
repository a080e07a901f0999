package org.hotline12345.core.department;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a {@linkplain Department department} (承办单位) in a directory, for
 * example {@code nj.gulou.hunanlu} or {@code 320106}.
 *
 * @param value letters, digits and {@code . _ : -}, 1 to 64 characters
 */
public record DepartmentId(String value) {

  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{Nd}._:-]{1,64}");

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 letters, digits or {@code . _ : -}
   */
  public DepartmentId {
    Objects.requireNonNull(value, "value");
    if (!isPlainAscii(value) && !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "department id must be 1 to 64 letters, digits or . _ : - (was " + value.length() + " characters)");
    }
  }

  /** The common case without the pattern: 1 to 64 of ASCII letters, digits and {@code . _ : -}. */
  private static boolean isPlainAscii(String value) {
    int n = value.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
          || c == ':' || c == '-')) {
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
  public static DepartmentId of(String value) {
    return new DepartmentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
