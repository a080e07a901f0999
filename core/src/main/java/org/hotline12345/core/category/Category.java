package org.hotline12345.core.category;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * A category of appeals (诉求分类) in a {@link CategoryTaxonomy}: a code, a name, its place in
 * the hierarchy, the keywords that suggest it, and the attributes an appeal of it carries.
 *
 * <p>Immutable and thread-safe.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * Category garbage = Category.builder()
 *     .code(CategoryCode.of("010302"))
 *     .name("垃圾清运")
 *     .parent(CategoryCode.of("0103"))
 *     .addKeywords("垃圾", "清运", "垃圾桶")
 *     .build();
 * Category renamed = Category.builder().from(garbage).name("生活垃圾清运").build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it.
 * <ul>
 *   <li>{@code code(CategoryCode)}, <b>required</b>;</li>
 *   <li>{@code name(String)}, <b>required</b>;</li>
 *   <li>{@code parent(CategoryCode)}, {@code parent(Optional)}: none for a root;</li>
 *   <li>{@code addKeywords(String...)}, {@code addAllKeywords(Iterable)},
 *       {@code keywords(Iterable)};</li>
 *   <li>{@code addAttributes(AttributeDefinition...)}, {@code addAllAttributes(Iterable)},
 *       {@code attributes(Iterable)}: see {@link AttributeDefinition};</li>
 *   <li>{@code from(Category)}: every field of an existing category, for a copy with some
 *       fields changed.</li>
 * </ul>
 */
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
@Value.Immutable
public abstract class Category {

  Category() {}

  /**
   * A new builder. Code and name are required; parent, keywords and attributes are optional.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Category}; {@code build()} checks the invariants listed on each field. Its
   * methods are listed under "Building one" in the description of {@link Category}.
   */
  public static class Builder extends ImmutableCategory.Builder {
    /** Creates an empty builder; prefer {@link Category#builder()}. */
    public Builder() {}
  }

  /**
   * The category's code, unique within a taxonomy.
   *
   * @return the code, never null
   */
  public abstract CategoryCode getCode();

  /**
   * The name shown to clerks and citizens, for example {@code 噪音扰民} or
   * {@code Bulky Items}.
   *
   * @return the name, never blank
   */
  public abstract String getName();

  /**
   * The broader category (上级分类), empty for a root of the taxonomy.
   *
   * @return the parent's code, never the category's own code
   */
  public abstract Optional<CategoryCode> getParent();

  /**
   * Words whose occurrence in an appeal's text suggests this category (关键词), matched
   * ignoring case and width.
   *
   * @return the keywords, unmodifiable, none blank, no duplicates; may be empty
   */
  public abstract List<String> getKeywords();

  /**
   * The attributes defined by this category itself; a category also inherits those of its
   * ancestors (see {@link CategoryTaxonomy#attributesOf(CategoryCode)}).
   *
   * @return the attributes, unmodifiable, their codes unique; may be empty
   */
  public abstract List<AttributeDefinition> getAttributes();

  /** The longest name or keyword of a category. */
  public static final int MAX_NAME_LENGTH = 200;

  @Value.Check
  void check() {
    if (Texts.isBlank(getName())) {
      throw new IllegalArgumentException("name must not be blank (category '" + getCode() + "')");
    }
    if (getName().length() > MAX_NAME_LENGTH || !Texts.isWellFormed(getName())) {
      throw new IllegalArgumentException("name must be well-formed and at most " + MAX_NAME_LENGTH
          + " characters (category '" + getCode() + "')");
    }
    for (String keyword : getKeywords()) {
      if (keyword.length() > MAX_NAME_LENGTH || !Texts.isWellFormed(keyword)) {
        throw new IllegalArgumentException("keywords must be well-formed and at most " + MAX_NAME_LENGTH
            + " characters each (category '" + getCode() + "')");
      }
    }
    if (getParent().filter(getCode()::equals).isPresent()) {
      throw new IllegalArgumentException(
          "parent must not be the category itself (category '" + getCode() + "')");
    }
    Set<String> keywords = new HashSet<>();
    for (String keyword : getKeywords()) {
      if (Texts.isBlank(keyword)) {
        throw new IllegalArgumentException(
            "keywords must not contain a blank keyword (category '" + getCode() + "')");
      }
      if (!keywords.add(keyword)) {
        throw new IllegalArgumentException("keywords must not repeat a keyword: "
            + Texts.quote(keyword) + " appears twice (category '" + getCode() + "')");
      }
    }
    Set<String> codes = new HashSet<>();
    for (AttributeDefinition attribute : getAttributes()) {
      if (!codes.add(attribute.getCode())) {
        throw new IllegalArgumentException("attributes must have unique codes: '"
            + attribute.getCode() + "' appears twice (category '" + getCode() + "')");
      }
    }
  }
}
