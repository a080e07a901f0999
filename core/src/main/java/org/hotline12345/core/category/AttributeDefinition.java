package org.hotline12345.core.category;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * A typed field that an appeal of a {@linkplain Category category} carries (诉求属性), as an
 * attribute of an Open311 service definition: for a noise complaint, the source of the noise;
 * for a bulky-item pickup, the number of items.
 *
 * <p>Immutable and thread-safe. A definition holds no appeal's data, only the rules for it.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * AttributeDefinition noiseSource = AttributeDefinition.builder()
 *     .code("noise_source")
 *     .type(AttributeType.SINGLE_VALUE_LIST)
 *     .required(true)
 *     .description("噪音来源")
 *     .addValues("施工", "商铺", "娱乐场所", "其他")
 *     .order(1)
 *     .build();
 * AttributeDefinition optional = AttributeDefinition.builder().from(noiseSource)
 *     .required(false).build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it.
 * <ul>
 *   <li>{@code code(String)}, <b>required</b>;</li>
 *   <li>{@code type(AttributeType)}, <b>required</b>;</li>
 *   <li>{@code description(String)}, <b>required</b>: the question put to the citizen;</li>
 *   <li>{@code required(boolean)}: false if not called;</li>
 *   <li>{@code addValues(String...)}, {@code addAllValues(Iterable)}, {@code values(Iterable)}:
 *       for a list type only, and then at least one;</li>
 *   <li>{@code order(int)}: 0 if not called;</li>
 *   <li>{@code from(AttributeDefinition)}: every field of an existing definition, for a copy
 *       with some fields changed.</li>
 * </ul>
 */
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
@Value.Immutable
public abstract class AttributeDefinition {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  AttributeDefinition() {}

  /**
   * Whether the text is a well-formed attribute code: 1 to 64 ASCII letters, digits,
   * {@code _} or {@code -}.
   *
   * @param text the text
   * @return true if it is
   */
  static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }

  /**
   * A new builder. Code, type and description are required; an attribute is optional, has no
   * allowed values and has order 0 unless set otherwise.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AttributeDefinition}; {@code build()} checks the invariants listed on each
   * field. Its methods are listed under "Building one" in the description of
   * {@link AttributeDefinition}.
   */
  public static class Builder extends ImmutableAttributeDefinition.Builder {
    /** Creates an empty builder; prefer {@link AttributeDefinition#builder()}. */
    public Builder() {}
  }

  /**
   * The attribute's code, the key of its value in an appeal, unique within a category.
   *
   * @return 1 to 64 ASCII letters, digits, {@code _} or {@code -}; for example
   *     {@code noise_source}
   */
  public abstract String getCode();

  /**
   * The data type, which decides what values are valid.
   *
   * @return the type, never null
   */
  public abstract AttributeType getType();

  /**
   * Whether an appeal of the category must give a non-blank value.
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean isRequired() {
    return false;
  }

  /**
   * The question put to the citizen or the clerk, for example {@code 噪音来源}.
   *
   * @return the description, never blank
   */
  public abstract String getDescription();

  /**
   * The allowed values of a list type, in the order to offer them.
   *
   * @return the values, unmodifiable: at least one for {@link AttributeType#SINGLE_VALUE_LIST}
   *     and {@link AttributeType#MULTI_VALUE_LIST}, none for the other types; never blank,
   *     never repeated, and for a multi-value list never containing a comma
   */
  public abstract List<String> getValues();

  /**
   * The position among the category's attributes when they are shown; lower first.
   *
   * @return the order, 0 unless set otherwise
   */
  @Value.Default
  public int getOrder() {
    return 0;
  }

  @Value.Check
  void check() {
    if (!isCode(getCode())) {
      throw new IllegalArgumentException("code must be 1 to 64 ASCII letters, digits, _ or -"
          + " (was " + Texts.quote(getCode()) + ")");
    }
    if (Texts.isBlank(getDescription())) {
      throw new IllegalArgumentException(
          "description must not be blank (attribute '" + getCode() + "')");
    }
    if (getType().isList() && getValues().isEmpty()) {
      throw new IllegalArgumentException("values must list the allowed values of a "
          + getType() + " (attribute '" + getCode() + "')");
    }
    if (!getType().isList() && !getValues().isEmpty()) {
      throw new IllegalArgumentException("values are allowed only for SINGLE_VALUE_LIST and"
          + " MULTI_VALUE_LIST, not for " + getType() + " (attribute '" + getCode() + "')");
    }
    Set<String> seen = new HashSet<>();
    for (String value : getValues()) {
      if (Texts.isBlank(value)) {
        throw new IllegalArgumentException(
            "values must not contain a blank value (attribute '" + getCode() + "')");
      }
      if (!value.equals(value.strip())) {
        throw new IllegalArgumentException("values must not begin or end with white space: "
            + Texts.quote(value) + " (attribute '" + getCode() + "')");
      }
      if (getType() == AttributeType.MULTI_VALUE_LIST && value.contains(",")) {
        throw new IllegalArgumentException("values of a MULTI_VALUE_LIST must not contain a"
            + " comma, which separates the chosen values: " + Texts.quote(value) + " (attribute '"
            + getCode() + "')");
      }
      if (!seen.add(value)) {
        throw new IllegalArgumentException("values must not repeat a value: "
            + Texts.quote(value) + " appears twice (attribute '" + getCode() + "')");
      }
    }
  }
}
