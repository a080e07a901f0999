package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AreaHierarchyPropertiesTest {

  /** A random forest: area i hangs below a random earlier area, or is a root. */
  private static List<AreaHierarchy.Entry> forest(int size, long seed) {
    Random random = new Random(seed);
    List<AreaHierarchy.Entry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String code = "A" + i;
      entries.add(i == 0 || random.nextInt(5) == 0
          ? AreaHierarchy.Entry.root(code, "Area " + i)
          : AreaHierarchy.Entry.of(code, "Area " + i, "A" + random.nextInt(i)));
    }
    return entries;
  }

  @Property
  void every_path_runs_from_a_root_to_the_area_through_parents(
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll long seed) {
    AreaHierarchy areas = AreaHierarchy.of(forest(size, seed));

    for (Area area : areas.all()) {
      List<String> path = areas.pathOf(area.code());
      assertThat(path.get(path.size() - 1)).isEqualTo(area.code());
      assertThat(areas.parent(path.get(0))).isEmpty();
      assertThat(areas.level(area.code())).isEqualTo(path.size() - 1);
      for (int i = 1; i < path.size(); i++) {
        assertThat(areas.parent(path.get(i)).map(Area::code)).contains(path.get(i - 1));
      }
      for (String above : path) {
        assertThat(areas.isWithin(area.code(), above)).isTrue();
        assertThat(areas.descendants(above).contains(area) || above.equals(area.code())).isTrue();
      }
    }
  }

  @Property
  void the_order_entries_come_in_changes_nothing(
      @ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed) {
    List<AreaHierarchy.Entry> entries = forest(size, seed);
    List<AreaHierarchy.Entry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(seed + 1));

    AreaHierarchy one = AreaHierarchy.of(entries);
    AreaHierarchy two = AreaHierarchy.of(shuffled);

    assertThat(two).isEqualTo(one);
    assertThat(two.all()).isEqualTo(one.all());
  }
}
