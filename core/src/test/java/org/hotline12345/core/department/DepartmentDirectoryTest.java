package org.hotline12345.core.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.department.Nanjing.BAOTAQIAO;
import static org.hotline12345.core.department.Nanjing.BUS;
import static org.hotline12345.core.department.Nanjing.CITY;
import static org.hotline12345.core.department.Nanjing.CITY_MANAGEMENT;
import static org.hotline12345.core.department.Nanjing.GULOU;
import static org.hotline12345.core.department.Nanjing.HUNANLU;
import static org.hotline12345.core.department.Nanjing.NINGHAI;
import static org.hotline12345.core.department.Nanjing.SHIZIQIAO;
import static org.hotline12345.core.department.Nanjing.TRANSPORT;
import static org.hotline12345.core.department.Nanjing.WATER;
import static org.hotline12345.core.department.Nanjing.XIAGUAN;
import static org.hotline12345.core.department.Nanjing.XIAOLINGWEI;
import static org.hotline12345.core.department.Nanjing.XUANWU;
import static org.hotline12345.core.department.Nanjing.department;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The department directory (承办单位目录) of a Nanjing-like city: its hierarchy and refusals. */
class DepartmentDirectoryTest {

  private final DepartmentDirectory nanjing = Nanjing.directory();

  private static List<DepartmentId> ids(List<Department> departments) {
    return departments.stream().map(Department::getId).toList();
  }

  @Test
  void the_directory_lists_parents_before_children_and_siblings_by_id() {
    assertThat(nanjing.size()).isEqualTo(13);
    assertThat(ids(nanjing.all())).containsExactly(
        CITY,
        BUS, CITY_MANAGEMENT,
        GULOU, HUNANLU, SHIZIQIAO, NINGHAI,
        TRANSPORT, WATER,
        XIAGUAN, BAOTAQIAO,
        XUANWU, XIAOLINGWEI);
    assertThat(ids(nanjing.roots())).containsExactly(CITY);
  }

  @Test
  void the_order_does_not_depend_on_the_order_departments_were_given_in() {
    List<Department> reversed = new ArrayList<>(Nanjing.departments());
    Collections.reverse(reversed);
    DepartmentDirectory same = DepartmentDirectory.of(reversed);
    assertThat(same.all()).isEqualTo(nanjing.all());
    assertThat(same).isEqualTo(nanjing).hasSameHashCodeAs(nanjing);
  }

  @Test
  void a_district_has_its_streets_as_children_and_a_community_has_none() {
    assertThat(ids(nanjing.children(GULOU))).containsExactly(HUNANLU, NINGHAI);
    assertThat(ids(nanjing.children(CITY)))
        .containsExactly(BUS, CITY_MANAGEMENT, GULOU, TRANSPORT, WATER, XIAGUAN, XUANWU);
    assertThat(nanjing.children(SHIZIQIAO)).isEmpty();
  }

  @Test
  void a_community_reaches_the_city_through_its_street_and_district() {
    assertThat(ids(nanjing.ancestors(SHIZIQIAO))).containsExactly(HUNANLU, GULOU, CITY);
    assertThat(ids(nanjing.ancestors(TRANSPORT))).containsExactly(CITY);
    assertThat(nanjing.ancestors(CITY)).isEmpty();
  }

  @Test
  void the_level_counts_down_from_the_city() {
    assertThat(nanjing.level(CITY)).isZero();
    assertThat(nanjing.level(GULOU)).isEqualTo(1);
    assertThat(nanjing.level(WATER)).isEqualTo(1);
    assertThat(nanjing.level(HUNANLU)).isEqualTo(2);
    assertThat(nanjing.level(SHIZIQIAO)).isEqualTo(3);
  }

  @Test
  void the_descendants_of_a_district_are_its_streets_and_their_communities() {
    assertThat(ids(nanjing.descendants(GULOU))).containsExactly(HUNANLU, SHIZIQIAO, NINGHAI);
    assertThat(nanjing.descendants(CITY)).hasSize(12);
    assertThat(nanjing.descendants(WATER)).isEmpty();
  }

  @Test
  void a_street_of_a_dissolved_district_takes_no_cases_though_its_own_flag_is_set() {
    assertThat(nanjing.require(XIAGUAN).isActive()).isFalse();
    assertThat(nanjing.isActive(XIAGUAN)).isFalse();
    assertThat(nanjing.require(BAOTAQIAO).isActive()).isTrue();
    assertThat(nanjing.isActive(BAOTAQIAO)).isFalse();
    assertThat(nanjing.isActive(SHIZIQIAO)).isTrue();
    assertThat(nanjing.isActive(CITY)).isTrue();
  }

  @Test
  void departments_are_found_by_id_and_an_unknown_id_is_named() {
    assertThat(nanjing.find(WATER)).map(Department::getName).contains("南京水务集团有限公司");
    assertThat(nanjing.require(WATER).getKind()).isEqualTo(DepartmentKind.PUBLIC_UTILITY);
    assertThat(nanjing.contains(WATER)).isTrue();
    DepartmentId baixia = DepartmentId.of("nj.baixia");
    assertThat(nanjing.find(baixia)).isEmpty();
    assertThat(nanjing.contains(baixia)).isFalse();
    assertThatThrownBy(() -> nanjing.require(baixia))
        .isInstanceOfSatisfying(UnknownDepartmentException.class,
            e -> assertThat(e.departmentId()).isEqualTo(baixia))
        .hasMessage("unknown department 'nj.baixia': it is not in the directory");
  }

  @Test
  void every_hierarchy_query_refuses_an_unknown_id() {
    DepartmentId baixia = DepartmentId.of("nj.baixia");
    List<Consumer<DepartmentId>> queries = List.of(
        nanjing::children, nanjing::ancestors, nanjing::level, nanjing::descendants,
        nanjing::isActive);
    for (Consumer<DepartmentId> query : queries) {
      assertThatThrownBy(() -> query.accept(baixia))
          .isInstanceOf(UnknownDepartmentException.class)
          .hasMessageContaining("nj.baixia");
    }
  }

  @Test
  void a_new_community_is_added_and_the_old_directory_is_unchanged() {
    DepartmentId hunanxincun = DepartmentId.of("nj.gulou.hunanlu.hunanxincun");
    DepartmentDirectory larger = nanjing.with(
        department(hunanxincun, DepartmentKind.COMMUNITY, "湖南新村社区居民委员会", HUNANLU));
    assertThat(ids(larger.children(HUNANLU))).containsExactly(hunanxincun, SHIZIQIAO);
    assertThat(larger.level(hunanxincun)).isEqualTo(3);
    assertThat(larger.size()).isEqualTo(14);
    assertThat(nanjing.size()).isEqualTo(13);
    assertThat(nanjing.contains(hunanxincun)).isFalse();
  }

  @Test
  void a_department_is_replaced_by_id_for_example_when_deactivated_or_moved() {
    Department ninghai = nanjing.require(NINGHAI);
    DepartmentDirectory closed = nanjing.with(
        Department.builder().from(ninghai).active(false).build());
    assertThat(closed.isActive(NINGHAI)).isFalse();
    assertThat(closed.size()).isEqualTo(13);
    assertThat(nanjing.isActive(NINGHAI)).isTrue();

    DepartmentDirectory moved = nanjing.with(
        Department.builder().from(ninghai).parent(XUANWU).build());
    assertThat(ids(moved.children(XUANWU))).containsExactly(NINGHAI, XIAOLINGWEI);
    assertThat(ids(moved.children(GULOU))).containsExactly(HUNANLU);
  }

  @Test
  void a_replacement_that_makes_a_district_its_own_ancestor_is_refused() {
    Department gulouUnderItsCommunity =
        Department.builder().from(nanjing.require(GULOU)).parent(SHIZIQIAO).build();
    assertThatThrownBy(() -> nanjing.with(gulouUnderItsCommunity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("department 'nj.gulou' is its own ancestor (nj.gulou → nj.gulou.hunanlu"
            + ".shiziqiao → nj.gulou.hunanlu → nj.gulou); the hierarchy must have no cycles");
  }

  @Test
  void a_department_whose_parent_is_not_in_the_directory_is_refused() {
    Department street = department(DepartmentId.of("nj.qinhuai.fuzimiao"), DepartmentKind.STREET,
        "夫子庙街道办事处", DepartmentId.of("nj.qinhuai"));
    assertThatThrownBy(() -> nanjing.with(street))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("department 'nj.qinhuai.fuzimiao': parent 'nj.qinhuai' is not in the"
            + " directory; every parent must be present");
  }

  @Test
  void two_departments_with_one_id_are_refused() {
    List<Department> departments = new ArrayList<>(Nanjing.departments());
    departments.add(department(GULOU, DepartmentKind.DISTRICT, "鼓楼区（重复）", CITY));
    assertThatThrownBy(() -> DepartmentDirectory.of(departments))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("departments: id 'nj.gulou' appears twice; ids must be unique");
  }

  @Test
  void two_departments_that_are_each_others_parent_are_refused() {
    DepartmentId a = DepartmentId.of("a");
    DepartmentId b = DepartmentId.of("b");
    assertThatThrownBy(() -> DepartmentDirectory.of(
            department(b, DepartmentKind.STREET, "乙街道", a),
            department(a, DepartmentKind.DISTRICT, "甲区", b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("department 'b' is its own ancestor (b → a → b);"
            + " the hierarchy must have no cycles");
  }

  @Test
  void an_empty_directory_is_allowed_and_grows_with_with() {
    DepartmentDirectory empty = DepartmentDirectory.of(List.of());
    assertThat(empty.size()).isZero();
    assertThat(empty.all()).isEmpty();
    DepartmentDirectory one = empty.with(Nanjing.departments().get(0));
    assertThat(ids(one.roots())).containsExactly(CITY);
  }

  @Test
  void nulls_are_refused_at_the_door_naming_the_parameter() {
    assertThatThrownBy(() -> DepartmentDirectory.of((List<Department>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("departments");
    List<Department> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> DepartmentDirectory.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("departments must not contain null");
    assertThatThrownBy(() -> nanjing.find(null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> nanjing.with(null))
        .isInstanceOf(NullPointerException.class).hasMessage("department");
  }

  @Test
  void lists_handed_out_cannot_be_changed() {
    assertThatThrownBy(() -> nanjing.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> nanjing.children(GULOU).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> nanjing.ancestors(SHIZIQIAO).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_text_form_gives_the_size_only() {
    assertThat(nanjing).hasToString("DepartmentDirectory[13 departments]");
  }
}
