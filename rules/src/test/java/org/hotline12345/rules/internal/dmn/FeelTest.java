package org.hotline12345.rules.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hotline12345.rules.internal.dmn.Feel.Compare;
import org.hotline12345.rules.internal.dmn.Feel.Equal;
import org.hotline12345.rules.internal.dmn.Feel.Interval;
import org.hotline12345.rules.internal.dmn.Feel.Kind;
import org.hotline12345.rules.internal.dmn.Feel.Literal;
import org.hotline12345.rules.internal.dmn.Feel.SyntaxException;
import org.hotline12345.rules.internal.dmn.Feel.UnaryTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeelTest {

  private static Literal string(String value) {
    return new Literal(Kind.STRING, value);
  }

  private static Literal number(String value) {
    return new Literal(Kind.NUMBER, value);
  }

  @Test
  void aDashOrAnEmptyEntryLetsEveryInputThrough() {
    assertThat(Feel.unaryTests("-").isAny()).isTrue();
    assertThat(Feel.unaryTests("  -  ").isAny()).isTrue();
    assertThat(Feel.unaryTests("").isAny()).isTrue();
    assertThat(Feel.unaryTests("\n  ").isAny()).isTrue();
  }

  @Test
  void aListOfChannelsIsAListOfStringsInQuotes() {
    UnaryTests tests = Feel.unaryTests("\"HOTLINE\", \"WECHAT\"");

    assertThat(tests.negated()).isFalse();
    assertThat(tests.tests()).containsExactly(new Equal(string("HOTLINE")),
        new Equal(string("WECHAT")));
  }

  @Test
  void notExcludesTheDistrictsItNames() {
    UnaryTests tests = Feel.unaryTests("not( \"320106\" ,\"320102\")");

    assertThat(tests.negated()).isTrue();
    assertThat(tests.tests()).containsExactly(new Equal(string("320106")),
        new Equal(string("320102")));
  }

  @Test
  void aStringKeepsEscapedQuotesCommasAndChineseText() {
    assertThat(Feel.unaryTests("\"噪音, \\\"夜间\\\" \\\\ \\u4e2d\"").tests())
        .containsExactly(new Equal(string("噪音, \"夜间\" \\ 中")));
  }

  @Test
  void comparisonsAndIntervalsOverTheNumberOfAppeals() {
    assertThat(Feel.unaryTests(">= 5").tests())
        .containsExactly(new Compare(">=", number("5")));
    assertThat(Feel.unaryTests("<-1.5").tests())
        .containsExactly(new Compare("<", number("-1.5")));
    assertThat(Feel.unaryTests("[0..2]").tests())
        .containsExactly(new Interval(number("0"), true, number("2"), true));
    assertThat(Feel.unaryTests("]2 .. 5[").tests())
        .containsExactly(new Interval(number("2"), false, number("5"), false));
    assertThat(Feel.unaryTests("(2..5], [.5..7)").tests())
        .containsExactly(new Interval(number("2"), false, number("5"), true),
            new Interval(number(".5"), true, number("7"), false));
  }

  @Test
  void booleansAndDates() {
    assertThat(Feel.unaryTests("true").tests())
        .containsExactly(new Equal(new Literal(Kind.BOOLEAN, "true")));
    assertThat(Feel.unaryTests("[date(\"2026-01-01\")..date( \"2026-06-30\" )]").tests())
        .containsExactly(new Interval(new Literal(Kind.DATE, "2026-01-01"), true,
            new Literal(Kind.DATE, "2026-06-30"), true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "HOTLINE | 1 | 'HOTLINE' is a name (a variable), which is not read; a string is quoted",
      "callerCount > 3 | 1 | 'callerCount' is a name",
      "\"a\" \"b\" | 5 | expected , between tests",
      "not(\"a\" | 8 | not( is not closed with )",
      "not \"a\" | 1 | 'not' must be followed by (",
      "[1..5 | 6 | an interval closes with ], ) or [",
      "[1,5] | 3 | an interval needs .. between its ends",
      "= 5 | 1 | '=' is not a unary test operator",
      "\"open | 1 | a string is not closed",
      "1e3 | 2 | unexpected 'e' after a number",
      "2 * 3 | 3 | expected , between tests",
      "? > 3 | 1 | ? tests (arbitrary FEEL expressions) are not read",
      "null | 1 | null is not read",
      "date and time(\"2026-01-01T00:00\") | 1 | 'date' is a name",
      "date(\"2026-02-30\") | 6 | '2026-02-30' is not an ISO date",
      "contains(\"x\") | 1 | 'contains'(...) is a function call",
      "\"a\\tb\" | 3 | escape \\t is not read",
  })
  void entriesOutsideTheSubsetAreRefusedWithTheCharacter(String text, int character,
      String reason) {
    assertThatThrownBy(() -> Feel.unaryTests(text))
        .isInstanceOfSatisfying(SyntaxException.class, e -> {
          assertThat(e.getMessage()).startsWith(reason);
          assertThat(e.character()).isEqualTo(character);
        });
  }

  @Test
  void anOutputEntryIsOneLiteralOrNothing() {
    assertThat(Feel.literal(" \"nj.gulou.env\" ")).contains(string("nj.gulou.env"));
    assertThat(Feel.literal("2")).contains(number("2"));
    assertThat(Feel.literal("false")).contains(new Literal(Kind.BOOLEAN, "false"));
    assertThat(Feel.literal("")).isEqualTo(Optional.empty());
    assertThat(Feel.literal("null")).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> Feel.literal("\"a\" + \"b\""))
        .isInstanceOf(SyntaxException.class)
        .hasMessageStartingWith("an output entry is one literal");
    assertThatThrownBy(() -> Feel.literal("lead"))
        .isInstanceOf(SyntaxException.class).hasMessageContaining("'lead' is a name");
  }

  @Test
  void theCharacterCountsChineseTextAsOneCharacterEach() {
    assertThatThrownBy(() -> Feel.unaryTests("\"火灾\", 着火"))
        .isInstanceOfSatisfying(SyntaxException.class,
            e -> assertThat(e.character()).isEqualTo(7));
    assertThat(List.of(Feel.unaryTests("\"火灾\",\"着火\"").tests().size())).containsExactly(2);
  }
}
