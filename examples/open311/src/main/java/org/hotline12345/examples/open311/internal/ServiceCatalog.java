package org.hotline12345.examples.open311.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.category.AttributeDefinition;
import org.hotline12345.core.category.AttributeType;
import org.hotline12345.core.category.AttributeViolation;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.examples.open311.internal.Document.Fields;
import org.hotline12345.examples.open311.internal.Document.Items;

/**
 * The taxonomy (诉求分类) as GeoReport v2 services: the list ({@code GET services}) holds the
 * categories without subcategories, each with its top-level category as {@code group}; a
 * service definition ({@code GET services/{code}}) exists for every category and lists the
 * attributes it defines or inherits.
 */
public final class ServiceCatalog {

  private final CategoryTaxonomy taxonomy;

  /**
   * The catalog of a taxonomy.
   *
   * @param taxonomy the taxonomy
   */
  public ServiceCatalog(CategoryTaxonomy taxonomy) {
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
  }

  /**
   * The category of a service code as a client sent it.
   *
   * @param code the code
   * @return the category, or empty if the code is malformed or not in the taxonomy
   */
  public Optional<Category> find(String code) {
    try {
      return taxonomy.find(CategoryCode.of(code));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /**
   * A category's name, for {@code service_name}.
   *
   * @param code the code
   * @return the name, or empty if not in the taxonomy
   */
  public Optional<String> name(CategoryCode code) {
    return taxonomy.find(code).map(Category::getName);
  }

  /**
   * The code and every code below it, for a search by service.
   *
   * @param category the category
   * @return its code, then its descendants'
   */
  public List<String> withDescendants(Category category) {
    List<String> codes = new ArrayList<>();
    codes.add(category.getCode().value());
    taxonomy.descendants(category.getCode()).forEach(d -> codes.add(d.getCode().value()));
    return codes;
  }

  /**
   * The effective attributes of a category (its own and its ancestors').
   *
   * @param category the category
   * @return the definitions
   */
  public List<AttributeDefinition> attributes(Category category) {
    return taxonomy.attributesOf(category.getCode());
  }

  /**
   * What is wrong with attribute values for a category: required ones missing, values not
   * allowed, codes not defined.
   *
   * @param category the category
   * @param values the values by attribute code (a multi-value list's choices joined by commas)
   * @return the violations, naming attribute and rule, never the value
   */
  public List<AttributeViolation> check(Category category, java.util.Map<String, String> values) {
    return taxonomy.checkAttributes(category.getCode(), values);
  }

  /**
   * The answer of {@code GET services}.
   *
   * @return {@code services}/{@code service}
   */
  public Document services() {
    List<Fields> items = new ArrayList<>();
    for (Category c : taxonomy.all()) {
      if (!taxonomy.children(c.getCode()).isEmpty()) {
        continue;
      }
      List<Category> path = new ArrayList<>(taxonomy.ancestors(c.getCode()));
      java.util.Collections.reverse(path);
      path.add(c);
      items.add(new Fields()
          .put("service_code", c.getCode().value())
          .put("service_name", c.getName())
          .put("description", String.join(" / ", path.stream().map(Category::getName).toList()))
          .put("metadata", !taxonomy.attributesOf(c.getCode()).isEmpty())
          .put("type", "realtime")
          .put("keywords", String.join(", ", c.getKeywords()))
          .put("group", path.get(0).getName()));
    }
    return new Document("services", new Items("service", items));
  }

  /**
   * The answer of {@code GET services/{code}}.
   *
   * @param category the category
   * @return {@code service_definition}
   */
  public Document definition(Category category) {
    List<Fields> attributes = new ArrayList<>();
    for (AttributeDefinition a : taxonomy.attributesOf(category.getCode())) {
      Fields f = new Fields()
          .put("variable", true)
          .put("code", a.getCode())
          .put("datatype", a.getType().open311Name())
          .put("required", a.isRequired())
          .put("datatype_description", datatypeDescription(a.getType()))
          .put("order", a.getOrder())
          .put("description", a.getDescription());
      if (a.getType().isList()) {
        List<Fields> values = new ArrayList<>();
        for (String v : a.getValues()) {
          values.add(new Fields().put("key", v).put("name", v));
        }
        f.put("values", new Items("value", values));
      }
      attributes.add(f);
    }
    return new Document("service_definition", new Fields()
        .put("service_code", category.getCode().value())
        .put("attributes", new Items("attribute", attributes)));
  }

  private static String datatypeDescription(AttributeType type) {
    return switch (type) {
      case STRING, TEXT -> null;
      case NUMBER -> "a decimal number, for example 3 or -2.5";
      case DATETIME -> "a W3C date-time such as 2025-10-01T09:00:00+08:00, or a date such as 2025-10-01";
      case SINGLE_VALUE_LIST -> "one of the values' keys";
      case MULTI_VALUE_LIST -> "one or more of the values' keys: repeat attribute[code][]=key, or separate them"
          + " with commas";
    };
  }
}
