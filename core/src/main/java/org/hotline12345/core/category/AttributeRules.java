package org.hotline12345.core.category;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hotline12345.core.internal.Texts;

/**
 * Checks attribute values against definitions for {@link CategoryTaxonomy#checkAttributes};
 * package-private. The rules it reports name the attribute and never the value.
 */
final class AttributeRules {

  static final String REQUIRED = "is required but missing or blank";
  static final String NOT_A_NUMBER = "must be a decimal number, for example 3 or -2.5";
  static final String NOT_A_DATE_TIME = "must be an ISO-8601 date-time or date, for example"
      + " 2024-05-01T22:30:00+08:00, 2024-05-01T22:30 or 2024-05-01";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private AttributeRules() {}

  static String notAllowed(AttributeDefinition definition) {
    return "must be one of the allowed values: " + String.join(", ", definition.getValues());
  }

  static String notAllowedChoice(AttributeDefinition definition) {
    return "must be one or more of the allowed values, separated by commas: "
        + String.join(", ", definition.getValues());
  }

  static String undefined(CategoryCode category) {
    return "is not defined for category " + category;
  }

  /**
   * The violations, in the order of the definitions, then the undefined codes in code order.
   *
   * @param category the category, for messages
   * @param definitions the category's effective attributes
   * @param values the values by attribute code; a null value counts as missing
   */
  static List<AttributeViolation> check(CategoryCode category,
      List<AttributeDefinition> definitions, Map<String, String> values) {
    List<AttributeViolation> violations = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    for (AttributeDefinition definition : definitions) {
      defined.add(definition.getCode());
      String value = values.get(definition.getCode());
      String text = value == null ? "" : value.strip();
      if (Texts.isBlank(text)) {
        if (definition.isRequired()) {
          violations.add(new AttributeViolation(definition.getCode(), REQUIRED));
        }
        continue;
      }
      String broken = brokenRule(definition, text);
      if (broken != null) {
        violations.add(new AttributeViolation(definition.getCode(), broken));
      }
    }
    Set<String> undefined = new TreeSet<>();
    boolean malformed = false;
    for (String code : values.keySet()) {
      Objects.requireNonNull(code, "values must not contain a null attribute code");
      if (!defined.contains(code)) {
        if (AttributeDefinition.isCode(code)) {
          undefined.add(code);
        } else {
          malformed = true;
        }
      }
    }
    for (String code : undefined) {
      violations.add(new AttributeViolation(code, undefined(category)));
    }
    if (malformed) {
      violations.add(new AttributeViolation(AttributeViolation.MALFORMED_CODE,
          "is not a well-formed attribute code, so not defined for category " + category));
    }
    return List.copyOf(violations);
  }

  /** The rule the non-blank, stripped text breaks, or null. */
  private static String brokenRule(AttributeDefinition definition, String text) {
    return switch (definition.getType()) {
      case STRING, TEXT -> null;
      case NUMBER -> DECIMAL.matcher(text).matches() ? null : NOT_A_NUMBER;
      case DATETIME -> isDateTimeOrDate(text) ? null : NOT_A_DATE_TIME;
      case SINGLE_VALUE_LIST ->
          definition.getValues().contains(text) ? null : notAllowed(definition);
      case MULTI_VALUE_LIST ->
          allChoicesAllowed(definition, text) ? null : notAllowedChoice(definition);
    };
  }

  private static boolean allChoicesAllowed(AttributeDefinition definition, String text) {
    for (String choice : text.split(",", -1)) {
      if (!definition.getValues().contains(choice.strip())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDateTimeOrDate(String text) {
    try {
      DateTimeFormatter.ISO_DATE_TIME.parse(text);
      return true;
    } catch (DateTimeParseException notADateTime) {
      try {
        DateTimeFormatter.ISO_DATE.parse(text);
        return true;
      } catch (DateTimeParseException notADate) {
        return false;
      }
    }
  }
}
