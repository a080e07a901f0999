package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.category.Taxonomies.BULKY_ITEMS;
import static org.hotline12345.core.category.Taxonomies.CITY_APPEARANCE;
import static org.hotline12345.core.category.Taxonomies.COOKING_FUMES;
import static org.hotline12345.core.category.Taxonomies.ENVIRONMENT;
import static org.hotline12345.core.category.Taxonomies.GARBAGE;
import static org.hotline12345.core.category.Taxonomies.NOISE;
import static org.hotline12345.core.category.Taxonomies.POLLUTION;
import static org.hotline12345.core.category.Taxonomies.STREET_VENDORS;
import static org.hotline12345.core.category.Taxonomies.URBAN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The category taxonomy (诉求分类体系): hierarchy, inherited attributes and refusals. */
class CategoryTaxonomyTest {

  private final CategoryTaxonomy china = Taxonomies.china();

  private static List<String> codes(List<Category> categories) {
    return categories.stream().map(category -> category.getCode().value()).toList();
  }

  private static List<String> attributeCodes(List<AttributeDefinition> attributes) {
    return attributes.stream().map(AttributeDefinition::getCode).toList();
  }

  private static Category category(String code, String name, String parent) {
    Category.Builder builder = Category.builder().code(CategoryCode.of(code)).name(name);
    if (parent != null) {
      builder.parent(CategoryCode.of(parent));
    }
    return builder.build();
  }

  @Test
  void the_taxonomy_lists_broad_categories_before_specific_ones_in_code_order() {
    assertThat(china.size()).isEqualTo(20);
    assertThat(codes(china.roots())).containsExactly("01", "02", "03", "04");
    assertThat(codes(china.all())).startsWith("01", "0101", "0102", "0103", "010301", "010302",
        "02", "0201", "020101");
    assertThat(codes(china.all())).endsWith("04", "0401", "040101", "040102");
  }

  @Test
  void the_order_does_not_depend_on_the_order_categories_were_given_in() {
    List<Category> reversed = new ArrayList<>(china.all());
    Collections.reverse(reversed);
    CategoryTaxonomy same = CategoryTaxonomy.of(reversed);
    assertThat(same.all()).isEqualTo(china.all());
    assertThat(same).isEqualTo(china).hasSameHashCodeAs(china);
    assertThat(same).hasToString("CategoryTaxonomy[20 categories]");
  }

  @Test
  void a_specific_category_sits_below_its_broader_ones() {
    assertThat(codes(china.children(CITY_APPEARANCE))).containsExactly("010301", "010302");
    assertThat(codes(china.ancestors(GARBAGE))).containsExactly("0103", "01");
    assertThat(china.level(URBAN)).isZero();
    assertThat(china.level(CITY_APPEARANCE)).isEqualTo(1);
    assertThat(china.level(GARBAGE)).isEqualTo(2);
    assertThat(codes(china.descendants(ENVIRONMENT))).containsExactly("0301", "030101", "030102");
    assertThat(china.children(GARBAGE)).isEmpty();
    assertThat(china.require(NOISE).getName()).isEqualTo("噪音扰民");
  }

  @Test
  void noise_has_its_own_attributes_and_those_of_pollution_with_its_own_definition_winning() {
    List<AttributeDefinition> attributes = china.attributesOf(NOISE);
    assertThat(attributeCodes(attributes))
        .containsExactly("noise_source", "time_of_day", "occurred_at", "recurring");
    AttributeDefinition recurring = attributes.get(3);
    assertThat(recurring.isRequired()).isTrue();
    assertThat(recurring.getDescription()).isEqualTo("噪音是否每天出现");

    AttributeDefinition inherited = china.attributesOf(COOKING_FUMES).get(1);
    assertThat(inherited.getCode()).isEqualTo("recurring");
    assertThat(inherited.isRequired()).isFalse();
    assertThat(attributeCodes(china.attributesOf(COOKING_FUMES)))
        .containsExactly("occurred_at", "recurring");
    assertThat(attributeCodes(china.attributesOf(POLLUTION)))
        .containsExactly("occurred_at", "recurring");
    assertThat(china.attributesOf(ENVIRONMENT)).isEmpty();
  }

  @Test
  void a_bulky_item_pickup_needs_the_item_count_and_the_sanitation_pickup_location() {
    CategoryTaxonomy la = Taxonomies.losAngeles();
    List<AttributeDefinition> attributes = la.attributesOf(BULKY_ITEMS);
    assertThat(attributeCodes(attributes))
        .containsExactly("item_count", "item_types", "pickup_location");
    assertThat(attributes.get(0).getType()).isEqualTo(AttributeType.NUMBER);
    assertThat(attributes.get(0).isRequired()).isTrue();
    assertThat(attributes.get(2).getValues()).containsExactly("Curbside", "Alley");
  }

  @Test
  void an_unknown_code_is_named_by_every_query_but_find_and_contains() {
    CategoryCode unknown = CategoryCode.of("0999");
    assertThat(china.find(unknown)).isEmpty();
    assertThat(china.contains(unknown)).isFalse();
    assertThat(china.find(NOISE)).isPresent();
    assertThatThrownBy(() -> china.require(unknown))
        .isInstanceOfSatisfying(UnknownCategoryException.class,
            e -> assertThat(e.categoryCode()).isEqualTo(unknown))
        .hasMessage("unknown category '0999': it is not in the taxonomy");
    List<Consumer<CategoryCode>> queries = List.of(china::children, china::ancestors,
        china::level, china::descendants, china::attributesOf,
        code -> china.checkAttributes(code, java.util.Map.of()));
    for (Consumer<CategoryCode> query : queries) {
      assertThatThrownBy(() -> query.accept(unknown))
          .isInstanceOf(UnknownCategoryException.class)
          .hasMessageContaining("'0999'");
    }
  }

  @Test
  void a_new_category_is_added_below_pollution_and_inherits_its_attributes() {
    CategoryTaxonomy larger = china.with(category("030103", "光污染", "0301"));
    assertThat(codes(larger.children(POLLUTION))).containsExactly("030101", "030102", "030103");
    assertThat(attributeCodes(larger.attributesOf(CategoryCode.of("030103"))))
        .containsExactly("occurred_at", "recurring");
    assertThat(china.contains(CategoryCode.of("030103"))).isFalse();

    CategoryTaxonomy renamed = china.with(Category.builder().from(china.require(GARBAGE))
        .name("生活垃圾清运").build());
    assertThat(renamed.require(GARBAGE).getName()).isEqualTo("生活垃圾清运");
    assertThat(renamed.size()).isEqualTo(20);
  }

  @Test
  void two_categories_with_one_code_are_refused() {
    List<Category> categories = new ArrayList<>(china.all());
    categories.add(category("010302", "垃圾清运（重复）", "0103"));
    assertThatThrownBy(() -> CategoryTaxonomy.of(categories))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories: code '010302' appears twice; codes must be unique");
  }

  @Test
  void a_category_whose_parent_is_missing_is_refused() {
    assertThatThrownBy(() -> china.with(category("050101", "燃气泄漏", "0501")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category '050101': parent '0501' is not in the taxonomy;"
            + " every parent must be present");
  }

  @Test
  void a_category_moved_below_its_own_child_is_refused() {
    Category looping = Category.builder().from(china.require(CITY_APPEARANCE))
        .parent(STREET_VENDORS).build();
    assertThatThrownBy(() -> china.with(looping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category '0103' is its own ancestor (0103 → 010301 → 0103);"
            + " the hierarchy must have no cycles");
  }

  @Test
  void an_empty_taxonomy_is_allowed() {
    CategoryTaxonomy empty = CategoryTaxonomy.of();
    assertThat(empty.size()).isZero();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.suggest("垃圾", 5)).isEmpty();
  }

  @Test
  void nulls_are_refused_at_the_door_naming_the_parameter() {
    assertThatThrownBy(() -> CategoryTaxonomy.of((List<Category>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("categories");
    assertThatThrownBy(() -> china.find(null))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> china.checkAttributes(NOISE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("values");
    assertThatThrownBy(() -> china.suggest(null, 3))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> china.with(null))
        .isInstanceOf(NullPointerException.class).hasMessage("category");
  }

  @Test
  void lists_handed_out_cannot_be_changed() {
    assertThatThrownBy(() -> china.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> china.attributesOf(NOISE).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> china.suggest("垃圾", 3).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
