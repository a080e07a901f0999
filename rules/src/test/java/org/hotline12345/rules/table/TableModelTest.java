package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of a table refuse what a file could not hold or a dispatcher could not mean. */
class TableModelTest {

  @Test
  void columnNamesMustFitAFileHeader() {
    assertThatThrownBy(() -> Column.of("id", ColumnType.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be one of the reserved names id, description, from, to");
    assertThatThrownBy(() -> Column.of("From", ColumnType.TEXT))
        .hasMessageContaining("reserved names");
    assertThatThrownBy(() -> Column.of("=lead", ColumnType.TEXT))
        .hasMessageContaining("must not start with = or #");
    assertThatThrownBy(() -> Column.of("a,b", ColumnType.TEXT))
        .hasMessageContaining("must not hold , ; or \"");
    assertThatThrownBy(() -> Column.of(" ", ColumnType.TEXT)).hasMessage(
        "column name must not be blank");
    assertThatThrownBy(() -> Column.of("x".repeat(65), ColumnType.TEXT))
        .hasMessageContaining("must be at most 64 characters");
    assertThatThrownBy(() -> Column.of(null, ColumnType.TEXT))
        .isInstanceOf(NullPointerException.class).hasMessage("column name");
    assertThat(Column.of("  callerCount ", ColumnType.NUMBER).name()).isEqualTo("callerCount");
  }

  @Test
  void onlyTextColumnsListAllowedValuesEachOnce() {
    assertThatThrownBy(() -> new Column("count", ColumnType.NUMBER, List.of("1")))
        .hasMessageContaining("only TEXT columns list allowed values, this one is NUMBER");
    assertThatThrownBy(() -> Column.enumerated("channel", List.of("WEB", "WEB")))
        .hasMessageContaining("lists the allowed value 'WEB' twice");
    assertThat(Column.of("enterprise", ColumnType.BOOLEAN).domain())
        .containsExactly("true", "false");
  }

  @Test
  void outputValuesMustBeOfTheirType() {
    assertThatThrownBy(() -> OutputColumn.of("lead", OutputType.DEPARTMENT)
        .withAllowedValues(List.of("nj env")))
        .hasMessageContaining("'nj env' is not a department id");
    assertThatThrownBy(() -> OutputColumn.of("days", OutputType.NUMBER)
        .withDefaultValue("five")).hasMessageContaining("'five' is not a number");
    assertThatThrownBy(() -> OutputColumn.of("urgency", OutputType.TEXT)
        .withAllowedValues(List.of("URGENT", "NORMAL")).withDefaultValue("LOW"))
        .hasMessageContaining("'LOW' is not one of the allowed values of output 'urgency'");
    OutputColumn urgency = OutputColumn.of("urgency", OutputType.TEXT)
        .withAllowedValues(List.of("URGENT", "NORMAL"));
    assertThat(urgency.priorityOf("URGENT")).isZero();
    assertThat(urgency.priorityOf("")).isEqualTo(2);
  }

  @Test
  void aRowEndsNoEarlierThanItStartsAndHoldsOneLineTexts() {
    assertThatThrownBy(() -> Row.builder("R1").effectiveFrom(LocalDate.of(2026, 2, 1))
        .effectiveTo(LocalDate.of(2026, 1, 31)).build())
        .hasMessage("row 'R1' ends (2026-01-31) before it starts (2026-02-01)");
    assertThatThrownBy(() -> Row.builder(" ").build()).hasMessage("row id must not be blank");
    assertThatThrownBy(() -> Row.builder("R1").description("a\nb").build())
        .hasMessageContaining("row 'R1' description must be one line of plain text");
    Row row = Row.builder(" R1 ").then("lead", "").build();
    assertThat(row.id()).isEqualTo("R1");
    assertThat(row.output("lead")).isEmpty();
    assertThat(row.condition("category")).isEqualTo(Condition.any());
    assertThat(row.isEffectiveOn(LocalDate.MIN)).isTrue();
  }

  @Test
  void aTableRefusesRepeatedIdsUnknownColumnsAndNoOutputs() {
    DecisionTable.Builder table = DecisionTable.builder("t", "1")
        .input(Column.of("category", ColumnType.CATEGORY))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT));

    assertThatThrownBy(() -> table.row(Row.builder("R1").build()).row(Row.builder("R1").build())
        .build()).hasMessage("row id 'R1' is used twice, by rows 1 and 2");
    assertThatThrownBy(() -> table.clearRows().row(Row.builder("R1").then("boss", "x").build())
        .build()).hasMessageContaining("row 'R1' names output 'boss', which is not a column");
    assertThatThrownBy(() -> DecisionTable.builder("t", "1")
        .input(Column.of("category", ColumnType.CATEGORY)).build())
        .hasMessageContaining("needs at least one output column");
    assertThatThrownBy(() -> TableSchema.builder().input("Area", ColumnType.AREA)
        .output("area", OutputType.AREA).build())
        .hasMessageContaining("column 'area' is named twice");
    assertThatThrownBy(() -> DecisionTable.builder("t", "").output(OutputColumn.of("lead",
        OutputType.DEPARTMENT)).build()).hasMessage("version must not be blank");
  }

  @Test
  void aBuiltTableGivesEveryRowEveryColumnInColumnOrder() {
    DecisionTable table = DecisionTable.builder("t", "1")
        .input(Column.of("category", ColumnType.CATEGORY))
        .input(Column.of("area", ColumnType.AREA))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT))
        .output(OutputColumn.of("level", OutputType.NUMBER))
        .row(Row.builder("R1").then("level", "1").when("area", "320106").build())
        .build();

    Row row = table.rows().get(0);
    assertThat(row.conditions().keySet()).containsExactly("category", "area");
    assertThat(row.outputs()).containsExactly(java.util.Map.entry("lead", ""),
        java.util.Map.entry("level", "1"));
    assertThat(table.row("R1")).contains(row);
    assertThat(table.row("R2")).isEqualTo(Optional.empty());
    assertThat(table.toString()).isEqualTo("DecisionTable[t v1 FIRST, 2 inputs, 2 outputs,"
        + " 1 rows]");
    assertThat(table.withVersion("2").version()).isEqualTo("2");
    assertThat(table.withVersion("2").sameContentAs(table)).isTrue();
  }

  @Test
  void inputsRefuseWhatNoTableCouldMatchAndNeverShowFreeText() {
    assertThatThrownBy(() -> Inputs.builder().number("count", Double.NaN))
        .hasMessage("input 'count' must be a finite number, was NaN");
    assertThatThrownBy(() -> Inputs.builder().area("area", List.of()))
        .hasMessage("input 'area' must give at least one code");
    assertThatThrownBy(() -> Inputs.builder().category("category", "C 01"))
        .hasMessageContaining("category code must be 1 to 64 letters");
    assertThatThrownBy(() -> Inputs.builder().text("channel", null))
        .isInstanceOf(NullPointerException.class).hasMessage("channel");

    Inputs inputs = Inputs.builder().text("channel", " WEB ").number("count", 3)
        .area("area", List.of("320100", "320106")).keywords("text", "张三说楼上漏水")
        .date("received", LocalDate.of(2026, 1, 2)).bool("enterprise", true).build();
    assertThat(inputs.names()).containsExactly("channel", "count", "area", "text", "received",
        "enterprise");
    assertThat(inputs.toString()).isEqualTo("Inputs[channel='WEB', count='3', area='320100 >"
        + " 320106', text=(7 characters of text), received='2026-01-02', enterprise='true']");
  }
}
