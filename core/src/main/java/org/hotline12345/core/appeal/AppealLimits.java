package org.hotline12345.core.appeal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounds on every input of an appeal (诉求), in one place, so that a host can put them on
 * its forms ({@code maxlength}, hints) and show the same rules the library enforces.
 *
 * <p>Two kinds of rules, checked in two places:
 * <ul>
 *   <li><b>What no stored appeal may hold</b>, checked when a value is built, whatever
 *       {@link AppealCheck} the host uses, so that nothing can make a record that cannot be
 *       stored faithfully or read back: every text is well-formed UTF-16 (no unpaired
 *       surrogate) and at most its maximum length; lists and maps at most their maximum size;
 *       area codes and names, attachment references and media types, attribute keys not blank.
 *       A value that breaks them is refused with an {@link IllegalArgumentException} naming
 *       every broken field and rule, never the text. These maxima never shrink in a later
 *       version (stored appeals must stay readable); they may grow.
 *   <li><b>What makes an appeal complete and plausible</b> (诉求要素), the Jakarta Validation
 *       constraints on the getters, checked at registration by
 *       {@link AppealCheck#jakarta(jakarta.validation.Validator)}: content, names, address,
 *       external id and enterprise name not blank (spaces and invisible characters alone, such
 *       as zero-width spaces, direction marks, no-break spaces or NUL, are blank); a phone number
 *       of {@value #MIN_PHONE_DIGITS} to {@value #MAX_PHONE_DIGITS} digits with optional
 *       separators; a resident identity card number (身份证号) with a province-level region, a
 *       real birth date from {@link #EARLIEST_BIRTH_DATE} to today by the validator's clock
 *       ({@link jakarta.validation.ClockProvider}), and the right check digit; a citizen
 *       anonymous or reachable by phone; a location that locates. These are left to the check
 *       rather than the builder because masked copies and drafts legitimately break them.
 * </ul>
 *
 * <p>Lengths count UTF-16 code units, as {@link String#length()}, Jakarta's {@code @Size} and
 * HTML's {@code maxlength} do: a Chinese character of the basic plane counts 1, an emoji or a
 * rare character outside it counts 2.
 */
public final class AppealLimits {

  /** The most characters of an appeal's content (诉求内容). */
  public static final int MAX_CONTENT_LENGTH = 20_000;
  /** The most characters of a citizen's name. */
  public static final int MAX_NAME_LENGTH = 100;
  /** The most characters of a phone number as written, separators included. */
  public static final int MAX_PHONE_LENGTH = 32;
  /**
   * The fewest digits of a phone number: five, for short service numbers such as
   * {@code 12345}.
   */
  public static final int MIN_PHONE_DIGITS = 5;
  /**
   * The most digits of a phone number: twenty, enough for an international number with its
   * country code and an extension-free landline with its area code.
   */
  public static final int MAX_PHONE_DIGITS = 20;
  /** The length of a resident identity card number: 17 digits and a check character. */
  public static final int MAX_ID_NUMBER_LENGTH = 18;
  /** The earliest birth date an ID number may carry. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  /** The most characters of an address. */
  public static final int MAX_ADDRESS_LENGTH = 500;
  /** The most characters of an area's code, such as a 12-digit statistical division code. */
  public static final int MAX_AREA_CODE_LENGTH = 64;
  /** The most characters of an area's name. */
  public static final int MAX_AREA_NAME_LENGTH = 100;
  /** The most characters of the id a channel gave an appeal. */
  public static final int MAX_EXTERNAL_ID_LENGTH = 128;
  /** The most attachments of one appeal. */
  public static final int MAX_ATTACHMENTS = 50;
  /** The most characters of an attachment's reference, such as a URI or an object key. */
  public static final int MAX_ATTACHMENT_REFERENCE_LENGTH = 2_048;
  /** The most characters of an attachment's media type (RFC 6838: 127 for each half). */
  public static final int MAX_MEDIA_TYPE_LENGTH = 255;
  /** The most category-specific attributes of one appeal. */
  public static final int MAX_ATTRIBUTES = 100;
  /** The most characters of an attribute's key (its code, as the taxonomy defines it). */
  public static final int MAX_ATTRIBUTE_KEY_LENGTH = 64;
  /** The most characters of an attribute's value. */
  public static final int MAX_ATTRIBUTE_VALUE_LENGTH = 2_000;
  /** The most characters of an enterprise's registered name. */
  public static final int MAX_ENTERPRISE_NAME_LENGTH = 200;
  /** The length of a unified social credit code (统一社会信用代码). */
  public static final int MAX_CREDIT_CODE_LENGTH = 18;

  private static final Map<String, Integer> MAX_LENGTHS = maxLengthsByPath();

  private AppealLimits() {}

  /**
   * The maximum length of every text of an appeal, by its property path as Jakarta Validation
   * names it ({@code content}, {@code citizen.name}, {@code location.area.code}, …), in the order
   * a form shows them. Attribute keys and values are under {@code attributes.key} and
   * {@code attributes.value}.
   *
   * @return the maxima in UTF-16 code units; unmodifiable
   */
  public static Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }

  private static Map<String, Integer> maxLengthsByPath() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("content", MAX_CONTENT_LENGTH);
    m.put("citizen.name", MAX_NAME_LENGTH);
    m.put("citizen.phone", MAX_PHONE_LENGTH);
    m.put("citizen.idNumber", MAX_ID_NUMBER_LENGTH);
    m.put("location.address", MAX_ADDRESS_LENGTH);
    m.put("location.area.code", MAX_AREA_CODE_LENGTH);
    m.put("location.area.name", MAX_AREA_NAME_LENGTH);
    m.put("enterprise.name", MAX_ENTERPRISE_NAME_LENGTH);
    m.put("enterprise.creditCode", MAX_CREDIT_CODE_LENGTH);
    m.put("externalId", MAX_EXTERNAL_ID_LENGTH);
    m.put("attachments.reference", MAX_ATTACHMENT_REFERENCE_LENGTH);
    m.put("attachments.mediaType", MAX_MEDIA_TYPE_LENGTH);
    m.put("attributes.key", MAX_ATTRIBUTE_KEY_LENGTH);
    m.put("attributes.value", MAX_ATTRIBUTE_VALUE_LENGTH);
    return Collections.unmodifiableMap(m);
  }
}
