package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.rules.table.NaiveTable.Value0;

/**
 * Verification against brute force: every input class (one representative input per class a
 * table's cells can tell apart, on every day around the effective dates) tried on every row.
 * Under UNIQUE the overlaps verification reports are exactly the pairs some input matches both
 * of, each with an example that really matches both; under FIRST the rows it reports shadowed
 * are exactly those some single earlier row covers (rows that match nothing aside), and the row
 * it names does cover them. Areas nest by their division codes, or by an area hierarchy saying
 * the same: both readings give the same answers.
 */
class VerificationPropertiesTest {

  @Provide
  Arbitrary<Printed> unique() {
    return TableArbitraries.tables(8, HitPolicy.UNIQUE).map(Printed::new);
  }

  @Provide
  Arbitrary<Printed> first() {
    return TableArbitraries.tables(8, HitPolicy.FIRST).map(Printed::new);
  }

  /** For each representative input and day, the indexes of the rows matching it. */
  private static List<boolean[]> matchSets(DecisionTable table) {
    List<boolean[]> sets = new ArrayList<>();
    List<LocalDate> days = TableArbitraries.representativeDays();
    for (Map<String, Value0> inputs : TableArbitraries.allRepresentativeInputs(table)) {
      for (LocalDate day : days) {
        boolean[] matching = new boolean[table.rows().size()];
        for (int r = 0; r < matching.length; r++) {
          matching[r] = NaiveTable.matches(table.rows().get(r), table.inputs(), inputs, day);
        }
        sets.add(matching);
      }
    }
    return sets;
  }

  @Property(tries = 150)
  void overlapsUnderUniqueAreExactlyThePairsSomeInputMatchesBothOf(
      @ForAll("unique") Printed printed, @ForAll boolean withAreas) {
    DecisionTable table = printed.table();
    References references = withAreas
        ? References.none().withAreas(TableArbitraries.areaHierarchy()) : References.none();
    // given brute force over every class of input
    Set<List<String>> expected = new HashSet<>();
    for (boolean[] matching : matchSets(table)) {
      for (int i = 0; i < matching.length; i++) {
        for (int j = i + 1; j < matching.length; j++) {
          if (matching[i] && matching[j]) {
            expected.add(List.of(table.rows().get(i).id(), table.rows().get(j).id()));
          }
        }
      }
    }
    // when verified
    List<Finding> overlaps = DecisionTables.verify(table, references)
        .of(Finding.Kind.OVERLAP);
    // then the same pairs, each with an example input that matches both rows
    Set<List<String>> found = new HashSet<>();
    for (Finding overlap : overlaps) {
      found.add(overlap.rows());
      assertThat(overlap.example()).isPresent();
      LocalDate day = overlap.exampleDay().orElse(TableArbitraries.JAN_1.minusYears(1));
      Map<String, Value0> example = NaiveTable.values(overlap.example().get(), table.inputs());
      for (String id : overlap.rows()) {
        assertThat(NaiveTable.matches(table.row(id).orElseThrow(), table.inputs(), example, day))
            .as("the example matches %s", id).isTrue();
      }
    }
    assertThat(found).isEqualTo(expected);
  }

  @Property(tries = 150)
  void shadowedRowsUnderFirstAreExactlyThoseASingleEarlierRowCovers(
      @ForAll("first") Printed printed, @ForAll boolean withAreas) {
    DecisionTable table = printed.table();
    References references = withAreas
        ? References.none().withAreas(TableArbitraries.areaHierarchy()) : References.none();
    List<boolean[]> sets = matchSets(table);
    int n = table.rows().size();
    boolean[][] covers = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        covers[i][j] = true;
      }
    }
    for (boolean[] matching : sets) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (matching[j] && !matching[i]) {
            covers[i][j] = false;
          }
        }
      }
    }
    boolean[] ever = new boolean[n];
    for (boolean[] matching : sets) {
      for (int j = 0; j < n; j++) {
        ever[j] |= matching[j];
      }
    }
    // a row that matches nothing is reported as NEVER_MATCHES, not as shadowed
    Set<String> expected = new HashSet<>();
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < j && ever[j]; i++) {
        if (covers[i][j]) {
          expected.add(table.rows().get(j).id());
        }
      }
    }

    List<Finding> shadowed = DecisionTables.verify(table, references)
        .of(Finding.Kind.SHADOWED);

    Set<String> found = new HashSet<>();
    for (Finding finding : shadowed) {
      String later = finding.rows().get(0);
      String earlier = finding.rows().get(1);
      found.add(later);
      int j = indexOf(table, later);
      int i = indexOf(table, earlier);
      assertThat(i).isLessThan(j);
      assertThat(covers[i][j]).as("%s covers %s", earlier, later).isTrue();
    }
    assertThat(found).isEqualTo(expected);
  }

  private static int indexOf(DecisionTable table, String id) {
    for (int r = 0; r < table.rows().size(); r++) {
      if (table.rows().get(r).id().equals(id)) {
        return r;
      }
    }
    throw new AssertionError(id);
  }
}
