package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.Condition.Comparison;
import org.hotline12345.rules.table.Condition.Operator;
import org.hotline12345.rules.table.Condition.Range;
import org.hotline12345.rules.table.Condition.Test;
import org.hotline12345.rules.table.Condition.Value;

/** Reads the syntax of a {@link Condition}: unary tests, lists, {@code not(...)}. */
public final class ConditionParser {

  private final String text;
  private int pos;

  private ConditionParser(String text) {
    this.text = text;
  }

  /**
   * A parsed condition's parts.
   *
   * @param negated whether it is {@code not(...)}
   * @param tests the tests; empty for any input
   */
  public record Parsed(boolean negated, List<Test> tests) {}

  /**
   * Parses a stripped condition text.
   *
   * @param text the text, stripped
   * @return the parts
   * @throws IllegalArgumentException naming the rule broken and the character where
   */
  public static Parsed parse(String text) {
    if (text.isEmpty() || text.equals("-")) {
      return new Parsed(false, List.of());
    }
    return new ConditionParser(text).all();
  }

  /**
   * A value as a condition's list writes it: bare when it reads back as itself, else quoted.
   *
   * @param value the value
   * @return the value, quoted if needed
   */
  public static String literal(String value) {
    String stripped = TableText.requireText("value", value, Condition.MAX_LENGTH);
    if (stripped.equals(value) && isBare(value)) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static boolean isBare(String value) {
    if (value.equals("-") || value.startsWith("not") || value.contains("..")) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ("\",，()[]<>\\".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private Parsed all() {
    boolean negated = false;
    char terminator = 0;
    if (text.startsWith("not")) {
      int open = skipSpaces(3);
      if (open < text.length() && text.charAt(open) == '(') {
        negated = true;
        terminator = ')';
        pos = open + 1;
      }
    }
    List<Test> tests = new ArrayList<>();
    while (true) {
      pos = skipSpaces(pos);
      if (atEnd(terminator)) {
        throw error(tests.isEmpty() ? "a list needs at least one test" : "a comma must be"
            + " followed by a test");
      }
      tests.add(test(terminator));
      pos = skipSpaces(pos);
      if (atEnd(terminator)) {
        break;
      }
      char c = text.charAt(pos);
      if (c != ',' && c != '\uFF0C') {
        throw error("expected a comma between tests");
      }
      pos++;
    }
    if (negated) {
      if (pos >= text.length()) {
        throw error("not( is not closed with )");
      }
      pos = skipSpaces(pos + 1);
      if (pos < text.length()) {
        throw error("nothing may follow the ) of not(...)");
      }
    }
    return new Parsed(negated, tests);
  }

  private boolean atEnd(char terminator) {
    return pos >= text.length() || terminator != 0 && text.charAt(pos) == terminator;
  }

  private Test test(char terminator) {
    char c = text.charAt(pos);
    if (c == '<' || c == '>') {
      boolean equal = pos + 1 < text.length() && text.charAt(pos + 1) == '=';
      Operator operator = c == '<' ? (equal ? Operator.LESS_OR_EQUAL : Operator.LESS)
          : (equal ? Operator.GREATER_OR_EQUAL : Operator.GREATER);
      pos = skipSpaces(pos + (equal ? 2 : 1));
      return new Comparison(operator, value(terminator, false));
    }
    if (c == '[' || c == '(' || c == ']') {
      boolean lowInclusive = c == '[';
      pos = skipSpaces(pos + 1);
      String low = value((char) 0, true);
      pos = skipSpaces(pos);
      if (!text.startsWith("..", pos)) {
        throw error("a range needs .. between its ends, as in [1..5]");
      }
      pos = skipSpaces(pos + 2);
      String high = highEnd();
      pos = skipSpaces(pos);
      if (pos >= text.length() || "])[".indexOf(text.charAt(pos)) < 0) {
        throw error("a range must close with ], ) or [");
      }
      boolean highInclusive = text.charAt(pos) == ']';
      pos++;
      return new Range(low, lowInclusive, high, highInclusive);
    }
    return new Value(value(terminator, false));
  }

  private String highEnd() {
    if (pos < text.length() && text.charAt(pos) == '"') {
      return quoted();
    }
    int start = pos;
    while (pos < text.length() && "])[".indexOf(text.charAt(pos)) < 0) {
      checkBare(text.charAt(pos));
      pos++;
    }
    return bare(start);
  }

  private String value(char terminator, boolean rangeLow) {
    if (pos < text.length() && text.charAt(pos) == '"') {
      return quoted();
    }
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (rangeLow ? text.startsWith("..", pos)
          : c == ',' || c == '\uFF0C' || terminator != 0 && c == terminator) {
        break;
      }
      checkBare(c);
      pos++;
    }
    return bare(start);
  }

  private void checkBare(char c) {
    if (c == '"') {
      throw error("a quote inside an unquoted value; quote the whole value");
    }
  }

  private String bare(int start) {
    String value = text.substring(start, pos).strip();
    if (value.isEmpty()) {
      throw error("expected a value");
    }
    return value;
  }

  private String quoted() {
    int open = pos;
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\' && pos < text.length()
          && (text.charAt(pos) == '"' || text.charAt(pos) == '\\')) {
        c = text.charAt(pos++);
      }
      value.append(c);
    }
    pos = open;
    throw error("a quoted value is not closed");
  }

  private int skipSpaces(int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))
        || i < text.length() && text.charAt(i) == '\u3000') {
      i++;
    }
    return i;
  }

  private IllegalArgumentException error(String reason) {
    return new IllegalArgumentException("condition " + Texts.quote(text) + ": " + reason
        + " (at character " + (text.codePointCount(0, Math.min(pos, text.length())) + 1) + ")");
  }
}
