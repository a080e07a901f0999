package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The hash of an {@link InquiryCode} (查询码): what the case, its events and the store keep,
 * so that neither a database reader, a backup nor an event consumer learns a code that opens
 * a citizen's case. The code itself is shown to the citizen once, at registration.
 *
 * @param value 64 lower-case hexadecimal digits (SHA-256)
 */
public record InquiryCodeHash(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 64 lower-case hexadecimal digits
   */
  public InquiryCodeHash {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("inquiryCodeHash: must be 64 lower-case hexadecimal digits");
    }
  }

  /** Shows only the first 8 digits. */
  @Override
  public String toString() {
    return "InquiryCodeHash[" + value.substring(0, 8) + "…]";
  }
}
