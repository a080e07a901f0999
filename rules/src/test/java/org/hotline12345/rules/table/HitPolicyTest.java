package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hit policies as a dispatch office meets them: one urgent complaint about a lift, several
 * rows that match it, and what each policy makes of them; plus effective dates, {@code not()}
 * and ranges on the counts of repeated calls.
 */
class HitPolicyTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** Three rows all matching a lift complaint (category L0102) from a caller who called twice. */
  private static DecisionTable lift(HitPolicy policy) {
    return DecisionTable.builder("lift", "1").hitPolicy(policy)
        .input(Column.of("category", ColumnType.CATEGORY))
        .input(Column.of("callerCount", ColumnType.NUMBER))
        .output(OutputColumn.of("urgency", OutputType.TEXT)
            .withAllowedValues(List.of("IMMEDIATE", "URGENT", "NORMAL")))
        .row(Row.builder("general").description("电梯类一般").when("category", "L01")
            .then("urgency", "NORMAL").build())
        .row(Row.builder("repeat").description("重复来电").when("callerCount", ">= 2")
            .then("urgency", "URGENT").build())
        .row(Row.builder("trapped").description("电梯困人").when("category", "L0102")
            .then("urgency", "IMMEDIATE").build())
        .row(Row.builder("other").description("其他").when("category", "not(L01)")
            .then("urgency", "NORMAL").build())
        .build();
  }

  private static Inputs twiceAboutTrappedLift() {
    return Inputs.builder().category("category", "L0102").number("callerCount", 2).build();
  }

  private static List<String> ids(Decision decision) {
    return decision.rows().stream().map(Row::id).toList();
  }

  @Test
  void firstTakesTheEarliestMatchingRow() {
    assertThat(ids(lift(HitPolicy.FIRST).decide(twiceAboutTrappedLift(), DAY)))
        .containsExactly("general");
  }

  @Test
  void priorityTakesTheRowWhoseOutputComesFirstInTheAllowedValues() {
    Decision decision = lift(HitPolicy.PRIORITY).decide(twiceAboutTrappedLift(), DAY);

    assertThat(ids(decision)).containsExactly("trapped");
    assertThat(decision.output("urgency")).contains("IMMEDIATE");
  }

  @Test
  void collectAndRuleOrderTakeAllInTableOrderAndOutputOrderByPriority() {
    assertThat(ids(lift(HitPolicy.COLLECT).decide(twiceAboutTrappedLift(), DAY)))
        .containsExactly("general", "repeat", "trapped");
    assertThat(ids(lift(HitPolicy.RULE_ORDER).decide(twiceAboutTrappedLift(), DAY)))
        .containsExactly("general", "repeat", "trapped");
    Decision ordered = lift(HitPolicy.OUTPUT_ORDER).decide(twiceAboutTrappedLift(), DAY);
    assertThat(ids(ordered)).containsExactly("trapped", "repeat", "general");
    assertThat(ordered.outputs("urgency")).containsExactly("IMMEDIATE", "URGENT", "NORMAL");
  }

  @Test
  void uniqueRefusesADecisionThatSeveralRowsMatchAndAnswersOneThatOneMatches() {
    DecisionTable unique = lift(HitPolicy.UNIQUE);

    assertThatThrownBy(() -> unique.decide(twiceAboutTrappedLift(), DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hit policy UNIQUE but rows 'general', 'repeat', 'trapped'");
    // a first call about a water leak (W01) matches only "other"
    Decision single = unique.decide(Inputs.builder().category("category", "W01")
        .number("callerCount", 1).build(), DAY);
    assertThat(ids(single)).containsExactly("other");
  }

  @Test
  void anyAcceptsSeveralRowsOnlyWhenTheyAgree() {
    DecisionTable any = lift(HitPolicy.ANY);

    assertThatThrownBy(() -> any.decide(twiceAboutTrappedLift(), DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("give different outputs");
    // general and other never meet; a first call about a lift matches general alone
    assertThat(ids(any.decide(Inputs.builder().category("category", "L0101")
        .number("callerCount", 1).build(), DAY))).containsExactly("general");
  }

  @Test
  void collectSumsCountsAndFindsExtremes() {
    DecisionTable.Builder points = DecisionTable.builder("points", "1")
        .hitPolicy(HitPolicy.COLLECT)
        .input(Column.of("callerCount", ColumnType.NUMBER))
        .output(OutputColumn.of("points", OutputType.NUMBER))
        .row(Row.builder("base").then("points", "1").build())
        .row(Row.builder("again").when("callerCount", ">= 2").then("points", "2.5").build())
        .row(Row.builder("often").when("callerCount", "[5..10]").then("points", "4").build());
    Inputs sixCalls = Inputs.builder().number("callerCount", 6).build();

    assertThat(points.aggregation(Aggregation.SUM).build().decide(sixCalls, DAY).aggregate())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.5"));
    assertThat(points.aggregation(Aggregation.MAX).build().decide(sixCalls, DAY).aggregate())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
    assertThat(points.aggregation(Aggregation.MIN).build().decide(sixCalls, DAY).aggregate())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    assertThat(points.aggregation(Aggregation.COUNT).build().decide(sixCalls, DAY).aggregate())
        .contains(BigDecimal.valueOf(3));
    assertThatThrownBy(() -> points.aggregation(Aggregation.SUM).hitPolicy(HitPolicy.FIRST)
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goes with hit policy COLLECT only");
  }

  @Test
  void rangesInDmnNotationIncludeOrExcludeTheirEnds() {
    DecisionTable table = DecisionTable.builder("repeats", "1").hitPolicy(HitPolicy.FIRST)
        .input(Column.of("count", ColumnType.NUMBER))
        .output(OutputColumn.of("band", OutputType.TEXT))
        .row(Row.builder("none").when("count", "< 1").then("band", "none").build())
        .row(Row.builder("few").when("count", "[1..3[").then("band", "few").build())
        .row(Row.builder("some").when("count", "[3..5]").then("band", "some").build())
        .row(Row.builder("many").when("count", "]5..10)").then("band", "many").build())
        .row(Row.builder("flood").when("count", ">= 10").then("band", "flood").build())
        .build();

    assertThat(band(table, 0)).isEqualTo("none");
    assertThat(band(table, 1)).isEqualTo("few");
    assertThat(band(table, 2.9)).isEqualTo("few");
    assertThat(band(table, 3)).isEqualTo("some");
    assertThat(band(table, 5)).isEqualTo("some");
    assertThat(band(table, 5.5)).isEqualTo("many");
    assertThat(band(table, 10)).isEqualTo("flood");
  }

  private static String band(DecisionTable table, double count) {
    return table.decide(Inputs.builder().number("count", count).build(), DAY).output("band")
        .orElseThrow();
  }

  @Test
  void notExcludesValuesAndAListAcceptsAnyOfThem() {
    DecisionTable channels = DecisionTable.builder("channels", "1").hitPolicy(HitPolicy.FIRST)
        .input(Column.enumerated("channel", List.of("HOTLINE", "WEB", "APP", "WECHAT")))
        .input(Column.of("enterprise", ColumnType.BOOLEAN))
        .output(OutputColumn.of("queue", OutputType.TEXT))
        .row(Row.builder("business").when("enterprise", "是").then("queue", "营商环境").build())
        .row(Row.builder("online").when("channel", "WEB, APP, WECHAT").then("queue", "网络")
            .build())
        .row(Row.builder("phone").when("channel", "not(WEB, APP, WECHAT)").then("queue", "电话")
            .build())
        .build();

    assertThat(queue(channels, "APP", false)).isEqualTo("网络");
    assertThat(queue(channels, "HOTLINE", false)).isEqualTo("电话");
    assertThat(queue(channels, "HOTLINE", true)).isEqualTo("营商环境");
    assertThatThrownBy(() -> queue(channels, "EMAIL", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input 'channel' is 'EMAIL', not one of the allowed values");
  }

  private static String queue(DecisionTable table, String channel, boolean enterprise) {
    return table.decide(Inputs.builder().text("channel", channel).bool("enterprise", enterprise)
        .build(), DAY).output("queue").orElseThrow();
  }

  @Test
  void effectiveDatesIncludeBothEndsAndLetANewRowTakeOverOnItsFirstDay() {
    DecisionTable table = DecisionTable.builder("limits", "2026")
        .hitPolicy(HitPolicy.FIRST)
        .input(Column.of("type", ColumnType.TEXT))
        .output(OutputColumn.of("days", OutputType.NUMBER))
        .row(Row.builder("old").when("type", "COMPLAINT").effectiveTo(LocalDate.of(2026, 6, 30))
            .then("days", "20").build())
        .row(Row.builder("new").when("type", "COMPLAINT")
            .effectiveFrom(LocalDate.of(2026, 7, 1)).then("days", "15").build())
        .row(Row.builder("trial").when("type", "CONSULTATION")
            .effectiveFrom(LocalDate.of(2026, 7, 1)).effectiveTo(LocalDate.of(2026, 7, 31))
            .then("days", "1").build())
        .build();
    Inputs complaint = Inputs.builder().text("type", "COMPLAINT").build();
    Inputs consultation = Inputs.builder().text("type", "CONSULTATION").build();

    assertThat(table.decide(complaint, LocalDate.of(2026, 6, 30)).first().map(Row::id))
        .contains("old");
    assertThat(table.decide(complaint, LocalDate.of(2026, 7, 1)).first().map(Row::id))
        .contains("new");
    assertThat(table.decide(consultation, LocalDate.of(2026, 7, 31)).isMatched()).isTrue();
    assertThat(table.decide(consultation, LocalDate.of(2026, 8, 1)).isMatched()).isFalse();
  }

  @Test
  void noMatchGivesTheOutputsDefaults() {
    DecisionTable table = DecisionTable.builder("routing", "1")
        .input(Column.of("category", ColumnType.CATEGORY))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT).withDefaultValue("nj.12345"))
        .row(Row.builder("R1").when("category", "C01").then("lead", "nj.env").build())
        .build();

    Decision decision = table.decide(Inputs.builder().category("category", "Z9").build(), DAY);

    assertThat(decision.isMatched()).isFalse();
    assertThat(decision.department("lead").map(Object::toString)).contains("nj.12345");
    assertThat(decision.toExplanation().row()).isEmpty();
    assertThat(decision.toExplanation().text()).contains("no row matched on 2026-03-02");
  }

  @Test
  void priorityNeedsOrderedAllowedValues() {
    assertThatThrownBy(() -> DecisionTable.builder("p", "1").hitPolicy(HitPolicy.PRIORITY)
        .input(Column.of("x", ColumnType.TEXT)).output(OutputColumn.of("y", OutputType.TEXT))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hit policy PRIORITY needs an output column with allowed values");
  }
}
