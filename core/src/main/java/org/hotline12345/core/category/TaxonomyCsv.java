package org.hotline12345.core.category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.core.internal.Forest;
import org.hotline12345.core.internal.Texts;

/**
 * Reads the two CSV files of {@link CategoryTaxonomy} with the SDK's shared reader;
 * package-private.
 */
final class TaxonomyCsv {

  /** The categories file. */
  static final CsvReader CATEGORIES =
      CsvReader.withColumns(List.of("code", "name", "parent", "keywords"), List.of());
  /** The attributes file. */
  static final CsvReader ATTRIBUTES = CsvReader.withColumns(
      List.of("category", "code", "type", "required", "description", "values", "order"),
      List.of());

  private static final String TYPES = Arrays.stream(AttributeType.values())
      .map(Enum::name).collect(Collectors.joining(", "));

  private TaxonomyCsv() {}

  /**
   * Builds the taxonomy; the attributes file is read only once the categories are known good.
   *
   * @param categoryRows the records of the categories file
   * @param categorySource the categories file's name, for a refusal of the whole file
   * @param attributeRows reads the records of the attributes file
   * @throws FileFormatException naming the file, the line and, for a field, the column
   */
  static CategoryTaxonomy read(List<CsvReader.Row> categoryRows, String categorySource,
      Supplier<List<CsvReader.Row>> attributeRows) {
    if (categoryRows.isEmpty()) {
      throw new FileFormatException(categorySource, 0,
          "no categories: expected lines of code,name,parent,keywords after the header");
    }
    List<Category> entries = new ArrayList<>(categoryRows.size());
    for (CsvReader.Row row : categoryRows) {
      entries.add(category(row));
    }
    Forest.Refusals<CategoryCode> refusals =
        Forest.inFile(categoryRows, "category", "code", "parent");
    CategoryTaxonomy.of(entries, refusals);

    Map<CategoryCode, Integer> index = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      index.put(entries.get(i).getCode(), i);
    }
    List<Map<String, AttributeDefinition>> attributes = new ArrayList<>();
    List<Map<String, Integer>> attributeLines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      attributes.add(new LinkedHashMap<>());
      attributeLines.add(new HashMap<>());
    }
    for (CsvReader.Row row : attributeRows.get()) {
      CategoryCode category = code(row, "category");
      Integer owner = index.get(category);
      if (owner == null) {
        throw row.error("category", "category " + Texts.quote(category.value())
            + " is not in the categories file");
      }
      AttributeDefinition definition = attribute(row);
      Integer first = attributeLines.get(owner).putIfAbsent(definition.getCode(), row.line());
      if (first != null) {
        throw row.error("code", "attribute " + Texts.quote(definition.getCode())
            + " of category " + Texts.quote(category.value()) + " is already defined at line "
            + first + "; codes must be unique within a category");
      }
      attributes.get(owner).put(definition.getCode(), definition);
    }

    List<Category> categories = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      categories.add(Category.builder().from(entries.get(i))
          .attributes(attributes.get(i).values()).build());
    }
    return CategoryTaxonomy.of(categories, refusals);
  }

  private static Category category(CsvReader.Row row) {
    CategoryCode code = code(row, "code");
    if (Texts.isBlank(row.get("name"))) {
      throw row.error("name", "name is blank; every category needs a name");
    }
    Category.Builder builder = Category.builder().code(code).name(row.get("name"))
        .addAllKeywords(CsvReader.items(row.get("keywords")));
    if (!row.get("parent").isEmpty()) {
      builder.parent(code(row, "parent"));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static AttributeDefinition attribute(CsvReader.Row row) {
    AttributeDefinition.Builder builder = AttributeDefinition.builder()
        .code(row.get("code"))
        .type(type(row))
        .description(row.get("description"))
        .addAllValues(CsvReader.items(row.get("values")));
    String required = row.get("required");
    switch (required.toLowerCase(Locale.ROOT)) {
      case "true" -> builder.required(true);
      case "false" -> builder.required(false);
      default -> throw row.error("required",
          "required " + Texts.quote(required) + " is neither 'true' nor 'false'");
    }
    String order = row.get("order");
    if (!order.isEmpty()) {
      try {
        builder.order(Integer.parseInt(order));
      } catch (NumberFormatException e) {
        throw row.error("order", "order " + Texts.quote(order) + " is not a whole number");
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static AttributeType type(CsvReader.Row row) {
    String text = row.get("type");
    for (AttributeType type : AttributeType.values()) {
      if (type.name().equalsIgnoreCase(text) || type.open311Name().equalsIgnoreCase(text)) {
        return type;
      }
    }
    throw row.error("type", "type " + Texts.quote(text) + " is not one of " + TYPES
        + " (or their Open311 names)");
  }

  private static CategoryCode code(CsvReader.Row row, String column) {
    try {
      return CategoryCode.of(row.get(column));
    } catch (IllegalArgumentException e) {
      throw row.error(column, column + ": " + e.getMessage());
    }
  }
}
