package org.hotline12345.core.category;

import java.util.Objects;
import java.util.regex.Pattern;
import org.hotline12345.core.internal.Texts;

/**
 * The code of a {@linkplain Category category} in the taxonomy (分类编码), for example the
 * numeric codes of the national standard, one segment a level ({@code 01}, {@code 0103},
 * {@code 010302}), or a city's own codes such as {@code bulky-items}.
 *
 * @param value letters, digits and {@code . _ -}, 1 to 64 characters
 */
public record CategoryCode(String value) {

  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{Nd}._-]{1,64}");

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 letters, digits or {@code . _ -}
   */
  public CategoryCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "category code must be 1 to 64 letters, digits or . _ - (was " + Texts.quote(value) + ")");
    }
  }

  /**
   * The code of the given text.
   *
   * @param value the text
   * @return the code
   */
  public static CategoryCode of(String value) {
    return new CategoryCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
