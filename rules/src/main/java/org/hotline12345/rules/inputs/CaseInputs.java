package org.hotline12345.rules.inputs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.TableSchema;

/**
 * Fills a decision table's input columns from a case (案件), by the standard column names:
 *
 * <table>
 * <caption>Standard input columns</caption>
 * <tr><th>column</th><th>type</th><th>from the case</th></tr>
 * <tr><td>{@value #TYPE}</td><td>TEXT: {@link AppealType} names</td><td>the appeal's type (诉求类型)</td></tr>
 * <tr><td>{@value #CATEGORY}</td><td>CATEGORY</td><td>the effective category (诉求分类) and the
 *     categories above it; absent for an uncategorised case</td></tr>
 * <tr><td>{@value #AREA}</td><td>AREA</td><td>the appeal's area (行政区划) and the areas above it,
 *     from the {@link AreaHierarchy}; absent when the appeal names no area</td></tr>
 * <tr><td>{@value #CHANNEL}</td><td>TEXT: {@link Channel} names</td><td>the channel (渠道)</td></tr>
 * <tr><td>{@value #TEXT}</td><td>KEYWORDS</td><td>the appeal's free text</td></tr>
 * <tr><td>{@value #ENTERPRISE}</td><td>BOOLEAN</td><td>whether an enterprise appeals (涉企诉求)</td></tr>
 * <tr><td>{@value #ANONYMOUS}</td><td>BOOLEAN</td><td>whether the citizen is anonymous</td></tr>
 * <tr><td>{@value #URGENCY}</td><td>TEXT: {@link Urgency} names</td><td>the urgency</td></tr>
 * <tr><td>{@code attribute.}<i>name</i></td><td>TEXT</td><td>a category attribute (分类属性)
 *     of the appeal; absent when the appeal does not give it</td></tr>
 * </table>
 *
 * <p>An absent input matches only a cell that allows anything ({@code -} or empty). Tables
 * that count past appeals ({@code callerCount}, {@code placeCount}) get those values from the
 * caller of {@link #of(DecisionTable, Case)}, which adds them to the builder it returns; the
 * acceptance rules do so from the appeal history. Immutable and thread-safe.
 */
public final class CaseInputs {

  /** The appeal type column. */
  public static final String TYPE = "type";
  /** The category column. */
  public static final String CATEGORY = "category";
  /** The area column. */
  public static final String AREA = "area";
  /** The channel column. */
  public static final String CHANNEL = "channel";
  /** The free-text column. */
  public static final String TEXT = "text";
  /** The enterprise column. */
  public static final String ENTERPRISE = "enterprise";
  /** The anonymous column. */
  public static final String ANONYMOUS = "anonymous";
  /** The urgency column. */
  public static final String URGENCY = "urgency";
  /** The prefix of a category attribute's column. */
  public static final String ATTRIBUTE_PREFIX = "attribute.";

  private final Optional<AreaHierarchy> areas;
  private final Optional<CategoryTaxonomy> taxonomy;
  private final ZoneId zone;

  private CaseInputs(Optional<AreaHierarchy> areas, Optional<CategoryTaxonomy> taxonomy,
      ZoneId zone) {
    this.areas = areas;
    this.taxonomy = taxonomy;
    this.zone = zone;
  }

  /**
   * Inputs for the platform in the given zone, without an area hierarchy or taxonomy: a
   * category's ancestors are its code's prefixes, and an area is matched by its own code only.
   *
   * @param zone the platform's zone: the day a case was received, in it, is the day a table's
   *     effective dates are read on
   * @return the inputs
   * @throws NullPointerException if zone is null
   */
  public static CaseInputs in(ZoneId zone) {
    return new CaseInputs(Optional.empty(), Optional.empty(), Objects.requireNonNull(zone, "zone"));
  }

  /**
   * These inputs, with areas matched at every level of the hierarchy.
   *
   * @param hierarchy the area hierarchy
   * @return new inputs
   * @throws NullPointerException if hierarchy is null
   */
  public CaseInputs withAreas(AreaHierarchy hierarchy) {
    return new CaseInputs(Optional.of(Objects.requireNonNull(hierarchy, "hierarchy")), taxonomy,
        zone);
  }

  /**
   * These inputs, with categories matched at every level of the taxonomy.
   *
   * @param categories the taxonomy
   * @return new inputs
   * @throws NullPointerException if categories is null
   */
  public CaseInputs withTaxonomy(CategoryTaxonomy categories) {
    return new CaseInputs(areas, Optional.of(Objects.requireNonNull(categories, "categories")),
        zone);
  }

  /**
   * The platform's zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The day a case is decided on: the day its appeal was received, in the platform's zone.
   *
   * @param c the case
   * @return the day
   * @throws NullPointerException if c is null
   */
  public LocalDate dayOf(Case c) {
    Objects.requireNonNull(c, "c");
    return LocalDate.ofInstant(c.appeal().getReceivedAt(), zone);
  }

  /**
   * The standard columns, for a table schema: {@code type}, {@code category}, {@code area},
   * {@code channel}, {@code text}, {@code enterprise}, {@code anonymous}, {@code urgency}.
   *
   * @return the columns, enumerated where the values are a closed set
   */
  public static List<Column> standardColumns() {
    return List.of(
        Column.enumerated(TYPE, names(AppealType.values())),
        Column.of(CATEGORY, ColumnType.CATEGORY),
        Column.of(AREA, ColumnType.AREA),
        Column.enumerated(CHANNEL, names(Channel.values())),
        Column.of(TEXT, ColumnType.KEYWORDS),
        Column.of(ENTERPRISE, ColumnType.BOOLEAN),
        Column.of(ANONYMOUS, ColumnType.BOOLEAN),
        Column.enumerated(URGENCY, names(Urgency.values())));
  }

  /**
   * A schema builder holding the standard columns and the given attribute columns, for a
   * decision's own schema to add its outputs (and any inputs of its own) to.
   *
   * @param attributes attribute columns to allow, for example {@link #attributeColumns}
   * @return the builder
   * @throws NullPointerException if attributes or one of them is null
   */
  public static TableSchema.Builder schemaWith(List<Column> attributes) {
    Objects.requireNonNull(attributes, "attributes");
    TableSchema.Builder schema = TableSchema.builder();
    standardColumns().forEach(schema::input);
    for (int i = 0; i < attributes.size(); i++) {
      schema.input(Objects.requireNonNull(attributes.get(i), "attributes[" + i + "]"));
    }
    return schema;
  }

  /**
   * The attribute columns of a taxonomy: one TEXT column {@code attribute.}<i>name</i> for
   * every attribute any category defines.
   *
   * @param categories the taxonomy
   * @return the columns, by name
   * @throws NullPointerException if categories is null
   */
  public static List<Column> attributeColumns(CategoryTaxonomy categories) {
    Objects.requireNonNull(categories, "categories");
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Category category : categories.all()) {
      categories.attributesOf(category.getCode()).forEach(a -> names.add(a.getCode()));
    }
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(Column.of(ATTRIBUTE_PREFIX + name, ColumnType.TEXT));
    }
    return columns;
  }

  /**
   * The inputs a table needs, from a case: every standard column and attribute column the
   * table has, filled from the case; the builder is returned so that the caller adds the
   * others (counts from the appeal history, a stage, a level).
   *
   * @param table the table
   * @param c the case
   * @return a builder holding the table's standard inputs
   * @throws NullPointerException if an argument is null
   */
  public Inputs.Builder of(DecisionTable table, Case c) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(c, "c");
    Inputs.Builder inputs = Inputs.builder();
    Appeal appeal = c.appeal();
    for (Column column : table.inputs()) {
      String name = column.name();
      switch (name) {
        case TYPE -> inputs.text(TYPE, appeal.getType().name());
        case CATEGORY -> category(inputs, c.category());
        case AREA -> area(inputs, appeal.getLocation().getArea().map(a -> a.code()));
        case CHANNEL -> inputs.text(CHANNEL, appeal.getChannel().name());
        case TEXT -> inputs.keywords(TEXT, appeal.getContent());
        case ENTERPRISE -> inputs.bool(ENTERPRISE, appeal.getEnterprise().isPresent());
        case ANONYMOUS -> inputs.bool(ANONYMOUS, appeal.getCitizen().isAnonymous());
        case URGENCY -> inputs.text(URGENCY, appeal.getUrgency().name());
        default -> {
          if (name.startsWith(ATTRIBUTE_PREFIX)) {
            String value = appeal.getAttributes().get(name.substring(ATTRIBUTE_PREFIX.length()));
            if (value == null || value.isBlank()) {
              inputs.absent(name);
            } else {
              inputs.text(name, value);
            }
          }
        }
      }
    }
    return inputs;
  }

  /**
   * Gives a CATEGORY input: the code with the categories above it, most general first; absent
   * when there is no category.
   *
   * @param inputs the builder
   * @param category the category, if any
   */
  void category(Inputs.Builder inputs, Optional<CategoryCode> category) {
    if (category.isEmpty()) {
      inputs.absent(CATEGORY);
    } else if (taxonomy.isPresent() && taxonomy.get().contains(category.get())) {
      inputs.category(CATEGORY, category.get(), taxonomy.get());
    } else {
      inputs.category(CATEGORY, category.get().value());
    }
  }

  /**
   * Gives an AREA input: the area with the areas above it, most general first; absent when the
   * appeal names no area. An area the hierarchy does not hold is matched by its own code.
   *
   * @param inputs the builder
   * @param area the area's code, if any
   */
  void area(Inputs.Builder inputs, Optional<String> area) {
    if (area.isEmpty()) {
      inputs.absent(AREA);
    } else if (areas.isPresent() && areas.get().contains(area.get())) {
      inputs.area(AREA, areas.get().pathOf(area.get()));
    } else {
      inputs.area(AREA, List.of(area.get()));
    }
  }

  /**
   * The area path of a code, most general first: from the hierarchy, or the code alone.
   *
   * @param code the area's code
   * @return the path
   */
  List<String> areaPath(String code) {
    return areas.filter(h -> h.contains(code)).map(h -> h.pathOf(code)).orElse(List.of(code));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  @Override
  public String toString() {
    return "CaseInputs[" + zone + areas.map(a -> ", " + a.size() + " areas").orElse("")
        + taxonomy.map(t -> ", " + t.size() + " categories").orElse("") + "]";
  }
}
