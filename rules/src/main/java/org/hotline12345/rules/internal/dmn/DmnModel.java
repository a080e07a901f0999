package org.hotline12345.rules.internal.dmn;

import java.util.List;
import java.util.Optional;

/**
 * What a DMN file says about its decision tables, as strings with the position of each element:
 * the layer between the XML ({@link DmnModelReader}) and the engine's model
 * ({@link DmnTableMapper}). Nothing here is interpreted beyond the file's structure.
 */
public final class DmnModel {

  private DmnModel() {}

  /**
   * A place in the file.
   *
   * @param line the 1-based line of an element's {@code <}
   * @param column the 1-based column of the {@code <}
   */
  public record Position(int line, int column) {
    static Position of(XmlElement element) {
      return new Position(element.line(), element.column());
    }
  }

  /**
   * A FEEL text of the file: an entry, an input expression, allowed values.
   *
   * @param text the text inside the {@code <text>} element, as written
   * @param position the position of the element holding the text (an entry, not its
   *     {@code <text>})
   */
  public record Text(String text, Position position) {}

  /**
   * The whole file.
   *
   * @param version the DMN version of its namespace
   * @param id the definitions' id
   * @param name the definitions' name
   * @param versionAttribute the SDK's {@code version} extension attribute of definitions
   * @param tables the decisions with a decision table, in file order
   * @param otherDecisions the ids of the decisions whose logic is not a decision table
   * @param position where the definitions start
   */
  public record Definitions(DmnVersion version, Optional<String> id, Optional<String> name,
      Optional<String> versionAttribute, List<Table> tables, List<String> otherDecisions,
      Position position) {}

  /**
   * One decision with its decision table.
   *
   * @param decisionId the decision's id
   * @param decisionName the decision's name
   * @param variableName the name of the decision's variable
   * @param versionAttribute the SDK's {@code version} extension attribute of the decision
   * @param versionTag Camunda's {@code versionTag} of the decision
   * @param hitPolicy the hit policy as written, {@code UNIQUE} when absent
   * @param aggregation the aggregation as written
   * @param inputs the input clauses
   * @param outputs the output clauses
   * @param rules the rules
   * @param position where the decision table starts
   * @param decisionPosition where the decision starts
   */
  public record Table(String decisionId, Optional<String> decisionName,
      Optional<String> variableName, Optional<String> versionAttribute,
      Optional<String> versionTag, String hitPolicy, Optional<String> aggregation,
      List<Input> inputs, List<Output> outputs, List<Rule> rules, Position position,
      Position decisionPosition) {}

  /**
   * An input clause.
   *
   * @param label the label
   * @param expression the input expression's text
   * @param typeRef the input expression's type, without a FEEL namespace prefix
   * @param type the SDK's {@code type} extension attribute
   * @param inputValues the allowed values
   * @param position where the input starts
   */
  public record Input(Optional<String> label, Text expression, Optional<String> typeRef,
      Optional<String> type, Optional<Text> inputValues, Position position) {}

  /**
   * An output clause.
   *
   * @param name the name
   * @param label the label
   * @param typeRef the type, without a FEEL namespace prefix
   * @param type the SDK's {@code type} extension attribute
   * @param outputValues the allowed values, in priority order
   * @param defaultOutputEntry the value when no rule matches
   * @param position where the output starts
   */
  public record Output(Optional<String> name, Optional<String> label, Optional<String> typeRef,
      Optional<String> type, Optional<Text> outputValues, Optional<Text> defaultOutputEntry,
      Position position) {}

  /**
   * A rule.
   *
   * @param id the rule's id
   * @param description the description element's text, or the annotation entries' texts
   * @param from the SDK's {@code from} extension attribute
   * @param to the SDK's {@code to} extension attribute
   * @param inputEntries the input entries, one per input clause
   * @param outputEntries the output entries, one per output clause
   * @param position where the rule starts
   */
  public record Rule(String id, String description, Optional<String> from, Optional<String> to,
      List<Text> inputEntries, List<Text> outputEntries, Position position) {}
}
