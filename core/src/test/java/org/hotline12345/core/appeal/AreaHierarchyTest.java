package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AreaHierarchyTest {

  static AreaHierarchy nanjing() {
    return AreaHierarchy.readCsv(Path.of("src/test/resources/areas/nanjing.csv"));
  }

  @Nested
  class ReadFromGbt2260Codes {

    @Test
    void a_community_lies_in_its_street_its_district_and_the_city() {
      AreaHierarchy areas = nanjing();

      assertThat(areas.size()).isEqualTo(13);
      assertThat(areas.pathOf("320106001002"))
          .containsExactly("320100", "320106", "320106001", "320106001002");
      assertThat(areas.level("320106001002")).isEqualTo(3);
      assertThat(areas.require("320106001002").name()).isEqualTo("颐和路社区");
      assertThat(areas.isWithin("320106001002", "320106")).isTrue();
      assertThat(areas.isWithin("320106001002", "320102")).isFalse();
      assertThat(areas.isWithin("320106", "320106")).isTrue();
    }

    @Test
    void the_city_is_the_one_root_and_districts_are_its_children_by_code() {
      AreaHierarchy areas = nanjing();

      assertThat(areas.roots()).extracting(Area::code).containsExactly("320100");
      assertThat(areas.children("320100")).extracting(Area::code)
          .containsExactly("320102", "320104", "320106");
      assertThat(areas.descendants("320106")).extracting(Area::code).containsExactly(
          "320106001", "320106001001", "320106001002", "320106002", "320106003",
          "320106003001");
      assertThat(areas.parent("320106003")).map(Area::code).contains("320106");
      assertThat(areas.parent("320100")).isEmpty();
    }

    @Test
    void candidate_parents_follow_the_code_groups_nearest_first() {
      assertThat(AreaHierarchy.gbt2260Parents("320106001"))
          .startsWith("320106000", "320106", "320100000", "3201", "320100");
      assertThat(AreaHierarchy.gbt2260Parents("320106001000"))
          .startsWith("320106000000", "320106", "320100000000", "3201", "320100");
      assertThat(AreaHierarchy.gbt2260Parents("320000")).isEmpty();
      assertThat(AreaHierarchy.gbt2260Parents("CD-5")).isEmpty();
      assertThat(AreaHierarchy.gbt2260Parents("12345")).isEmpty();
    }

    @Test
    void zero_padded_codes_find_their_parent_whichever_way_it_is_written() {
      AreaHierarchy areas = AreaHierarchy.readCsv(new StringReader(
          "code,name\n320100000000,南京市\n320106000000,鼓楼区\n320106001000,宁海路街道\n"),
          "padded.csv");

      assertThat(areas.pathOf("320106001000"))
          .containsExactly("320100000000", "320106000000", "320106001000");
    }
  }

  @Nested
  class ReadWithExplicitParents {

    @Test
    void a_311_city_names_council_districts_and_neighbourhood_councils() {
      AreaHierarchy areas = AreaHierarchy.readCsv(new StringReader("""
          code,name,parent
          LA,Los Angeles,
          CD-13,Council District 13,LA
          NC-44,Greater Echo Park Elysian NC,CD-13
          """), "la.csv");

      assertThat(areas.pathOf("NC-44")).containsExactly("LA", "CD-13", "NC-44");
    }

    @Test
    void a_missing_parent_is_refused_with_line_and_column() {
      assertThatThrownBy(() -> AreaHierarchy.readCsv(new StringReader("""
          code,name,parent
          LA,Los Angeles,
          NC-44,Greater Echo Park Elysian NC,CD-13
          """), "la.csv"))
          .isInstanceOf(FileFormatException.class)
          .hasMessageContaining("la.csv:3:")
          .hasMessageContaining("parent 'CD-13' of area 'NC-44' is not in the file");
    }

    @Test
    void a_repeated_code_names_the_first_line() {
      assertThatThrownBy(() -> AreaHierarchy.readCsv(new StringReader("""
          code,name,parent
          LA,Los Angeles,
          LA,Los Angeles again,
          """), "la.csv"))
          .isInstanceOf(FileFormatException.class)
          .hasMessageContaining("la.csv:3:1:")
          .hasMessageContaining("already listed at line 2");
    }

    @Test
    void a_cycle_is_refused() {
      assertThatThrownBy(() -> AreaHierarchy.readCsv(new StringReader("""
          code,name,parent
          A,Area A,B
          B,Area B,A
          """), "cycle.csv"))
          .isInstanceOf(FileFormatException.class)
          .hasMessageContaining("its own ancestor");
    }

    @Test
    void a_blank_name_is_refused_in_the_name_column() {
      assertThatThrownBy(() -> AreaHierarchy.readCsv(new StringReader("""
          code,name,parent
          LA,"  ",
          """), "blank.csv"))
          .isInstanceOf(FileFormatException.class)
          .hasMessageContaining("blank.csv:2:4:");
    }

    @Test
    void an_empty_file_is_refused() {
      assertThatThrownBy(() -> AreaHierarchy.readCsv(new StringReader("code,name,parent\n"),
          "empty.csv"))
          .isInstanceOf(FileFormatException.class)
          .hasMessageContaining("no areas");
    }
  }

  @Nested
  class BuiltInCode {

    @Test
    void unknown_codes_are_refused_by_name_except_by_find_and_contains() {
      AreaHierarchy areas = AreaHierarchy.of(List.of(AreaHierarchy.Entry.root("LA", "Los Angeles"),
          AreaHierarchy.Entry.of("CD-1", "Council District 1", "LA")));

      assertThat(areas.find("CD-9")).isEmpty();
      assertThat(areas.contains("CD-1")).isTrue();
      assertThatThrownBy(() -> areas.pathOf("CD-9"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'CD-9'");
      assertThatThrownBy(() -> areas.isWithin("CD-1", "CD-9"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'CD-9'");
    }

    @Test
    void a_missing_parent_in_code_is_refused() {
      assertThatThrownBy(() -> AreaHierarchy.of(List.of(
          new AreaHierarchy.Entry(new Area("CD-1", "Council District 1"), Optional.of("LA")))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LA'");
    }

    @Test
    void hierarchies_of_the_same_areas_and_parents_are_equal_in_any_order() {
      AreaHierarchy one = AreaHierarchy.of(List.of(AreaHierarchy.Entry.root("LA", "Los Angeles"),
          AreaHierarchy.Entry.of("CD-1", "Council District 1", "LA")));
      AreaHierarchy two = AreaHierarchy.of(List.of(
          AreaHierarchy.Entry.of("CD-1", "Council District 1", "LA"),
          AreaHierarchy.Entry.root("LA", "Los Angeles")));
      AreaHierarchy flat = AreaHierarchy.of(List.of(AreaHierarchy.Entry.root("LA", "Los Angeles"),
          AreaHierarchy.Entry.root("CD-1", "Council District 1")));

      assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
      assertThat(one).isNotEqualTo(flat);
      assertThat(one).hasToString("AreaHierarchy[2 areas]");
    }
  }
}
