package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A table written to a file reads back equal, in CSV and in TSV, whatever its texts hold:
 * commas, tabs' neighbours, quotes, a leading {@code #}, Chinese, {@code not(} and {@code -}
 * as values.
 */
class RoundTripPropertiesTest {

  private static final List<String> AWKWARD = List.of("a,b", "\"q\"", "#x", "不 是", "-",
      "not(x)", "x\\y", "(1)", "[a]", "甲，乙", "a..b", "<3");

  @Provide
  Arbitrary<Printed> tables() {
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(AWKWARD),
        Arbitraries.strings().withChars("ab ,\"#中文-").ofMinLength(1).ofMaxLength(6)
            .filter(s -> !s.isBlank()));
    return TableArbitraries.tables(6, HitPolicy.FIRST, HitPolicy.COLLECT, HitPolicy.PRIORITY,
        HitPolicy.RULE_ORDER, HitPolicy.OUTPUT_ORDER).flatMap(table -> Combinators.combine(
        text.list().ofSize(table.rows().size()), text.list().ofSize(table.rows().size()),
        text.list().ofSize(table.rows().size()), text).as((ids, descriptions, values, name) -> {
          DecisionTable.Builder builder = table.toBuilder().clearRows().name(name)
              .input(Column.of("free", ColumnType.TEXT));
          for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            Row.Builder awkward = Row.builder("#" + r + ids.get(r)).description(
                descriptions.get(r)).effectiveFrom(row.effectiveFrom().orElse(null))
                .effectiveTo(row.effectiveTo().orElse(null))
                .when("free", Condition.anyOf(List.of(values.get(r), ids.get(r))));
            row.conditions().forEach(awkward::when);
            row.outputs().forEach(awkward::then);
            builder.row(awkward.build());
          }
          return new Printed(builder.build());
        }));
  }

  @Property(tries = 300)
  void aTableReadsBackEqualFromCsvAndTsv(@ForAll("tables") Printed printed) {
    DecisionTable table = printed.table();

    LoadedTable csv = DecisionTables.readCsv(new StringReader(table.toCsv()), "t.csv",
        table.schema(), References.none());
    LoadedTable tsv = DecisionTables.readTsv(new StringReader(table.toTsv()), "t.tsv",
        table.schema(), References.none());

    assertThat(csv.table()).isEqualTo(table);
    assertThat(tsv.table()).isEqualTo(table);
    assertThat(csv.table().toCsv()).isEqualTo(table.toCsv());
  }
}
