package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Attribute definitions (诉求属性) and their types, as in Open311 service definitions. */
class AttributeDefinitionTest {

  private static AttributeDefinition.Builder noiseSource() {
    return AttributeDefinition.builder()
        .code("noise_source")
        .type(AttributeType.SINGLE_VALUE_LIST)
        .description("噪音来源")
        .addValues("施工", "商铺", "娱乐场所", "其他");
  }

  @Test
  void an_attribute_is_optional_and_first_unless_told() {
    AttributeDefinition itemCount = AttributeDefinition.builder()
        .code("item_count").type(AttributeType.NUMBER)
        .description("How many items are to be collected?").build();
    assertThat(itemCount.isRequired()).isFalse();
    assertThat(itemCount.getOrder()).isZero();
    assertThat(itemCount.getValues()).isEmpty();

    AttributeDefinition source = noiseSource().required(true).order(1).build();
    assertThat(source.isRequired()).isTrue();
    assertThat(source.getOrder()).isEqualTo(1);
    assertThat(source.getValues()).containsExactly("施工", "商铺", "娱乐场所", "其他");
  }

  @Test
  void a_code_is_ascii_letters_digits_underscore_or_hyphen() {
    assertThat(noiseSource().code("Noise-Source_2").build().getCode()).isEqualTo("Noise-Source_2");
    assertThatThrownBy(() -> noiseSource().code("噪音来源").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must be 1 to 64 ASCII letters, digits, _ or - (was '噪音来源')");
    assertThatThrownBy(() -> noiseSource().code("").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> noiseSource().code("noise source").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_description_is_the_question_and_must_not_be_blank() {
    assertThatThrownBy(() -> noiseSource().description(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description must not be blank (attribute 'noise_source')");
  }

  @Test
  void a_list_type_needs_its_allowed_values() {
    assertThatThrownBy(() -> AttributeDefinition.builder().code("surface_type")
            .type(AttributeType.SINGLE_VALUE_LIST).description("What surface?").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must list the allowed values of a SINGLE_VALUE_LIST"
            + " (attribute 'surface_type')");
    assertThatThrownBy(() -> AttributeDefinition.builder().code("item_types")
            .type(AttributeType.MULTI_VALUE_LIST).description("Which items?").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must list the allowed values of a MULTI_VALUE_LIST"
            + " (attribute 'item_types')");
  }

  @ParameterizedTest
  @EnumSource(names = {"STRING", "NUMBER", "DATETIME", "TEXT"})
  void other_types_refuse_allowed_values(AttributeType type) {
    assertThatThrownBy(() -> noiseSource().type(type).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values are allowed only for SINGLE_VALUE_LIST and MULTI_VALUE_LIST, not for "
            + type + " (attribute 'noise_source')");
  }

  @Test
  void allowed_values_are_not_blank_padded_or_repeated() {
    assertThatThrownBy(() -> noiseSource().addValues("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not contain a blank value (attribute 'noise_source')");
    assertThatThrownBy(() -> noiseSource().addValues(" 邻居 ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not begin or end with white space: ' 邻居 '"
            + " (attribute 'noise_source')");
    assertThatThrownBy(() -> noiseSource().addValues("\n2024-01-01 INFO forged").build())
        .as("a value echoed in the message stays on one line")
        .hasMessage("values must not begin or end with white space: '\\n2024-01-01 INFO forged'"
            + " (attribute 'noise_source')");
    assertThatThrownBy(() -> noiseSource().addValues("施工").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not repeat a value: '施工' appears twice"
            + " (attribute 'noise_source')");
  }

  @Test
  void a_multi_value_list_refuses_a_value_with_a_comma_since_commas_separate_choices() {
    assertThatThrownBy(() -> AttributeDefinition.builder().code("item_types")
            .type(AttributeType.MULTI_VALUE_LIST).description("Which items?")
            .addValues("Furniture", "Washer, dryer").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values of a MULTI_VALUE_LIST must not contain a comma, which separates the"
            + " chosen values: 'Washer, dryer' (attribute 'item_types')");
    AttributeDefinition single = AttributeDefinition.builder().code("surface")
        .type(AttributeType.SINGLE_VALUE_LIST).description("What surface?")
        .addValues("Wall", "Fence, wooden").build();
    assertThat(single.getValues()).contains("Fence, wooden");
  }

  @Test
  void types_carry_their_open311_and_chinese_names() {
    assertThat(AttributeType.values()).extracting(AttributeType::open311Name).containsExactly(
        "string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");
    assertThat(AttributeType.values()).extracting(AttributeType::chinese).containsExactly(
        "字符串", "数字", "日期时间", "文本", "单选列表", "多选列表");
    assertThat(AttributeType.fromOpen311("MultiValueList"))
        .isEqualTo(AttributeType.MULTI_VALUE_LIST);
    assertThat(AttributeType.values()).filteredOn(AttributeType::isList)
        .containsExactly(AttributeType.SINGLE_VALUE_LIST, AttributeType.MULTI_VALUE_LIST);
    assertThatThrownBy(() -> AttributeType.fromOpen311("boolean"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name 'boolean' is not an Open311 datatype"
            + " (string, number, datetime, text, singlevaluelist, multivaluelist)");
  }
}
