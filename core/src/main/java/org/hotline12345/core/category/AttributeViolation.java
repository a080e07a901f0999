package org.hotline12345.core.category;

import java.util.Objects;
import org.hotline12345.core.internal.Texts;

/**
 * One way in which an appeal's attribute values break the definitions of its category, as
 * found by {@link CategoryTaxonomy#checkAttributes}: the attribute's code and the rule broken.
 *
 * <p>Neither component ever holds the value that was given, which may be personal data; a
 * violation can be logged and shown as it is.
 *
 * @param attribute the code of the attribute, for example {@code noise_source}; for a key that
 *     is not even a well-formed attribute code, {@value #MALFORMED_CODE}
 * @param rule the rule broken, in words, for example {@code is required but missing or blank}
 */
public record AttributeViolation(String attribute, String rule) {

  /** The attribute named in a violation whose key is not a well-formed attribute code. */
  public static final String MALFORMED_CODE = "(malformed code)";

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is blank
   */
  public AttributeViolation {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(rule, "rule");
    if (Texts.isBlank(attribute)) {
      throw new IllegalArgumentException("attribute must not be blank");
    }
    if (Texts.isBlank(rule)) {
      throw new IllegalArgumentException("rule must not be blank");
    }
  }

  /**
   * The violation as one sentence.
   *
   * @return for example {@code noise_source is required but missing or blank}
   */
  public String message() {
    return attribute + " " + rule;
  }
}
