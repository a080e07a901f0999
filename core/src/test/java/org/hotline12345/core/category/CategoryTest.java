package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A category (诉求分类) as a value: its defaults and the invariants its builder enforces. */
class CategoryTest {

  private static Category.Builder garbage() {
    return Category.builder()
        .code(CategoryCode.of("010302"))
        .name("垃圾清运")
        .parent(CategoryCode.of("0103"));
  }

  private static AttributeDefinition text(String code) {
    return AttributeDefinition.builder().code(code).type(AttributeType.TEXT)
        .description("说明").build();
  }

  @Test
  void a_name_or_keyword_is_bounded_and_well_formed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> garbage().name("垃".repeat(201)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name must be well-formed and at most 200");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> garbage().addKeywords("\uDC00垃圾").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("keywords must be well-formed");
  }

  @Test
  void a_category_needs_only_a_code_and_a_name() {
    Category urban = Category.builder().code(CategoryCode.of("01")).name("城乡建设").build();
    assertThat(urban.getParent()).isEmpty();
    assertThat(urban.getKeywords()).isEmpty();
    assertThat(urban.getAttributes()).isEmpty();

    Category category = garbage().addKeywords("垃圾", "清运").addAttributes(text("detail")).build();
    assertThat(category.getParent()).contains(CategoryCode.of("0103"));
    assertThat(category.getKeywords()).containsExactly("垃圾", "清运");
    assertThat(category.getAttributes()).extracting(AttributeDefinition::getCode)
        .containsExactly("detail");
  }

  @Test
  void a_blank_name_and_being_its_own_parent_are_refused() {
    assertThatThrownBy(() -> garbage().name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank (category '010302')");
    assertThatThrownBy(() -> garbage().name("\u200B\u00A0\u3164").build())
        .as("invisible characters alone are blank")
        .hasMessage("name must not be blank (category '010302')");
    assertThatThrownBy(() -> garbage().addKeywords("\u200E").build())
        .hasMessage("keywords must not contain a blank keyword (category '010302')");
    assertThatThrownBy(() -> garbage().parent(CategoryCode.of("010302")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent must not be the category itself (category '010302')");
  }

  @Test
  void keywords_must_not_be_blank_or_repeated() {
    assertThatThrownBy(() -> garbage().addKeywords("垃圾", "  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keywords must not contain a blank keyword (category '010302')");
    assertThatThrownBy(() -> garbage().addKeywords("垃圾", "垃圾").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keywords must not repeat a keyword: '垃圾' appears twice"
            + " (category '010302')");
  }

  @Test
  void attribute_codes_are_unique_within_a_category() {
    assertThatThrownBy(() -> garbage().addAttributes(text("detail"), text("detail")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes must have unique codes: 'detail' appears twice"
            + " (category '010302')");
  }

  @Test
  void lists_cannot_be_changed_from_outside_and_equality_is_by_value() {
    Category category = garbage().addKeywords("垃圾").build();
    assertThatThrownBy(() -> category.getKeywords().add("清运"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(garbage().addKeywords("垃圾").build()).isEqualTo(category)
        .hasSameHashCodeAs(category);
  }
}
