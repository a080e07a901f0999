package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hotline12345.rules.table.Condition.Comparison;
import org.hotline12345.rules.table.Condition.Operator;
import org.hotline12345.rules.table.Condition.Range;
import org.hotline12345.rules.table.Condition.Value;
import org.junit.jupiter.api.Test;

/** The cell syntax a dispatch office types: DMN unary tests, Chinese commas allowed. */
class ConditionTest {

  @Test
  void emptyAndDashMatchAnything() {
    assertThat(Condition.parse("").isAny()).isTrue();
    assertThat(Condition.parse("  -  ").isAny()).isTrue();
    assertThat(Condition.parse("  -  ").text()).isEqualTo("-");
    assertThat(Condition.any().text()).isEqualTo("-");
    assertThat(Condition.parse("\"-\"").tests()).containsExactly(new Value("-"));
  }

  @Test
  void listsQuotedValuesAndNot() {
    assertThat(Condition.parse("WEB, APP").tests())
        .containsExactly(new Value("WEB"), new Value("APP"));
    assertThat(Condition.parse("火灾，着火").tests())
        .containsExactly(new Value("火灾"), new Value("着火"));
    assertThat(Condition.parse("\"a, b\", \"say \\\"hi\\\"\"").tests())
        .containsExactly(new Value("a, b"), new Value("say \"hi\""));
    Condition not = Condition.parse("not( WEB , APP )");
    assertThat(not.isNegated()).isTrue();
    assertThat(not.tests()).containsExactly(new Value("WEB"), new Value("APP"));
    assertThat(Condition.parse("nothing").tests()).containsExactly(new Value("nothing"));
  }

  @Test
  void comparisonsAndRangesInDmnNotation() {
    assertThat(Condition.parse("< 3, >= 10").tests()).containsExactly(
        new Comparison(Operator.LESS, "3"), new Comparison(Operator.GREATER_OR_EQUAL, "10"));
    assertThat(Condition.parse("[1..5]").tests())
        .containsExactly(new Range("1", true, "5", true));
    assertThat(Condition.parse("]1..5[").tests())
        .containsExactly(new Range("1", false, "5", false));
    assertThat(Condition.parse("(1..5]").tests())
        .containsExactly(new Range("1", false, "5", true));
    assertThat(Condition.parse("[2026-01-01..2026-06-30)").tests())
        .containsExactly(new Range("2026-01-01", true, "2026-06-30", false));
    assertThat(Condition.parse("not([1.5..2.5], 7)").tests())
        .containsExactly(new Range("1.5", true, "2.5", true), new Value("7"));
  }

  @Test
  void valuesThatNeedQuotesAreQuotedWhenBuilt() {
    Condition condition = Condition.anyOf(List.of("a, b", "-", "(x)", "plain"));

    assertThat(condition.text()).isEqualTo("\"a, b\", \"-\", \"(x)\", plain");
    assertThat(Condition.parse(condition.text())).isEqualTo(condition);
    assertThat(condition.tests()).containsExactly(new Value("a, b"), new Value("-"),
        new Value("(x)"), new Value("plain"));
    assertThat(Condition.noneOf(List.of("WEB")).text()).isEqualTo("not(WEB)");
  }

  @Test
  void brokenSyntaxIsRefusedSayingWhereAndWhy() {
    assertThatThrownBy(() -> Condition.parse("WEB,,APP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("condition 'WEB,,APP': expected a value (at character 5)");
    assertThatThrownBy(() -> Condition.parse("not(WEB"))
        .hasMessageContaining("not( is not closed with )");
    assertThatThrownBy(() -> Condition.parse("not()"))
        .hasMessageContaining("a list needs at least one test");
    assertThatThrownBy(() -> Condition.parse("[1..5"))
        .hasMessageContaining("a range must close with ], ) or [");
    assertThatThrownBy(() -> Condition.parse("[1,5]"))
        .hasMessageContaining("a range needs .. between its ends");
    assertThatThrownBy(() -> Condition.parse("\"open"))
        .hasMessageContaining("a quoted value is not closed");
    assertThatThrownBy(() -> Condition.parse("a\"b"))
        .hasMessageContaining("a quote inside an unquoted value");
    assertThatThrownBy(() -> Condition.parse("not(a) b"))
        .hasMessageContaining("nothing may follow the ) of not(...)");
    assertThatThrownBy(() -> Condition.parse("a\tb"))
        .hasMessageContaining("must be one line of plain text");
    assertThatThrownBy(() -> Condition.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("condition");
  }

  @Test
  void theColumnTypeDecidesWhatACellMaySay() {
    DecisionTable.Builder table = DecisionTable.builder("t", "1")
        .input(Column.of("channel", ColumnType.TEXT))
        .input(Column.of("count", ColumnType.NUMBER))
        .input(Column.of("area", ColumnType.AREA))
        .input(Column.of("enterprise", ColumnType.BOOLEAN))
        .output(OutputColumn.of("out", OutputType.TEXT));

    assertThatThrownBy(() -> table.row(Row.builder("R1").when("channel", "< 3").build())
        .build()).hasMessageContaining("row 'R1' column 'channel': TEXT cells take values,"
            + " lists and not(...), not comparisons or ranges");
    assertThatThrownBy(() -> table.clearRows().row(Row.builder("R2").when("count", "many")
        .build()).build()).hasMessageContaining("row 'R2' column 'count': 'many' is not a number");
    assertThatThrownBy(() -> table.clearRows().row(Row.builder("R3").when("count", "[5..1]")
        .build()).build()).hasMessageContaining("holds no value; write the low end first");
    assertThatThrownBy(() -> table.clearRows().row(Row.builder("R4").when("area", "3201 06")
        .build()).build()).hasMessageContaining("'3201 06' is not an area code");
    assertThatThrownBy(() -> table.clearRows().row(Row.builder("R5").when("enterprise",
        "maybe").build()).build()).hasMessageContaining("'maybe' is not true or false");
    assertThatThrownBy(() -> table.clearRows().row(Row.builder("R6").when("nosuch", "x")
        .build()).build()).hasMessageContaining("row 'R6' names input 'nosuch', which is not"
            + " a column of the table");
  }
}
