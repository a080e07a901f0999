package org.hotline12345.core.category;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.internal.Forest;

/**
 * The category taxonomy (诉求分类体系): every category an appeal can be filed under, in a
 * hierarchy from broad to specific, such as the numeric codes of the national standard
 * ({@code 03} 生态环境 → {@code 0301} 环境污染 → {@code 030101} 噪音扰民) or a 311 service
 * list.
 *
 * <p>A taxonomy always holds a well-formed hierarchy: codes are unique, every parent is in the
 * taxonomy, and no category is its own ancestor. Lists come in a stable order that does not
 * depend on the order categories were given in: parents before their children, siblings by
 * code.
 *
 * <p>A category inherits the {@linkplain AttributeDefinition attributes} of its ancestors and
 * may redefine one by using its code: the nearest definition wins. {@link #checkAttributes}
 * checks an appeal's values against them; {@link #suggest} proposes categories for a text by
 * their keywords.
 *
 * <p>Every query taking a {@link CategoryCode} throws {@link UnknownCategoryException} for a
 * code the taxonomy does not hold, except {@link #find} and {@link #contains}.
 *
 * <p>Taxonomies load as data from two CSV files, read strictly as UTF-8, one record a line,
 * blank lines and lines starting with {@code #} skipped. The first record of each file is its
 * header: the column names below, matched ignoring case, in any order, each exactly once.
 * Fields may be double-quoted (RFC 4180, {@code ""} for a quote inside) and then hold commas;
 * unquoted fields are stripped of surrounding spaces; control characters (tabs included) are
 * refused, and a line may hold at most 8,192 characters.
 * <ul>
 *   <li>categories: {@code code,name,parent,keywords}, the parent empty for a root and the
 *       keywords separated by {@code ;};</li>
 *   <li>attributes: {@code category,code,type,required,description,values,order}, where
 *       {@code type} is an {@link AttributeType} name or its Open311 name ({@code number},
 *       {@code singlevaluelist}...), {@code required} is {@code true} or {@code false},
 *       {@code values} (the allowed values of a list type) are separated by {@code ;}, and an
 *       empty {@code order} means 0.</li>
 * </ul>
 * <pre>
 * code,name,parent,keywords
 * 03,生态环境,,环境
 * 0301,环境污染,03,污染
 * 030101,噪音扰民,0301,噪音;扰民
 * </pre>
 * A file that breaks a rule fails with the SDK's one {@link FileFormatException} (文件格式错误),
 * whose message names the file, the line, the column when the problem is in one field, and the
 * rule, on one line: for the fourth line {@code 030101,noise_source,colour,true,噪音来源,,1},
 * {@code attributes.csv:4:21: type 'colour' is not one of STRING, NUMBER, ...}. Nothing of files
 * that fail is kept.
 *
 * <p>Immutable and thread-safe; {@link #with} returns a new taxonomy.
 */
public final class CategoryTaxonomy {

  private static final Comparator<CategoryCode> BY_CODE =
      Comparator.comparing(CategoryCode::value);
  private static final Comparator<AttributeDefinition> PRESENTATION =
      Comparator.comparingInt(AttributeDefinition::getOrder)
          .thenComparing(AttributeDefinition::getCode);

  private final Map<CategoryCode, Category> byCode;
  private final Forest<CategoryCode> forest;
  private final List<Category> all;
  private final Map<CategoryCode, List<AttributeDefinition>> effectiveAttributes;
  private final KeywordIndex keywords;

  private CategoryTaxonomy(Map<CategoryCode, Category> byCode, Forest<CategoryCode> forest) {
    this.byCode = byCode;
    this.forest = forest;
    this.all = categories(forest.preorder());
    this.effectiveAttributes = new HashMap<>();
    List<Integer> levels = new ArrayList<>(all.size());
    for (Category category : all) {
      levels.add(forest.level(category.getCode()));
      Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
      category.getParent().ifPresent(parent -> effectiveAttributes.get(parent)
          .forEach(inherited -> attributes.put(inherited.getCode(), inherited)));
      category.getAttributes().forEach(own -> attributes.put(own.getCode(), own));
      List<AttributeDefinition> sorted = new ArrayList<>(attributes.values());
      sorted.sort(PRESENTATION);
      effectiveAttributes.put(category.getCode(), List.copyOf(sorted));
    }
    this.keywords = new KeywordIndex(all, levels);
  }

  /**
   * A taxonomy of the given categories.
   *
   * @param categories the categories, in any order; may be empty
   * @return the taxonomy
   * @throws NullPointerException if categories or one of them is null
   * @throws IllegalArgumentException if two categories share a code, a parent is missing or a
   *     category is its own ancestor; the message names the category and the rule
   */
  public static CategoryTaxonomy of(Collection<Category> categories) {
    Objects.requireNonNull(categories, "categories");
    List<Category> list = new ArrayList<>(categories.size());
    for (Category category : categories) {
      list.add(Objects.requireNonNull(category, "categories must not contain null"));
    }
    return of(list, Forest.inCode("category", "code", "taxonomy"));
  }

  /**
   * A taxonomy of the given categories.
   *
   * @param categories the categories, in any order
   * @return the taxonomy
   * @see #of(Collection)
   */
  public static CategoryTaxonomy of(Category... categories) {
    return of(List.of(categories));
  }

  static CategoryTaxonomy of(List<Category> categories, Forest.Refusals<CategoryCode> refusals) {
    List<CategoryCode> codes = new ArrayList<>(categories.size());
    List<Optional<CategoryCode>> parents = new ArrayList<>(categories.size());
    for (Category category : categories) {
      codes.add(category.getCode());
      parents.add(category.getParent());
    }
    Forest<CategoryCode> forest = Forest.of(codes, parents, BY_CODE, refusals);
    Map<CategoryCode, Category> byCode = new HashMap<>();
    for (Category category : categories) {
      byCode.put(category.getCode(), category);
    }
    return new CategoryTaxonomy(byCode, forest);
  }

  /**
   * Reads a taxonomy from its two CSV files, strictly as UTF-8 (see the class description for
   * the formats). Errors name each file by its path.
   *
   * @param categories the categories file
   * @param attributes the attributes file
   * @return the taxonomy
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if a file breaks the format, with file, line, column where the
   *     problem is in one field, and reason; a repeated code names both lines
   * @throws UncheckedIOException if a file cannot be read
   */
  public static CategoryTaxonomy readCsv(Path categories, Path attributes) {
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(attributes, "attributes");
    return TaxonomyCsv.read(TaxonomyCsv.CATEGORIES.read(categories), categories.toString(),
        () -> TaxonomyCsv.ATTRIBUTES.read(attributes));
  }

  /**
   * Reads a taxonomy from the text of its two CSV files (see the class description for the
   * formats). Errors name the source as {@code <source> (categories)} or
   * {@code <source> (attributes)}.
   *
   * @param categories the categories text; not closed by this method
   * @param attributes the attributes text; not closed by this method
   * @param source the name of the taxonomy used in error messages
   * @return the taxonomy
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if a text breaks the format, with source, line, column where
   *     the problem is in one field, and reason; a repeated code names both lines
   * @throws UncheckedIOException if a reader fails
   */
  public static CategoryTaxonomy readCsv(Reader categories, Reader attributes, String source) {
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(source, "source");
    String categorySource = source + " (categories)";
    return TaxonomyCsv.read(TaxonomyCsv.CATEGORIES.read(categories, categorySource),
        categorySource, () -> TaxonomyCsv.ATTRIBUTES.read(attributes, source + " (attributes)"));
  }

  /**
   * The number of categories.
   *
   * @return the size, 0 or more
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Every category, parents before their children, siblings by code.
   *
   * @return the categories, unmodifiable
   */
  public List<Category> all() {
    return all;
  }

  /**
   * The categories without a parent: the broadest ones.
   *
   * @return the roots by code, unmodifiable
   */
  public List<Category> roots() {
    return categories(forest.roots());
  }

  /**
   * The category with the given code, if the taxonomy holds it.
   *
   * @param code the code
   * @return the category, or empty
   * @throws NullPointerException if code is null
   */
  public Optional<Category> find(CategoryCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Whether the taxonomy holds a category with the given code.
   *
   * @param code the code
   * @return true if it does
   * @throws NullPointerException if code is null
   */
  public boolean contains(CategoryCode code) {
    Objects.requireNonNull(code, "code");
    return byCode.containsKey(code);
  }

  /**
   * The category with the given code.
   *
   * @param code the code
   * @return the category
   * @throws NullPointerException if code is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public Category require(CategoryCode code) {
    Objects.requireNonNull(code, "code");
    Category category = byCode.get(code);
    if (category == null) {
      throw new UnknownCategoryException(code);
    }
    return category;
  }

  /**
   * The categories directly below the given one.
   *
   * @param code the parent's code
   * @return the children by code, unmodifiable; empty for a leaf
   * @throws NullPointerException if code is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public List<Category> children(CategoryCode code) {
    require(code);
    return categories(forest.children(code));
  }

  /**
   * The categories above the given one, nearest first.
   *
   * @param code the category's code
   * @return the ancestors, unmodifiable; empty for a root
   * @throws NullPointerException if code is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public List<Category> ancestors(CategoryCode code) {
    require(code);
    return categories(forest.ancestors(code));
  }

  /**
   * The depth of the category: 0 for a root, 1 for the level below, and so on; always the size
   * of {@link #ancestors(CategoryCode)}.
   *
   * @param code the category's code
   * @return the level, 0 or more
   * @throws NullPointerException if code is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public int level(CategoryCode code) {
    require(code);
    return forest.level(code);
  }

  /**
   * Every category below the given one, at any depth, parents before their children.
   *
   * @param code the category's code
   * @return the descendants, unmodifiable, not including the category itself
   * @throws NullPointerException if code is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public List<Category> descendants(CategoryCode code) {
    require(code);
    return categories(forest.descendants(code));
  }

  /**
   * The attributes an appeal of the category carries: its own and those inherited from its
   * ancestors; where several define the same code, the nearest definition (the category's own,
   * else its parent's, and so on) wins.
   *
   * @param code the category's code
   * @return the attributes by {@linkplain AttributeDefinition#getOrder() order}, then by code;
   *     unmodifiable
   * @throws NullPointerException if code is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public List<AttributeDefinition> attributesOf(CategoryCode code) {
    require(code);
    return effectiveAttributes.get(code);
  }

  /**
   * Checks an appeal's attribute values against the {@linkplain #attributesOf attributes} of
   * its category. A violation is reported for each attribute that
   * <ul>
   *   <li>is required but has no value, or a blank one;</li>
   *   <li>is a {@link AttributeType#SINGLE_VALUE_LIST} whose value is not an allowed value;</li>
   *   <li>is a {@link AttributeType#MULTI_VALUE_LIST} whose value, split at commas, holds an
   *       item that is not an allowed value;</li>
   *   <li>is a {@link AttributeType#NUMBER} whose value is not a decimal number
   *       ({@code 3}, {@code -2.5});</li>
   *   <li>is a {@link AttributeType#DATETIME} whose value is not an ISO-8601 date-time or date
   *       ({@code 2024-05-01T22:30:00+08:00}, {@code 2024-05-01T22:30}, {@code 2024-05-01});
   *       </li>
   *   <li>is given a value but not defined for the category.</li>
   * </ul>
   * Values are compared after stripping surrounding white space; a blank value counts as no
   * value. Violations name the attribute and the rule, never the value, which may be personal
   * data.
   *
   * @param code the category's code
   * @param values the values by attribute code; a null value counts as no value
   * @return the violations, in attribute order, then the undefined codes by code; empty when
   *     the values are valid
   * @throws NullPointerException if an argument or a key of values is null
   * @throws UnknownCategoryException if the taxonomy does not hold the code
   */
  public List<AttributeViolation> checkAttributes(CategoryCode code, Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    return AttributeRules.check(code, attributesOf(code), values);
  }

  /**
   * The categories whose keywords occur in a text, best first: by the number of distinct
   * keywords found, then deeper (more specific) categories first, then by code. Matching
   * ignores case and the difference between full-width and half-width forms.
   *
   * @param text the text of an appeal; not kept or logged
   * @param limit the most categories to return, 0 or more
   * @return at most limit categories with at least one keyword in the text; unmodifiable
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if limit is negative
   */
  public List<Category> suggest(String text, int limit) {
    Objects.requireNonNull(text, "text");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more (was " + limit + ")");
    }
    return keywords.suggest(text, limit);
  }

  /**
   * A taxonomy with the given category added, or replacing the category of the same code. This
   * taxonomy is unchanged.
   *
   * @param category the new or changed category
   * @return the new taxonomy
   * @throws NullPointerException if category is null
   * @throws IllegalArgumentException if the result breaks a rule of {@link #of(Collection)}:
   *     the parent is missing, or the change makes a category its own ancestor
   */
  public CategoryTaxonomy with(Category category) {
    Objects.requireNonNull(category, "category");
    List<Category> next = new ArrayList<>(all.size() + 1);
    boolean replaced = false;
    for (Category existing : all) {
      if (existing.getCode().equals(category.getCode())) {
        next.add(category);
        replaced = true;
      } else {
        next.add(existing);
      }
    }
    if (!replaced) {
      next.add(category);
    }
    return of(next);
  }

  private List<Category> categories(List<CategoryCode> codes) {
    List<Category> categories = new ArrayList<>(codes.size());
    for (CategoryCode code : codes) {
      categories.add(byCode.get(code));
    }
    return List.copyOf(categories);
  }

  /**
   * Two taxonomies are equal when they hold equal categories.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CategoryTaxonomy that && byCode.equals(that.byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "CategoryTaxonomy[" + byCode.size() + " categories]";
  }
}
