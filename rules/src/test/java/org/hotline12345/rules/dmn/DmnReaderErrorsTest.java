package org.hotline12345.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files the reader refuses: each names the file, the line and column of the element at fault,
 * and why. Each case changes one piece of {@link Dmn#TRIAGE}.
 */
class DmnReaderErrorsTest {

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("an unknown hit policy",
            "hitPolicy=\"FIRST\"", "hitPolicy=\"FRIST\"", "<decisionTable",
            "hit policy 'FRIST' is not one of DMN's UNIQUE, FIRST, PRIORITY, ANY, COLLECT,"
                + " RULE ORDER, OUTPUT ORDER"),
        Arguments.of("an aggregation without COLLECT",
            "hitPolicy=\"FIRST\"", "hitPolicy=\"FIRST\" aggregation=\"SUM\"", "<decisionTable",
            "aggregation SUM goes with hit policy COLLECT only, not FIRST"),
        Arguments.of("a FEEL expression in an entry",
            "<text>&gt;= 3</text>", "<text>callerCount &gt; 3</text>", "<inputEntry id=\"T1b\"",
            "rule 'T1' input 'callerCount': 'callerCount > 3': 'callerCount' is a name (a"
                + " variable), which is not read; a string is quoted: \"callerCount\" (at"
                + " character 1 of the text)"),
        Arguments.of("a function call in an entry",
            "<text>\"COMPLAINT\"</text>", "<text>starts with(\"COMP\")</text>",
            "<inputEntry id=\"T1a\"", "'starts' is a name"),
        Arguments.of("an unquoted string",
            "<text>\"COMPLAINT\"</text>", "<text>COMPLAINT</text>", "<inputEntry id=\"T1a\"",
            "'COMPLAINT' is a name (a variable), which is not read; a string is quoted:"
                + " \"COMPLAINT\""),
        Arguments.of("a comparison in a text column",
            "<text>\"COMPLAINT\"</text>", "<text>&lt; \"D\"</text>", "<inputEntry id=\"T1a\"",
            "rule 'T1' input 'type': comparisons and intervals are read in number and date"
                + " columns only; this is a TEXT column"),
        Arguments.of("a string in a number column",
            "<text>&gt;= 3</text>", "<text>\"3\"</text>", "<inputEntry id=\"T1b\"",
            "rule 'T1' input 'callerCount': the string '3' in a NUMBER column, which takes"
                + " numbers"),
        Arguments.of("a number where the output is a string",
            "<text>\"supervise\"</text>", "<text>7</text>", "<outputEntry id=\"T1c\"",
            "output 'action': the number 7 in a TEXT output, which takes quoted strings"),
        Arguments.of("an expression as output entry",
            "<text>\"supervise\"</text>", "<text>\"super\" + \"vise\"</text>",
            "<outputEntry id=\"T1c\"", "an output entry is one literal"),
        Arguments.of("a missing inputExpression",
            "<inputExpression id=\"e2\" typeRef=\"integer\"><text>callerCount</text>"
                + "</inputExpression>", "", "<input id=\"i2\"",
            "an <input> needs an <inputExpression> naming the input's variable"),
        Arguments.of("an input expression that computes",
            "<text>callerCount</text>", "<text>callerCount * 2</text>", "<inputExpression id=\"e2\"",
            "input expression 'callerCount * 2' is not a variable's name"),
        Arguments.of("an input without typeRef",
            "<inputExpression id=\"e1\" typeRef=\"string\">", "<inputExpression id=\"e1\">",
            "<inputExpression id=\"e1\"", "input 'type' has no typeRef"),
        Arguments.of("an unknown typeRef",
            "<inputExpression id=\"e1\" typeRef=\"string\">",
            "<inputExpression id=\"e1\" typeRef=\"dateTime\">", "<inputExpression id=\"e1\"",
            "input 'type' has typeRef 'datetime'; read are string, number"),
        Arguments.of("too few input entries",
            "        <inputEntry id=\"T2b\"><text>-</text></inputEntry>\n", "", "<rule id=\"T2\"",
            "rule 'T2' has 1 input entries and 1 output entries, but the table has 2 inputs and"
                + " 1 outputs"),
        Arguments.of("too many output entries",
            "<outputEntry id=\"T2c\"><text>\"dispatch\"</text></outputEntry>",
            "<outputEntry id=\"T2c\"><text>\"dispatch\"</text></outputEntry>"
                + "<outputEntry id=\"T2d\"><text>\"x\"</text></outputEntry>", "<rule id=\"T2\"",
            "rule 'T2' has 2 input entries and 2 output entries"),
        Arguments.of("an entry without text",
            "<inputEntry id=\"T2a\"><text>-</text></inputEntry>", "<inputEntry id=\"T2a\"/>",
            "<inputEntry id=\"T2a\"", "<inputEntry> needs exactly one <text>, has 0"),
        Arguments.of("a duplicate rule id",
            "<rule id=\"T2\">", "<rule id=\"T1\">", "<rule id=\"T1\">\n        <inputEntry id=\"T2a\"",
            "id 'T1' is used twice, first by <rule> at line 13; DMN ids are unique in a file"),
        Arguments.of("an input with a rule's id",
            "<input id=\"i2\"", "<input id=\"T2\"", "<rule id=\"T2\"",
            "id 'T2' is used twice, first by <input> at line 9"),
        Arguments.of("an id that is not an XML name",
            "<rule id=\"T2\">", "<rule id=\"2nd rule\">", "<rule id=\"2nd rule\"",
            "id '2nd rule' is not an XML name"),
        Arguments.of("a rule without id",
            "<rule id=\"T2\">", "<rule>", "<rule>", "a <rule> needs an id"),
        Arguments.of("another expression language",
            "<inputEntry id=\"T1a\">", "<inputEntry id=\"T1a\" expressionLanguage=\"juel\">",
            "<inputEntry id=\"T1a\"", "expression language 'juel' is not FEEL"),
        Arguments.of("a vendor element outside extensionElements",
            "<rule id=\"T2\">", "<rule id=\"T2\"><camunda:note xmlns:camunda="
                + "\"http://camunda.org/schema/1.0/dmn\"/>", "<camunda:note",
            "<camunda:note> is not read inside <rule> (namespace"),
        Arguments.of("a rule that ends before it starts",
            "<rule id=\"T2\">", "<rule id=\"T2\" hl:from=\"2026-07-01\" hl:to=\"2026-06-30\">",
            "<rule id=\"T2\"", "row 'T2' ends (2026-06-30) before it starts (2026-07-01)"),
        Arguments.of("an effective date that is no date",
            "<rule id=\"T2\">", "<rule id=\"T2\" hl:from=\"1 July\">", "<rule id=\"T2\"",
            "rule 'T2' hl:from '1 July' is not an ISO date"),
        Arguments.of("an input named like a reserved column",
            "<text>type</text>", "<text>description</text>", "<input id=\"i1\"",
            "must not be one of the reserved names"),
        Arguments.of("a decision without id",
            "<decision id=\"triage\"", "<decision", "<decision",
            "a decision needs an id: it is the rule set id of its table"),
        Arguments.of("an unknown hl:type",
            "<input id=\"i1\" label=\"Type\">", "<input id=\"i1\" label=\"Type\" hl:type=\"ZONE\">",
            "<input id=\"i1\"", "hl:type 'ZONE' is not one of TEXT, CATEGORY, AREA"),
        Arguments.of("a string with spaces around it",
            "<text>\"COMPLAINT\"</text>", "<text>\" COMPLAINT\"</text>", "<inputEntry id=\"T1a\"",
            "' COMPLAINT' is empty or starts or ends with spaces"),
        Arguments.of("a namespace that is not DMN's",
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/BPMN/20100524/MODEL", "<definitions",
            "not a DMN 1.1 to 1.5 file: <definitions> is in namespace"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void theReaderRefusesWithTheLineAndColumnOfTheElement(String what, String piece,
      String replacement, String at, String reason) {
    assertThat(Dmn.TRIAGE).contains(piece);
    String file = Dmn.TRIAGE.replace(piece, replacement);
    Dmn.Position expected = Dmn.at(file, at);

    assertThatThrownBy(() -> Dmn.read(file))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("triage.dmn");
          assertThat(new Dmn.Position(e.line(), e.column())).isEqualTo(expected);
          assertThat(e.reason()).contains(reason);
          assertThat(e.getMessage()).startsWith("triage.dmn:" + expected.line() + ":"
              + expected.column() + ": ");
        });
  }

  @Test
  void theEnginesOwnRulesForACellAreRefusedAtTheEntry() {
    String xml = Dmn.TRIAGE.replace("<input id=\"i1\" label=\"Type\">",
        "<input id=\"i1\" label=\"Type\" hl:type=\"AREA\">")
        .replace("<text>\"COMPLAINT\"</text>", "<text>\"3201 06\"</text>");

    assertThatThrownBy(() -> Dmn.read(xml))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(new Dmn.Position(e.line(), e.column()))
              .isEqualTo(Dmn.at(xml, "<inputEntry id=\"T1a\""));
          assertThat(e.reason()).startsWith("rule 'T1' input 'type': '3201 06' is not an area"
              + " code");
        });
  }

  @Test
  void anXxeAttemptIsRefusedAndTheSecretNeverRead(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "the-city-secret");
    String xml = Dmn.TRIAGE.replace("<definitions", "<!DOCTYPE definitions [ <!ENTITY xxe"
        + " SYSTEM \"" + secret.toUri() + "\"> ]>\n<definitions")
        .replace("<text>\"dispatch\"</text>", "<text>\"&xxe;\"</text>");
    Path file = Files.write(dir.resolve("xxe.dmn"), xml.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> DmnReader.of().read(file))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(new Dmn.Position(e.line(), e.column()))
              .isEqualTo(Dmn.at(xml, "<!DOCTYPE"));
          assertThat(e.reason()).startsWith("a document type declaration (<!DOCTYPE ...>) is"
              + " not allowed");
          assertThat(e.getMessage()).doesNotContain("the-city-secret");
        });
  }

  @Test
  void aFileThatIsNotXmlNamesWhereItBreaks() {
    String xml = Dmn.TRIAGE.replace("</rule>\n      <rule id=\"T2\">", "<rule id=\"T2\">");

    assertThatThrownBy(() -> Dmn.read(xml))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.reason()).startsWith("not well-formed XML");
          assertThat(e.line()).isGreaterThan(Dmn.at(xml, "<rule id=\"T2\"").line());
        });
  }
}
