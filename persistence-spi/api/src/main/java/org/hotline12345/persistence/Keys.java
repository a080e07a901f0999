package org.hotline12345.persistence;

import java.util.Objects;

/**
 * The alphabets and maximum lengths of the SPI's keys (键), and the checks the SPI's records
 * and stores apply to them. A store may size its columns by them: every length is counted in
 * UTF-16 code units ({@link String#length()}), so it is also an upper bound of the characters
 * any database counts.
 *
 * <table>
 *   <caption>Keys and text of the SPI</caption>
 *   <tr><th>kind</th><th>alphabet</th><th>length</th><th>where</th></tr>
 *   <tr><td>id</td><td>{@code A-Z a-z 0-9 . _ : -}</td><td>1 to 64</td>
 *     <td>case id, status, appeal type, channel, event type, outbox topic, sequence scope,
 *     outbox worker id</td></tr>
 *   <tr><td>message id</td><td>as an id</td><td>1 to 128</td><td>outbox message id</td></tr>
 *   <tr><td>inquiry code hash</td><td>as an id</td><td>32 to 128</td>
 *     <td>{@link StoredCase#inquiryCodeHash()}: a hash, never the code</td></tr>
 *   <tr><td>caller key</td><td>as an id</td><td>32 to 128</td>
 *     <td>{@link StoredCase#callerKey()}: a keyed hash, never the phone number</td></tr>
 *   <tr><td>directory key</td><td>Unicode letters and digits, {@code . _ : -}</td><td>1 to 64</td>
 *     <td>department ids (lead, assisting, parent), category codes, area codes</td></tr>
 *   <tr><td>case number</td><td>any characters but whitespace, control and format characters
 *     and unpaired surrogates</td><td>1 to 64</td><td>{@link StoredCase#caseNumber()}</td></tr>
 *   <tr><td>intake key</td><td>well-formed text</td><td>1 to 256</td><td>the key of idempotent
 *     intake</td></tr>
 *   <tr><td>case data key</td><td>opaque bytes</td><td>16 to 512 bytes</td>
 *     <td>{@link UnitOfWork#insertCaseKey}</td></tr>
 *   <tr><td>text</td><td>well-formed text: any characters, U+0000 included, but no unpaired
 *     surrogate</td><td>as documented where used</td><td>payloads, facts, names, aliases</td></tr>
 * </table>
 *
 * <p>Unpaired surrogates are refused everywhere: they are not Unicode text, and a database
 * that stores UTF-8 replaces them, so two different keys would come back as one. Optional text
 * is never empty: a field either holds at least one character or is absent (Oracle reads
 * {@code ''} back as NULL).
 */
public final class Keys {

  /** The longest id, directory key and case number. */
  public static final int MAX_KEY_LENGTH = 64;
  /** The longest outbox message id. */
  public static final int MAX_MESSAGE_ID_LENGTH = 128;
  /** The shortest inquiry code hash: a plain inquiry code is shorter. */
  public static final int MIN_INQUIRY_CODE_HASH_LENGTH = 32;
  /** The longest inquiry code hash. */
  public static final int MAX_INQUIRY_CODE_HASH_LENGTH = 128;
  /** The shortest caller key: a keyed hash, longer than any phone number. */
  public static final int MIN_CALLER_KEY_LENGTH = 32;
  /** The longest caller key. */
  public static final int MAX_CALLER_KEY_LENGTH = 128;
  /** The longest intake key. */
  public static final int MAX_INTAKE_KEY_LENGTH = 256;
  /** The fewest bytes of a case's data key (128 bits). */
  public static final int MIN_CASE_KEY_BYTES = 16;
  /** The most bytes of a case's data key (a wrapped key with its metadata). */
  public static final int MAX_CASE_KEY_BYTES = 512;

  private Keys() {}

  /**
   * Checks an id: 1 to 64 of {@code A-Z a-z 0-9 . _ : -}.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if value is null, naming the field
   * @throws IllegalArgumentException if the value is not an id, naming the field and the rule
   */
  public static String requireId(String field, String value) {
    return requireId(field, value, 1, MAX_KEY_LENGTH);
  }

  /**
   * Checks an id of given bounds: {@code A-Z a-z 0-9 . _ : -}.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @param minLength the fewest characters
   * @param maxLength the most characters
   * @return the value
   * @throws NullPointerException if value is null, naming the field
   * @throws IllegalArgumentException if the value is not such an id, naming the field and the rule
   */
  public static String requireId(String field, String value, int minLength, int maxLength) {
    String rule = minLength + " to " + maxLength + " characters of A-Z a-z 0-9 . _ : -";
    checkLength(field, value, minLength, maxLength, rule);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == ':' || c == '-';
      if (!ok) {
        throw refused(field, rule, value, i);
      }
    }
    return value;
  }

  /**
   * Checks a directory key (department id, category code, area code): 1 to 64 Unicode letters
   * and digits and {@code . _ : -}.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if value is null, naming the field
   * @throws IllegalArgumentException if the value is not a directory key, naming the field and the rule
   */
  public static String requireDirectoryKey(String field, String value) {
    String rule = "1 to " + MAX_KEY_LENGTH + " characters: Unicode letters and digits, . _ : -";
    checkLength(field, value, 1, MAX_KEY_LENGTH, rule);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      boolean ok = Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == ':' || cp == '-';
      if (!ok) {
        throw refused(field, rule, value, i);
      }
      i += Character.charCount(cp);
    }
    return value;
  }

  /**
   * Checks a case number: 1 to 64 characters, none of them whitespace, a control or format
   * character, or an unpaired surrogate.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if value is null, naming the field
   * @throws IllegalArgumentException if the value is not a case number, naming the field and the rule
   */
  public static String requireCaseNumber(String field, String value) {
    String rule = "1 to " + MAX_KEY_LENGTH
        + " characters without whitespace, control or format characters";
    checkLength(field, value, 1, MAX_KEY_LENGTH, rule);
    requireWellFormed(field, value);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int type = Character.getType(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
          || type == Character.FORMAT) {
        throw refused(field, rule, value, i);
      }
      i += Character.charCount(cp);
    }
    return value;
  }

  /**
   * Checks text of bounded length: well-formed (no unpaired surrogate), {@code minLength} to
   * {@code maxLength} UTF-16 code units.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @param minLength the fewest code units
   * @param maxLength the most code units
   * @return the value
   * @throws NullPointerException if value is null, naming the field
   * @throws IllegalArgumentException if the value is out of bounds or not well-formed, naming
   *     the field and the rule
   */
  public static String requireText(String field, String value, int minLength, int maxLength) {
    checkLength(field, value, minLength, maxLength, minLength + " to " + maxLength + " characters");
    return requireWellFormed(field, value);
  }

  /**
   * Checks that text is well-formed UTF-16: every surrogate is half of a pair.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if value is null, naming the field
   * @throws IllegalArgumentException if the value holds an unpaired surrogate, naming the field
   */
  public static String requireWellFormed(String field, String value) {
    Objects.requireNonNull(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(field + " must be well-formed text; its character " + (i + 1)
            + " is an unpaired surrogate U+" + String.format("%04X", (int) c));
      }
    }
    return value;
  }

  /**
   * Checks a case's data key: {@value #MIN_CASE_KEY_BYTES} to {@value #MAX_CASE_KEY_BYTES} bytes.
   *
   * @param field the field's name, for the message
   * @param key the key
   * @return the key
   * @throws NullPointerException if key is null, naming the field
   * @throws IllegalArgumentException if its length is out of range, naming the field and the
   *     rule (never the bytes)
   */
  public static byte[] requireCaseKey(String field, byte[] key) {
    Objects.requireNonNull(key, field);
    if (key.length < MIN_CASE_KEY_BYTES || key.length > MAX_CASE_KEY_BYTES) {
      throw new IllegalArgumentException(field + " must be " + MIN_CASE_KEY_BYTES + " to " + MAX_CASE_KEY_BYTES
          + " bytes; it has " + key.length);
    }
    return key;
  }

  private static void checkLength(String field, String value, int min, int max, String rule) {
    Objects.requireNonNull(value, field);
    if (value.length() < min || value.length() > max) {
      throw new IllegalArgumentException(field + " must be " + rule + "; it has " + value.length() + " characters");
    }
  }

  /** Names the field, the rule and the code point of the first character that breaks it, never the value. */
  private static IllegalArgumentException refused(String field, String rule, String value, int index) {
    int cp = value.codePointAt(index);
    return new IllegalArgumentException(field + " must be " + rule + "; its character " + (index + 1)
        + " is U+" + String.format("%04X", cp));
  }
}
