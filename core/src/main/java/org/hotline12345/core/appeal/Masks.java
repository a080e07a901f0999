package org.hotline12345.core.appeal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hotline12345.core.internal.Texts;

/**
 * How personal data is masked for handlers (承办人) of confidential (保密) cases and reports
 * (举报). Every mask is idempotent: masking a masked value changes nothing, because a {@code *}
 * counts as the hidden character it replaced.
 *
 * <ul>
 *   <li>A name keeps its first character and hides the rest ({@code 张三} → {@code 张*},
 *       {@code 欧阳娜娜} → {@code 欧***}); a name of one character shows none ({@code 张} →
 *       {@code *}).
 *   <li>A phone number of n digits hides at least half of them and at least four (all of them
 *       when it has four or fewer), shows the rest split between its start and its end, and
 *       drops separators; a leading {@code +} stays: {@code 13812345678} → {@code 138******78},
 *       {@code 83601234} → {@code 83****34}, {@code 12345} → {@code 1****}.
 *   <li>An ID number or a credit code shows its first two characters and its last one, and
 *       hides the rest ({@code 11010519491231002X} → {@code 11***************X}); shorter codes
 *       show less (one and one from four characters, nothing under four).
 *   <li>A detailed address becomes {@value #ADDRESS}.
 *   <li>Free text: see {@link TextMask}.
 * </ul>
 */
final class Masks {

  /** What a masked detailed address reads. */
  static final String ADDRESS = "***";

  private static final int MIN_HIDDEN_DIGITS = 4;

  private Masks() {}

  /** The first code point and as many {@code *} as the rest has; a one-character name is {@code *}. */
  static String name(String name) {
    int count = name.codePointCount(0, name.length());
    if (count <= 1) {
      return "*".repeat(count);
    }
    return new StringBuilder().appendCodePoint(name.codePointAt(0)).append("*".repeat(count - 1)).toString();
  }

  /** How many of n digits a masked phone number may show. */
  static int phoneDigitsShown(int digits) {
    int hidden = Math.min(digits, Math.max(MIN_HIDDEN_DIGITS, (digits + 1) / 2));
    return digits - hidden;
  }

  /** The digits kept at the start and the end, the rest hidden, separators dropped. */
  static String phone(String phone) {
    List<Integer> positions = positions(phone, cp -> Character.isDigit(cp) || cp == '*');
    int shown = phoneDigitsShown(positions.size());
    String kept = keep(positions, (shown + 1) / 2, shown / 2);
    return phone.startsWith("+") ? "+" + kept : kept;
  }

  /** The first two and the last character of a code of eight or more, one and one of four or more. */
  static String code(String code) {
    List<Integer> positions = positions(code, cp -> Character.isLetterOrDigit(cp) || cp == '*');
    int n = positions.size();
    int lead = n >= 8 ? 2 : n >= 4 ? 1 : 0;
    return keep(positions, lead, lead == 0 ? 0 : 1);
  }

  private static List<Integer> positions(String text, java.util.function.IntPredicate counts) {
    return text.codePoints().filter(counts).boxed().toList();
  }

  private static String keep(List<Integer> positions, int lead, int tail) {
    StringBuilder out = new StringBuilder();
    int n = positions.size();
    for (int i = 0; i < n; i++) {
      out.appendCodePoint(i < lead || i >= n - tail ? positions.get(i) : '*');
    }
    return out.toString();
  }

  /**
   * Masks what identifies a citizen in free text: occurrences of their detailed address (as
   * {@value #ADDRESS}), of their name and their enterprise's name (ignoring case, as
   * {@link #name} masks them), and runs of digits. A run is digits (any script's, or {@code *})
   * separated by at most three of space, hyphen, parentheses, {@code +}, {@code .} or
   * {@code /}, with an {@code X} after fourteen or more; every digit of a run is hidden when it
   * has seven or more (phone and ID numbers), unless it is shaped as a date ({@code 2024-09-30},
   * {@code 2024.9.30}, {@code 2024/09/30}), and whenever its digits hold the citizen's own
   * phone number. Shorter numbers stay ({@code 3栋502室}, {@code 12345}). Numbers written in
   * Chinese numerals, or a name written with spaces inside, are not recognized.
   */
  static final class TextMask implements UnaryOperator<String> {

    private static final int MIN_RUN = 7;
    private static final int MIN_ID_RUN = 14;
    private static final int MAX_SEPARATORS = 3;

    private final List<String> addresses;
    private final List<String> names;
    private final List<String> ownNumbers;

    /**
     * @param addresses detailed addresses to hide whole
     * @param names names to mask
     * @param phones phone numbers whose digits are hidden wherever they stand; masked ones
     *     (holding {@code *}) are left out so that masking stays idempotent
     */
    TextMask(List<String> addresses, List<String> names, List<String> phones) {
      this.addresses = longestFirst(addresses);
      this.names = longestFirst(names);
      List<String> numbers = new ArrayList<>();
      for (String phone : phones) {
        String digits = asciiDigits(phone);
        if (!phone.contains("*") && !digits.isEmpty()) {
          numbers.add(digits);
        }
      }
      this.ownNumbers = List.copyOf(numbers);
    }

    private static List<String> longestFirst(List<String> texts) {
      return texts.stream().filter(t -> !Texts.isBlank(t))
          .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @Override
    public String apply(String text) {
      String masked = text;
      for (String address : addresses) {
        masked = replace(masked, address, found -> ADDRESS);
      }
      for (String name : names) {
        masked = replace(masked, name, Masks::name);
      }
      return digitRuns(masked);
    }

    private static String replace(String text, String target, UnaryOperator<String> mask) {
      StringBuilder out = new StringBuilder(text.length());
      int length = target.length();
      int i = 0;
      while (i <= text.length() - length) {
        if (text.regionMatches(true, i, target, 0, length)) {
          out.append(mask.apply(text.substring(i, i + length)));
          i += length;
        } else {
          out.append(text.charAt(i));
          i++;
        }
      }
      return out.append(text, i, text.length()).toString();
    }

    private static boolean isPosition(int codePoint) {
      return Character.isDigit(codePoint) || codePoint == '*';
    }

    private static boolean isSeparator(char c) {
      return c == ' ' || c == '-' || c == '(' || c == ')' || c == '+' || c == '.' || c == '/';
    }

    private String digitRuns(String text) {
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        int codePoint = text.codePointAt(i);
        if (!isPosition(codePoint)) {
          out.appendCodePoint(codePoint);
          i += Character.charCount(codePoint);
          continue;
        }
        int end = runEnd(text, i);
        String run = text.substring(i, end);
        out.append(hides(run) ? hide(run) : run);
        i = end;
      }
      return out.toString();
    }

    /**
     * The end of the run starting at a position: positions joined by a few separators, an
     * {@code X} counting as a position once fourteen are counted (so that the run ends where it
     * ends once the {@code X} is masked).
     */
    private static int runEnd(String text, int start) {
      int end = start;
      int positions = 0;
      int j = start;
      while (j < text.length() && inRun(text.codePointAt(j), positions)) {
        while (j < text.length() && inRun(text.codePointAt(j), positions)) {
          j += Character.charCount(text.codePointAt(j));
          positions++;
        }
        end = j;
        int separators = 0;
        while (j < text.length() && separators < MAX_SEPARATORS && isSeparator(text.charAt(j))) {
          j++;
          separators++;
        }
      }
      return end;
    }

    private static boolean inRun(int codePoint, int positionsBefore) {
      return isPosition(codePoint) || (positionsBefore >= MIN_ID_RUN && (codePoint == 'X' || codePoint == 'x'));
    }

    private boolean hides(String run) {
      String digits = asciiDigits(run);
      for (String own : ownNumbers) {
        if (digits.contains(own)) {
          return true;
        }
      }
      return run.codePoints().filter(TextMask::isPosition).count() >= MIN_RUN && !isDate(run);
    }

    /** Three groups of 4, 1-2 and 1-2 positions joined by the same single -, . or /. */
    private static boolean isDate(String run) {
      return run.matches("[0-9*]{4}([-./])[0-9*]{1,2}\\1[0-9*]{1,2}");
    }

    private static String hide(String run) {
      StringBuilder out = new StringBuilder(run.length());
      run.codePoints().forEach(cp -> out.appendCodePoint(isPosition(cp) || cp == 'X' || cp == 'x' ? '*' : cp));
      return out.toString();
    }
  }

  /** The decimal digits of a text, in ASCII, whatever their script. */
  static String asciiDigits(String text) {
    StringBuilder digits = new StringBuilder();
    text.codePoints().filter(Character::isDigit).forEach(cp -> digits.append((char) ('0' + Character.digit(cp, 10))));
    return digits.toString();
  }
}
