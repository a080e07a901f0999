package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.category.Taxonomies.BULKY_ITEMS;
import static org.hotline12345.core.category.Taxonomies.GRAFFITI;
import static org.hotline12345.core.category.Taxonomies.NOISE;
import static org.hotline12345.core.category.Taxonomies.ROAD_DAMAGE;
import static org.hotline12345.core.category.Taxonomies.WATER_OUTAGE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checking an appeal's attribute values against its category: each rule, and that no
 * violation ever repeats the value given.
 */
class AttributeCheckTest {

  private static final String NOISE_SOURCES = "施工, 商铺, 娱乐场所, 其他";
  private static final String DAMAGE_TYPES = "坑洞, 裂缝, 井盖缺失, 路面塌陷";

  private final CategoryTaxonomy china = Taxonomies.china();
  private final CategoryTaxonomy la = Taxonomies.losAngeles();

  private static AttributeViolation violation(String attribute, String rule) {
    return new AttributeViolation(attribute, rule);
  }

  @Test
  void a_noise_complaint_with_every_attribute_well_given_passes() {
    assertThat(china.checkAttributes(NOISE, Map.of(
        "noise_source", "施工",
        "time_of_day", "2024-05-01T22:30:00+08:00",
        "occurred_at", "2024-04-28",
        "recurring", "是"))).isEmpty();
  }

  @Test
  void optional_attributes_may_be_left_out() {
    assertThat(china.checkAttributes(NOISE, Map.of("noise_source", "商铺", "recurring", "否")))
        .isEmpty();
    assertThat(china.checkAttributes(WATER_OUTAGE, Map.of())).isEmpty();
  }

  @Test
  void missing_required_attributes_are_named_in_attribute_order() {
    assertThat(china.checkAttributes(NOISE, Map.of("time_of_day", "2024-05-01T22:30")))
        .containsExactly(
            violation("noise_source", "is required but missing or blank"),
            violation("recurring", "is required but missing or blank"));
  }

  @Test
  void a_blank_or_null_value_counts_as_missing() {
    Map<String, String> values = new HashMap<>();
    values.put("noise_source", "   ");
    values.put("recurring", null);
    values.put("time_of_day", "");
    assertThat(china.checkAttributes(NOISE, values)).containsExactly(
        violation("noise_source", "is required but missing or blank"),
        violation("recurring", "is required but missing or blank"));
  }

  @Test
  void a_single_choice_must_be_one_of_the_allowed_values_white_space_aside() {
    assertThat(china.checkAttributes(NOISE, Map.of("noise_source", " 娱乐场所 ", "recurring", "是")))
        .isEmpty();
    assertThat(china.checkAttributes(NOISE, Map.of("noise_source", "邻居装修", "recurring", "是")))
        .containsExactly(violation("noise_source",
            "must be one of the allowed values: " + NOISE_SOURCES));
    assertThat(la.checkAttributes(GRAFFITI, Map.of("surface_type", "wall")))
        .as("allowed values are matched exactly, case included")
        .containsExactly(violation("surface_type",
            "must be one of the allowed values: Wall, Fence, Sidewalk, Utility Box, Sign, Other"));
  }

  @Test
  void every_item_of_a_multiple_choice_must_be_allowed() {
    assertThat(china.checkAttributes(ROAD_DAMAGE, Map.of("damage_type", "坑洞"))).isEmpty();
    assertThat(china.checkAttributes(ROAD_DAMAGE, Map.of("damage_type", "坑洞, 井盖缺失,裂缝")))
        .isEmpty();
    String rule = "must be one or more of the allowed values, separated by commas: "
        + DAMAGE_TYPES;
    assertThat(china.checkAttributes(ROAD_DAMAGE, Map.of("damage_type", "坑洞,下水道堵塞")))
        .containsExactly(violation("damage_type", rule));
    assertThat(china.checkAttributes(ROAD_DAMAGE, Map.of("damage_type", "坑洞,,裂缝")))
        .containsExactly(violation("damage_type", rule));
    assertThat(china.checkAttributes(ROAD_DAMAGE, Map.of("damage_type", "坑洞;裂缝")))
        .containsExactly(violation("damage_type", rule));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "+12", "-2", "2.5", "007", " 4 "})
  void a_number_is_a_decimal_number(String count) {
    assertThat(la.checkAttributes(BULKY_ITEMS,
        Map.of("item_count", count, "pickup_location", "Curbside"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"three", "3 items", "1e3", "2.", ".5", "1,000", "三", "--1", "NaN"})
  void anything_else_is_not_a_number(String count) {
    assertThat(la.checkAttributes(BULKY_ITEMS,
        Map.of("item_count", count, "pickup_location", "Curbside")))
        .containsExactly(violation("item_count", "must be a decimal number, for example 3 or -2.5"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-01T22:30:00+08:00", "2024-05-01T22:30", "2024-05-01T14:30:00Z",
      "2024-05-01T22:30:00.5+08:00[Asia/Shanghai]", "2024-05-01", "2024-02-29"})
  void a_date_time_is_an_iso_8601_date_time_or_date(String when) {
    assertThat(china.checkAttributes(WATER_OUTAGE, Map.of())).isEmpty();
    assertThat(china.checkAttributes(NOISE,
        Map.of("noise_source", "施工", "recurring", "是", "time_of_day", when))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"昨晚十点", "22:30", "2024-02-30", "2023-02-29", "2024/05/01",
      "2024-05-01 22:30", "20240501", "2024-05-01T25:00"})
  void anything_else_is_not_a_date_time(String when) {
    assertThat(china.checkAttributes(NOISE,
        Map.of("noise_source", "施工", "recurring", "是", "time_of_day", when)))
        .containsExactly(violation("time_of_day", "must be an ISO-8601 date-time or date, for"
            + " example 2024-05-01T22:30:00+08:00, 2024-05-01T22:30 or 2024-05-01"));
  }

  @Test
  void an_attribute_not_defined_for_the_category_is_named_after_the_others() {
    assertThat(china.checkAttributes(WATER_OUTAGE, Map.of(
        "noise_source", "施工", "affected_households", "many", "detail", "整栋楼停水")))
        .containsExactly(
            violation("affected_households", "must be a decimal number, for example 3 or -2.5"),
            violation("noise_source", "is not defined for category 040101"));
  }

  @Test
  void free_text_of_any_kind_is_accepted() {
    assertThat(china.checkAttributes(WATER_OUTAGE, Map.of("detail", "从早上 8:00 开始，整个小区停水；"
        + "\"物业\"说是管道维修"))).isEmpty();
  }

  @Test
  void no_violation_repeats_the_value_given_which_may_be_personal_data() {
    String phone = "13812345678";
    Map<String, String> values = Map.of(
        "noise_source", "楼上住户" + phone,
        "recurring", phone,
        "time_of_day", phone,
        "occurred_at", "联系电话 " + phone,
        "caller_phone", phone,
        "联系人 张三 " + phone, "x");
    List<AttributeViolation> violations = china.checkAttributes(NOISE, values);
    assertThat(violations).extracting(AttributeViolation::attribute).containsExactly(
        "noise_source", "time_of_day", "occurred_at", "recurring", "caller_phone",
        AttributeViolation.MALFORMED_CODE);
    assertThat(violations).allSatisfy(violation -> {
      assertThat(violation.toString()).doesNotContain(phone).doesNotContain("张三");
      assertThat(violation.message()).doesNotContain(phone).doesNotContain("张三");
    });
    assertThat(violations.get(5).rule())
        .isEqualTo("is not a well-formed attribute code, so not defined for category 030101");
  }

  @Test
  void a_violation_reads_as_one_sentence_and_refuses_blank_parts() {
    AttributeViolation missing = violation("item_count", "is required but missing or blank");
    assertThat(missing.message()).isEqualTo("item_count is required but missing or blank");
    assertThatThrownBy(() -> violation(" ", "is required"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute must not be blank");
    assertThatThrownBy(() -> violation("item_count", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rule must not be blank");
    assertThatThrownBy(() -> violation(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("attribute");
  }

  @Test
  void a_graffiti_report_needs_its_surface_but_not_whether_it_is_offensive() {
    assertThat(la.checkAttributes(GRAFFITI, Map.of("surface_type", "Utility Box"))).isEmpty();
    assertThat(la.checkAttributes(GRAFFITI, Map.of("is_offensive", "Yes")))
        .containsExactly(violation("surface_type", "is required but missing or blank"));
  }
}
