package org.hotline12345.core.category;

import java.util.Locale;
import java.util.Objects;
import org.hotline12345.core.internal.Texts;

/**
 * The data type of an {@linkplain AttributeDefinition attribute} (属性类型), as the
 * {@code datatype} of an Open311 GeoReport v2 service definition.
 */
public enum AttributeType {
  /** A short line of text (字符串); Open311 {@code string}. */
  STRING("string", "字符串"),
  /** A decimal number (数字), such as a count; Open311 {@code number}. */
  NUMBER("number", "数字"),
  /** An ISO-8601 date-time or date (日期时间); Open311 {@code datetime}. */
  DATETIME("datetime", "日期时间"),
  /** Longer free text (文本); Open311 {@code text}. */
  TEXT("text", "文本"),
  /** Exactly one of the allowed values (单选列表); Open311 {@code singlevaluelist}. */
  SINGLE_VALUE_LIST("singlevaluelist", "单选列表"),
  /**
   * One or more of the allowed values, separated by commas (多选列表); Open311
   * {@code multivaluelist}.
   */
  MULTI_VALUE_LIST("multivaluelist", "多选列表");

  private final String open311Name;
  private final String chinese;

  AttributeType(String open311Name, String chinese) {
    this.open311Name = open311Name;
    this.chinese = chinese;
  }

  /**
   * The name in an Open311 service definition.
   *
   * @return for example {@code singlevaluelist}
   */
  public String open311Name() {
    return open311Name;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 单选列表}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Whether values come from a list of allowed values.
   *
   * @return true for {@link #SINGLE_VALUE_LIST} and {@link #MULTI_VALUE_LIST}
   */
  public boolean isList() {
    return this == SINGLE_VALUE_LIST || this == MULTI_VALUE_LIST;
  }

  /**
   * The type of an Open311 {@code datatype} name, ignoring case.
   *
   * @param name for example {@code number} or {@code multivaluelist}
   * @return the type
   * @throws NullPointerException if name is null
   * @throws IllegalArgumentException if name is not an Open311 datatype
   */
  public static AttributeType fromOpen311(String name) {
    Objects.requireNonNull(name, "name");
    String lower = name.toLowerCase(Locale.ROOT);
    for (AttributeType type : values()) {
      if (type.open311Name.equals(lower)) {
        return type;
      }
    }
    throw new IllegalArgumentException("name " + Texts.quote(name) + " is not an Open311 datatype"
        + " (string, number, datetime, text, singlevaluelist, multivaluelist)");
  }
}
