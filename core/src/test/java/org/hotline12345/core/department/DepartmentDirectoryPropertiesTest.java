package org.hotline12345.core.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of any well-formed department hierarchy. A tree is generated as one number per
 * department: department {@code i} hangs below department {@code n mod (i + 1) - 1}, or is a
 * root when that is {@code -1}; so every parent comes earlier and no cycle can arise.
 */
class DepartmentDirectoryPropertiesTest {

  private static final DepartmentKind[] KINDS = DepartmentKind.values();

  @Provide
  Arbitrary<List<Integer>> trees() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(40);
  }

  private static DepartmentId idOf(int index) {
    return DepartmentId.of("d" + index);
  }

  private static List<Department> departments(List<Integer> tree) {
    List<Department> departments = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      int parent = tree.get(i) % (i + 1) - 1;
      Department.Builder builder = Department.builder()
          .id(idOf(i))
          .name("单位" + i)
          .kind(KINDS[tree.get(i) % KINDS.length])
          .active(tree.get(i) % 7 != 0)
          .calendarId("cn-mainland");
      if (parent >= 0) {
        builder.parent(idOf(parent));
      }
      departments.add(builder.build());
    }
    return departments;
  }

  @Property
  void the_level_of_every_department_is_the_number_of_its_ancestors(
      @ForAll("trees") List<Integer> tree) {
    DepartmentDirectory directory = DepartmentDirectory.of(departments(tree));
    for (Department department : directory.all()) {
      assertThat(directory.level(department.getId()))
          .isEqualTo(directory.ancestors(department.getId()).size());
    }
  }

  @Property
  void the_ancestors_of_a_child_are_its_parent_then_the_ancestors_of_its_parent(
      @ForAll("trees") List<Integer> tree) {
    DepartmentDirectory directory = DepartmentDirectory.of(departments(tree));
    for (Department department : directory.all()) {
      List<Department> ancestors = directory.ancestors(department.getId());
      if (department.getParent().isEmpty()) {
        assertThat(ancestors).isEmpty();
        assertThat(directory.roots()).contains(department);
      } else {
        DepartmentId parent = department.getParent().get();
        List<Department> expected = new ArrayList<>();
        expected.add(directory.require(parent));
        expected.addAll(directory.ancestors(parent));
        assertThat(ancestors).isEqualTo(expected);
        assertThat(directory.children(parent)).contains(department);
      }
    }
  }

  @Property
  void a_department_is_below_another_exactly_when_the_other_is_above_it(
      @ForAll("trees") List<Integer> tree) {
    DepartmentDirectory directory = DepartmentDirectory.of(departments(tree));
    for (Department above : directory.all()) {
      List<Department> below = directory.descendants(above.getId());
      for (Department other : directory.all()) {
        assertThat(below.contains(other))
            .isEqualTo(directory.ancestors(other.getId()).contains(above));
      }
    }
  }

  @Property
  void all_lists_parents_first_whatever_order_the_departments_came_in(
      @ForAll("trees") List<Integer> tree, @ForAll long seed) {
    List<Department> shuffled = new ArrayList<>(departments(tree));
    Collections.shuffle(shuffled, new Random(seed));
    DepartmentDirectory directory = DepartmentDirectory.of(shuffled);
    assertThat(directory.all()).isEqualTo(DepartmentDirectory.of(departments(tree)).all());
    assertThat(directory.all()).containsExactlyInAnyOrderElementsOf(shuffled);
    List<DepartmentId> seen = new ArrayList<>();
    for (Department department : directory.all()) {
      department.getParent().ifPresent(parent -> assertThat(seen).contains(parent));
      seen.add(department.getId());
    }
  }

  @Property
  void a_department_is_active_exactly_when_it_and_every_ancestor_are(
      @ForAll("trees") List<Integer> tree) {
    DepartmentDirectory directory = DepartmentDirectory.of(departments(tree));
    for (Department department : directory.all()) {
      boolean expected = department.isActive()
          && directory.ancestors(department.getId()).stream().allMatch(Department::isActive);
      assertThat(directory.isActive(department.getId())).isEqualTo(expected);
    }
  }

  @Property
  void moving_a_department_below_one_of_its_own_descendants_is_refused(
      @ForAll("trees") List<Integer> tree, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    DepartmentDirectory directory = DepartmentDirectory.of(departments(tree));
    List<Department> withDescendants = directory.all().stream()
        .filter(department -> !directory.children(department.getId()).isEmpty())
        .toList();
    Assume.that(!withDescendants.isEmpty());
    Department moved = withDescendants.get(pick % withDescendants.size());
    List<Department> below = directory.descendants(moved.getId());
    Department newParent = below.get(pick % below.size());
    Department changed = Department.builder().from(moved).parent(newParent.getId()).build();
    assertThatThrownBy(() -> directory.with(changed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is its own ancestor")
        .hasMessageContaining("'" + moved.getId() + "'")
        .hasMessageEndingWith("the hierarchy must have no cycles");
  }
}
