package org.hotline12345.rules.dmn;

import java.io.StringReader;

/** A small DMN file to change in tests, and where a piece of it stands. */
final class Dmn {

  /** A FIRST table: repeated complaints go to a supervisor, everything else is dispatched. */
  static final String TRIAGE = String.join("\n",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
          + " xmlns:hl=\"urn:hotline12345:dmn\"",
      "    id=\"d\" name=\"Triage\" namespace=\"urn:test\" hl:version=\"1\">",
      "  <decision id=\"triage\" name=\"分流 triage\">",
      "    <decisionTable id=\"t\" hitPolicy=\"FIRST\">",
      "      <input id=\"i1\" label=\"Type\">",
      "        <inputExpression id=\"e1\" typeRef=\"string\"><text>type</text></inputExpression>",
      "      </input>",
      "      <input id=\"i2\" label=\"Appeals in 30 days\">",
      "        <inputExpression id=\"e2\" typeRef=\"integer\"><text>callerCount</text>"
          + "</inputExpression>",
      "      </input>",
      "      <output id=\"o1\" name=\"action\" typeRef=\"string\"/>",
      "      <rule id=\"T1\">",
      "        <inputEntry id=\"T1a\"><text>\"COMPLAINT\"</text></inputEntry>",
      "        <inputEntry id=\"T1b\"><text>&gt;= 3</text></inputEntry>",
      "        <outputEntry id=\"T1c\"><text>\"supervise\"</text></outputEntry>",
      "      </rule>",
      "      <rule id=\"T2\">",
      "        <inputEntry id=\"T2a\"><text>-</text></inputEntry>",
      "        <inputEntry id=\"T2b\"><text>-</text></inputEntry>",
      "        <outputEntry id=\"T2c\"><text>\"dispatch\"</text></outputEntry>",
      "      </rule>",
      "    </decisionTable>",
      "  </decision>",
      "</definitions>");

  private Dmn() {}

  /**
   * A line and column.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   */
  record Position(int line, int column) {}

  /**
   * Where the first occurrence of a piece of text starts.
   *
   * @param xml the file's text
   * @param piece the piece
   * @return its line and column
   */
  static Position at(String xml, String piece) {
    int index = xml.indexOf(piece);
    if (index < 0) {
      throw new IllegalArgumentException("not in the file: " + piece);
    }
    int lineStart = xml.lastIndexOf('\n', index - 1) + 1;
    int line = (int) xml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    return new Position(line, xml.codePointCount(lineStart, index) + 1);
  }

  /**
   * Reads a file's text with a plain reader.
   *
   * @param xml the text
   * @return the tables
   */
  static DmnTables read(String xml) {
    return DmnReader.of().read(new StringReader(xml), "triage.dmn");
  }
}
