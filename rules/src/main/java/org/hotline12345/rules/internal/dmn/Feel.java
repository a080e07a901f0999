package org.hotline12345.rules.internal.dmn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;

/**
 * The subset of FEEL (DMN's expression language) that decision tables are read in: simple unary
 * tests in input entries and allowed values, and literals in output entries. Anything else
 * (names of variables, functions, arithmetic, {@code ?} tests, {@code null}) is refused with the
 * reason and the character where it starts.
 *
 * <pre>
 * unary tests  = "-" | tests | "not" "(" tests ")" | (empty)
 * tests        = test { "," test }
 * test         = ("&lt;" | "&lt;=" | "&gt;" | "&gt;=") literal | interval | literal
 * interval     = ("[" | "(" | "]") literal ".." literal ("]" | ")" | "[")
 * literal      = string | number | "true" | "false" | "date" "(" string ")"
 * string       = '"' { character | \" | \\ | \' | \\uXXXX } '"'
 * number       = ["-"] digits ["." digits] | ["-"] "." digits
 * </pre>
 */
public final class Feel {

  private final String text;
  private int pos;

  private Feel(String text) {
    this.text = text;
  }

  /** The kinds of FEEL literal read. */
  public enum Kind {
    /** A quoted string. */
    STRING,
    /** A decimal number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code date("2026-01-01")}. */
    DATE
  }

  /**
   * A literal.
   *
   * @param kind its kind
   * @param value the value: a string unquoted and unescaped, a number as written, {@code true}
   *     or {@code false}, an ISO date
   */
  public record Literal(Kind kind, String value) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Literal {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
    }
  }

  /** One test of a list. */
  public sealed interface Test permits Equal, Compare, Interval {}

  /**
   * The input equals a literal.
   *
   * @param value the literal
   */
  public record Equal(Literal value) implements Test {}

  /**
   * The input compares with a literal.
   *
   * @param operator {@code <}, {@code <=}, {@code >} or {@code >=}
   * @param value the literal
   */
  public record Compare(String operator, Literal value) implements Test {}

  /**
   * The input lies in an interval.
   *
   * @param low the low end
   * @param lowInclusive whether the low end belongs to it
   * @param high the high end
   * @param highInclusive whether the high end belongs to it
   */
  public record Interval(Literal low, boolean lowInclusive, Literal high, boolean highInclusive)
      implements Test {}

  /**
   * A unary tests text read.
   *
   * @param negated whether it is {@code not(...)}
   * @param tests the tests; empty for {@code -} or an empty text (any input)
   */
  public record UnaryTests(boolean negated, List<Test> tests) {
    /**
     * Whether any input passes: {@code -} or an empty text.
     *
     * @return true if there is no test
     */
    public boolean isAny() {
      return tests.isEmpty();
    }
  }

  /**
   * A FEEL text outside the subset read.
   */
  public static final class SyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The 1-based character of the text where the problem starts. */
    private final int character;

    SyntaxException(String reason, int character) {
      super(reason);
      this.character = character;
    }

    /**
     * The 1-based character (Unicode) of the text where the problem starts.
     *
     * @return the character
     */
    public int character() {
      return character;
    }
  }

  /**
   * Reads unary tests: an input entry, input values or output values.
   *
   * @param text the text
   * @return the tests
   * @throws SyntaxException if the text is outside the subset
   */
  public static UnaryTests unaryTests(String text) {
    Feel feel = new Feel(text);
    feel.skipSpaces();
    if (feel.atEnd() || feel.rest().strip().equals("-")) {
      return new UnaryTests(false, List.of());
    }
    boolean negated = false;
    if (feel.lookingAtWord("not")) {
      int start = feel.pos;
      feel.pos += 3;
      feel.skipSpaces();
      if (feel.peek() != '(') {
        feel.pos = start;
        throw feel.error("'not' must be followed by ( as in not(\"a\", \"b\")");
      }
      feel.pos++;
      negated = true;
    }
    List<Test> tests = new ArrayList<>();
    while (true) {
      feel.skipSpaces();
      tests.add(feel.test());
      feel.skipSpaces();
      if (feel.peek() == ',') {
        feel.pos++;
        continue;
      }
      break;
    }
    if (negated) {
      if (feel.peek() != ')') {
        throw feel.error(feel.atEnd() ? "not( is not closed with )" : "expected , or ) here");
      }
      feel.pos++;
      feel.skipSpaces();
    }
    if (!feel.atEnd()) {
      throw feel.error("expected , between tests" + (negated ? "; nothing may follow not(...)"
          : ""));
    }
    return new UnaryTests(negated, List.copyOf(tests));
  }

  /**
   * Reads a literal expression: an output entry or a default output entry.
   *
   * @param text the text
   * @return the literal, or empty for an empty text or {@code null} (no value)
   * @throws SyntaxException if the text is not one literal
   */
  public static Optional<Literal> literal(String text) {
    Feel feel = new Feel(text);
    feel.skipSpaces();
    if (feel.atEnd()) {
      return Optional.empty();
    }
    if (feel.lookingAtWord("null")) {
      feel.pos += 4;
      feel.skipSpaces();
      if (feel.atEnd()) {
        return Optional.empty();
      }
      throw feel.error("expected nothing after null");
    }
    Literal literal = feel.literal();
    feel.skipSpaces();
    if (!feel.atEnd()) {
      throw feel.error("an output entry is one literal (a quoted string, a number, true, false"
          + " or date(\"...\")); expressions are not computed");
    }
    return Optional.of(literal);
  }

  private Test test() {
    char c = peek();
    if (c == '<' || c == '>') {
      boolean equal = pos + 1 < text.length() && text.charAt(pos + 1) == '=';
      String operator = c + (equal ? "=" : "");
      pos += operator.length();
      skipSpaces();
      return new Compare(operator, literal());
    }
    if (c == '=' || c == '!') {
      throw error("'" + c + "' is not a unary test operator; write the value itself for"
          + " equality, or not(...)");
    }
    if (c == '[' || c == '(' || c == ']') {
      pos++;
      skipSpaces();
      Literal low = literal();
      skipSpaces();
      if (!text.startsWith("..", pos)) {
        throw error("an interval needs .. between its ends, as in [1..5]");
      }
      pos += 2;
      skipSpaces();
      Literal high = literal();
      skipSpaces();
      char close = peek();
      if (close != ']' && close != ')' && close != '[') {
        throw error("an interval closes with ], ) or [");
      }
      pos++;
      return new Interval(low, c == '[', high, close == ']');
    }
    return new Equal(literal());
  }

  private Literal literal() {
    char c = peek();
    if (c == '"') {
      return new Literal(Kind.STRING, string());
    }
    if (Character.isDigit(c) || c == '.' || c == '-') {
      return new Literal(Kind.NUMBER, number());
    }
    if (lookingAtWord("true") || lookingAtWord("false")) {
      String word = lookingAtWord("true") ? "true" : "false";
      pos += word.length();
      return new Literal(Kind.BOOLEAN, word);
    }
    if (lookingAtWord("date")) {
      return new Literal(Kind.DATE, date());
    }
    if (lookingAtWord("null")) {
      throw error("null is not read: every input of a table has a value");
    }
    if (c == '?') {
      throw error("? tests (arbitrary FEEL expressions) are not read; use values, comparisons,"
          + " intervals, lists and not(...)");
    }
    if (atEnd()) {
      throw error("expected a value");
    }
    if (isNameStart(c) || c == '`') {
      int start = pos;
      while (!atEnd() && (isNamePart(peek()))) {
        pos++;
      }
      String name = text.substring(start, pos);
      skipSpaces();
      boolean call = peek() == '(';
      pos = start;
      throw error(call ? Texts.quote(name) + "(...) is a function call; only date(\"...\") is"
          + " read" : Texts.quote(name) + " is a name (a variable), which is not read; a"
          + " string is quoted: \"" + name + "\"");
    }
    throw error("unexpected " + Texts.quote(String.valueOf(c)) + ": expected a quoted string,"
        + " a number, true, false or date(\"...\")");
  }

  private String string() {
    int open = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (!atEnd()) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return value.toString();
      }
      if (c == '\\') {
        value.append(escape());
        continue;
      }
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw error("a line break, tab or other control character is not read inside a"
            + " string");
      }
      value.append(c);
      pos++;
    }
    pos = open;
    throw error("a string is not closed with \"");
  }

  private String escape() {
    int start = pos;
    char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
    switch (next) {
      case '"':
      case '\\':
      case '\'':
        pos += 2;
        return String.valueOf(next);
      case 'u':
        if (pos + 6 <= text.length() && text.substring(pos + 2, pos + 6)
            .chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
          char unit = (char) Integer.parseInt(text.substring(pos + 2, pos + 6), 16);
          if (Character.isISOControl(unit)) {
            throw error("a control character is not read inside a string");
          }
          pos += 6;
          return String.valueOf(unit);
        }
        throw error("\\u must be followed by four hexadecimal digits");
      default:
        pos = start;
        throw error("escape \\" + (next == 0 ? "" : String.valueOf(next)) + " is not read in a"
            + " string; \\\", \\\\, \\' and \\uXXXX are");
    }
  }

  private String number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int digits = digits();
    if (peek() == '.' && !text.startsWith("..", pos)) {
      pos++;
      if (digits() == 0) {
        throw error("a number needs digits after its decimal point");
      }
    } else if (digits == 0) {
      pos = start;
      throw error("expected a number");
    }
    if (!atEnd() && (isNamePart(peek()) || peek() == '.' && !text.startsWith("..", pos))) {
      throw error("unexpected " + Texts.quote(String.valueOf(peek())) + " after a number"
          + " (exponents and arithmetic are not read)");
    }
    return text.substring(start, pos);
  }

  private int digits() {
    int start = pos;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      pos++;
    }
    return pos - start;
  }

  private String date() {
    int start = pos;
    pos += 4;
    skipSpaces();
    if (peek() != '(') {
      pos = start;
      throw error("'date' is a name (a variable), which is not read");
    }
    pos++;
    skipSpaces();
    if (peek() != '"') {
      throw error("date(...) takes a quoted ISO date, as in date(\"2026-01-01\")");
    }
    int quote = pos;
    String value = string();
    skipSpaces();
    if (peek() != ')') {
      throw error("date(\"...\") is not closed with )");
    }
    pos++;
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      pos = quote;
      throw error(Texts.quote(value) + " is not an ISO date (yyyy-MM-dd)");
    }
  }

  private boolean lookingAtWord(String word) {
    if (!text.startsWith(word, pos)) {
      return false;
    }
    int end = pos + word.length();
    return end >= text.length() || !isNamePart(text.charAt(end));
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private String rest() {
    return text.substring(pos);
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private void skipSpaces() {
    while (!atEnd() && (Character.isWhitespace(peek()) || peek() == '\u00A0'
        || peek() == '\u3000')) {
      pos++;
    }
  }

  private SyntaxException error(String reason) {
    int at = Math.min(pos, text.length());
    return new SyntaxException(reason, text.codePointCount(0, at) + 1);
  }
}
