package org.hotline12345.core.casefile;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The inquiry code (查询码) a citizen uses to look up a case, including a confidential one,
 * without logging in: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
 * about 59 bits from a {@link SecureRandom}, so it cannot be guessed. It grants access, so
 * {@code toString} hides it; read it with {@link #value()}.
 *
 * @param value 12 characters of the alphabet
 */
public record InquiryCode(String value) {

  /** The alphabet of inquiry codes. */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORM = Pattern.compile("[" + ALPHABET + "]{12}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 12 characters of the alphabet
   */
  public InquiryCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("inquiry code must be 12 characters of " + ALPHABET);
    }
  }

  /**
   * A new code from a shared {@link SecureRandom}.
   *
   * @return the code
   */
  public static InquiryCode random() {
    return random(RANDOM);
  }

  /**
   * A new code from the given generator; use a {@link SecureRandom} outside tests.
   *
   * @param random the generator
   * @return the code
   */
  public static InquiryCode random(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    char[] chars = new char[12];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new InquiryCode(new String(chars));
  }

  /**
   * Parses a code as a citizen types it: case-insensitive, ignoring spaces and dashes.
   *
   * @param typed the typed code
   * @return the code
   * @throws IllegalArgumentException if it is not a valid code
   */
  public static InquiryCode parse(String typed) {
    Objects.requireNonNull(typed, "typed");
    if (typed.length() > 64) {
      throw new IllegalArgumentException("inquiry code must be 12 characters of " + ALPHABET);
    }
    return new InquiryCode(typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The code's hash, which is all the case, its events and the store keep: SHA-256 over a
   * fixed domain prefix and the code, in lower-case hexadecimal. A code has about 59 bits of
   * entropy from {@link SecureRandom}, too many to try offline at the scale of a city's
   * cases, and the lookup through the service is limited per source.
   *
   * @return the hash
   */
  public InquiryCodeHash hash() {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(("hotline12345/inquiry-code/v1:" + value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new InquiryCodeHash(java.util.HexFormat.of().formatHex(digest));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "InquiryCode[***]";
  }
}
