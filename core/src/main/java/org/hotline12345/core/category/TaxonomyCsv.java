package org.hotline12345.core.category;

import org.hotline12345.core.internal.Csv;
import org.hotline12345.core.internal.Forest;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the two CSV files of {@link CategoryTaxonomy}; package-private. */
final class TaxonomyCsv {

  private static final List<String> CATEGORY_HEADER = List.of("code", "name", "parent", "keywords");
  private static final List<String> ATTRIBUTE_HEADER =
      List.of("category", "code", "type", "required", "description", "values", "order");
  private static final String TYPES = Arrays.stream(AttributeType.values())
      .map(Enum::name).collect(Collectors.joining(", "));

  private TaxonomyCsv() {}

  /** A category read from its line, still without its attributes. */
  private record Entry(int line, Category category) {}

  static CategoryTaxonomy read(Reader categoryText, String categorySource, Reader attributeText,
      String attributeSource) {
    Csv.Failure inCategories =
        (line, reason) -> new TaxonomyFormatException(categorySource, line, reason);
    Csv.Failure inAttributes =
        (line, reason) -> new TaxonomyFormatException(attributeSource, line, reason);

    List<Csv.Row> categoryRows = Csv.afterHeader(
        Csv.read(categoryText, categorySource, inCategories), CATEGORY_HEADER, inCategories);
    if (categoryRows.isEmpty()) {
      throw inCategories.at(0, "no categories: expected lines of "
          + String.join(",", CATEGORY_HEADER) + " after the header");
    }
    List<Entry> entries = new ArrayList<>(categoryRows.size());
    for (Csv.Row row : categoryRows) {
      entries.add(new Entry(row.line(), category(row, inCategories)));
    }
    int[] lines = entries.stream().mapToInt(Entry::line).toArray();
    Forest.Refusals<CategoryCode> refusals = refusals(lines, inCategories);
    CategoryTaxonomy.of(entries.stream().map(Entry::category).toList(), refusals);

    Map<CategoryCode, Integer> index = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      index.put(entries.get(i).category().getCode(), i);
    }
    List<Map<String, AttributeDefinition>> attributes = new ArrayList<>();
    List<Map<String, Integer>> attributeLines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      attributes.add(new LinkedHashMap<>());
      attributeLines.add(new HashMap<>());
    }
    List<Csv.Row> attributeRows = Csv.afterHeader(
        Csv.read(attributeText, attributeSource, inAttributes), ATTRIBUTE_HEADER, inAttributes);
    for (Csv.Row row : attributeRows) {
      List<String> fields = row.fields();
      if (fields.size() != ATTRIBUTE_HEADER.size()) {
        throw inAttributes.at(row.line(), "expected " + ATTRIBUTE_HEADER.size() + " fields "
            + String.join(",", ATTRIBUTE_HEADER) + " but found " + fields.size());
      }
      CategoryCode category = code(fields.get(0), "category", row.line(), inAttributes);
      Integer owner = index.get(category);
      if (owner == null) {
        throw inAttributes.at(row.line(),
            "category '" + category + "' is not in the categories file");
      }
      AttributeDefinition definition = attribute(row, inAttributes);
      Integer first = attributeLines.get(owner).putIfAbsent(definition.getCode(), row.line());
      if (first != null) {
        throw inAttributes.at(row.line(), "attribute '" + definition.getCode() + "' of category '"
            + category + "' is already defined at line " + first
            + "; codes must be unique within a category");
      }
      attributes.get(owner).put(definition.getCode(), definition);
    }

    List<Category> categories = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      categories.add(Category.builder().from(entries.get(i).category())
          .attributes(attributes.get(i).values()).build());
    }
    return CategoryTaxonomy.of(categories, refusals);
  }

  private static Forest.Refusals<CategoryCode> refusals(int[] lines, Csv.Failure failure) {
    return Forest.inFile(lines, failure, "category", "code");
  }

  private static Category category(Csv.Row row, Csv.Failure failure) {
    List<String> fields = row.fields();
    int line = row.line();
    if (fields.size() != CATEGORY_HEADER.size()) {
      throw failure.at(line, "expected " + CATEGORY_HEADER.size() + " fields "
          + String.join(",", CATEGORY_HEADER) + " but found " + fields.size());
    }
    CategoryCode code = code(fields.get(0), "code", line, failure);
    if (fields.get(1).isEmpty()) {
      throw failure.at(line, "name is empty; every category needs a name");
    }
    Category.Builder builder = Category.builder().code(code).name(fields.get(1))
        .addAllKeywords(Csv.items(fields.get(3)));
    if (!fields.get(2).isEmpty()) {
      builder.parent(code(fields.get(2), "parent", line, failure));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw failure.at(line, e.getMessage());
    }
  }

  private static AttributeDefinition attribute(Csv.Row row, Csv.Failure failure) {
    List<String> fields = row.fields();
    int line = row.line();
    AttributeDefinition.Builder builder = AttributeDefinition.builder()
        .code(fields.get(1))
        .type(type(fields.get(2), line, failure))
        .description(fields.get(4))
        .addAllValues(Csv.items(fields.get(5)));
    switch (fields.get(3).toLowerCase(Locale.ROOT)) {
      case "true" -> builder.required(true);
      case "false" -> builder.required(false);
      default -> throw failure.at(line,
          "required '" + fields.get(3) + "' is neither 'true' nor 'false'");
    }
    if (!fields.get(6).isEmpty()) {
      try {
        builder.order(Integer.parseInt(fields.get(6)));
      } catch (NumberFormatException e) {
        throw failure.at(line, "order '" + fields.get(6) + "' is not a whole number");
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw failure.at(line, e.getMessage());
    }
  }

  private static AttributeType type(String text, int line, Csv.Failure failure) {
    for (AttributeType type : AttributeType.values()) {
      if (type.name().equalsIgnoreCase(text) || type.open311Name().equalsIgnoreCase(text)) {
        return type;
      }
    }
    throw failure.at(line, "type '" + text + "' is not one of " + TYPES
        + " (or their Open311 names)");
  }

  private static CategoryCode code(String text, String field, int line, Csv.Failure failure) {
    try {
      return CategoryCode.of(text);
    } catch (IllegalArgumentException e) {
      throw failure.at(line, field + ": " + e.getMessage());
    }
  }
}
