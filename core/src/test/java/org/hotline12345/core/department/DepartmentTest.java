package org.hotline12345.core.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A department (承办单位) as a value: its defaults and the invariants its builder enforces. */
class DepartmentTest {

  private static Department.Builder hunanlu() {
    return Department.builder()
        .id(DepartmentId.of("nj.gulou.hunanlu"))
        .name("湖南路街道办事处")
        .kind(DepartmentKind.STREET)
        .parent(DepartmentId.of("nj.gulou"))
        .calendarId("cn-mainland");
  }

  @Test
  void a_name_or_alias_is_bounded_and_well_formed() {
    assertThat(hunanlu().name("街".repeat(Department.MAX_NAME_LENGTH)).build().getName()).hasSize(200);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> hunanlu().name("街".repeat(201)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name must be well-formed and at most 200");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> hunanlu().addAliases("湖南路\uD800").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("aliases must be well-formed");
  }

  @Test
  void a_department_is_active_and_has_no_aliases_unless_told() {
    Department street = hunanlu().build();
    assertThat(street.getId()).isEqualTo(DepartmentId.of("nj.gulou.hunanlu"));
    assertThat(street.getName()).isEqualTo("湖南路街道办事处");
    assertThat(street.getKind()).isEqualTo(DepartmentKind.STREET);
    assertThat(street.getParent()).contains(DepartmentId.of("nj.gulou"));
    assertThat(street.getCalendarId()).isEqualTo("cn-mainland");
    assertThat(street.isActive()).isTrue();
    assertThat(street.getAliases()).isEmpty();
  }

  @Test
  void a_city_level_department_has_no_parent() {
    Department transport = Department.builder()
        .id(DepartmentId.of("nj.jtj")).name("南京市交通运输局")
        .kind(DepartmentKind.MUNICIPAL_DEPARTMENT).calendarId("cn-mainland").build();
    assertThat(transport.getParent()).isEmpty();
  }

  @Test
  void aliases_keep_their_order_and_cannot_be_changed_from_outside() {
    Department water = Department.builder()
        .id(DepartmentId.of("nj.water")).name("南京水务集团有限公司")
        .kind(DepartmentKind.PUBLIC_UTILITY).calendarId("cn-mainland")
        .addAliases("市自来水公司", "自来水公司").build();
    assertThat(water.getAliases()).containsExactly("市自来水公司", "自来水公司");
    assertThatThrownBy(() -> water.getAliases().add("水司"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_changed_copy_leaves_the_original_alone_and_equality_is_by_value() {
    Department street = hunanlu().build();
    Department closed = Department.builder().from(street).active(false).build();
    assertThat(closed.isActive()).isFalse();
    assertThat(street.isActive()).isTrue();
    assertThat(closed).isNotEqualTo(street);
    assertThat(hunanlu().build()).isEqualTo(street).hasSameHashCodeAs(street);
  }

  @Test
  void a_blank_name_or_calendar_is_refused_naming_the_field_and_the_department() {
    assertThatThrownBy(() -> hunanlu().name("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank (department 'nj.gulou.hunanlu')");
    assertThatThrownBy(() -> hunanlu().calendarId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calendarId must not be blank (department 'nj.gulou.hunanlu')");
    assertThatThrownBy(() -> hunanlu().name("\u200B\u3000").build())
        .as("invisible characters alone are blank")
        .hasMessage("name must not be blank (department 'nj.gulou.hunanlu')");
    assertThatThrownBy(() -> hunanlu().addAliases("\uFEFF").build())
        .hasMessage("aliases must not contain a blank name (department 'nj.gulou.hunanlu')");
  }

  @Test
  void a_department_cannot_be_its_own_parent() {
    assertThatThrownBy(() -> hunanlu().parent(DepartmentId.of("nj.gulou.hunanlu")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent must not be the department itself (department 'nj.gulou.hunanlu')");
  }

  @Test
  void aliases_must_not_be_blank_or_repeated() {
    assertThatThrownBy(() -> hunanlu().addAliases("湖南路街道", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aliases must not contain a blank name (department 'nj.gulou.hunanlu')");
    assertThatThrownBy(() -> hunanlu().addAliases("湖南路街道", "湖南路街道").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aliases must not repeat a name: '湖南路街道' appears twice"
            + " (department 'nj.gulou.hunanlu')");
  }

  @Test
  void a_department_without_its_required_fields_cannot_be_built() {
    assertThatThrownBy(() -> Department.builder().id(DepartmentId.of("nj.x")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("kind")
        .hasMessageContaining("calendarId");
  }

  @Test
  void every_kind_has_its_chinese_name() {
    assertThat(DepartmentKind.MUNICIPAL_DEPARTMENT.chinese()).isEqualTo("市直部门");
    assertThat(DepartmentKind.DISTRICT.chinese()).isEqualTo("区县");
    assertThat(DepartmentKind.STREET.chinese()).isEqualTo("街道/乡镇");
    assertThat(DepartmentKind.COMMUNITY.chinese()).isEqualTo("社区/村");
    assertThat(DepartmentKind.PUBLIC_UTILITY.chinese()).isEqualTo("公共事业单位");
    assertThat(DepartmentKind.ENTERPRISE.chinese()).isEqualTo("承担公共职能的企业");
    assertThat(DepartmentKind.OTHER.chinese()).isEqualTo("其他");
  }
}
