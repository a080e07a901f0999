package org.hotline12345.rules.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.AhoCorasick;

/**
 * Finds many keywords (关键词) in a text at once: one Aho-Corasick automaton over all of them,
 * so a text is read once whatever the number of keywords. Chinese text has no spaces between
 * words, so a keyword is looked for anywhere, not as a whole word: {@code 困人} is found in
 * {@code 小区电梯困人了}.
 *
 * <p>Matching is exact, on UTF-16 chars ({@code char}, as {@link String#indexOf(String, int)}
 * compares them): no case folding, no width folding, no normalisation; positions are char
 * indexes. A character outside the basic plane (an emoji such as 😀, a CJK Extension B
 * character) is two chars; since every keyword is well-formed UTF-16, a match never starts or
 * ends inside such a pair of a well-formed text.
 *
 * <p>Instances are immutable and thread-safe. Neither they nor their matches keep the searched
 * text, and no message or {@code toString} shows it; keywords are configuration and are shown.
 *
 * <pre>{@code
 * KeywordMatcher fire = KeywordMatcher.of(List.of("着火", "火灾", "冒烟"));
 * fire.containsAny("楼道里冒烟了");   // true
 * }</pre>
 */
public final class KeywordMatcher {

  /** The most UTF-16 chars a keyword may have. */
  public static final int MAX_KEYWORD_LENGTH = 100;

  /** The most keywords (before duplicates are collapsed) one matcher may be built from. */
  public static final int MAX_KEYWORDS = 100_000;

  private final Set<String> keywords;
  private final AhoCorasick automaton;

  private KeywordMatcher(Set<String> keywords) {
    this.keywords = Collections.unmodifiableSet(keywords);
    this.automaton = new AhoCorasick(keywords.toArray(new String[0]));
  }

  /**
   * A matcher for the given keywords. Duplicates are allowed and count once; an empty collection
   * gives a matcher that finds nothing.
   *
   * @param keywords the keywords, each not blank, well-formed UTF-16 and at most
   *     {@value #MAX_KEYWORD_LENGTH} chars; at most {@value #MAX_KEYWORDS} of them
   * @return the matcher
   * @throws NullPointerException if keywords is null (message {@code keywords}) or holds a null
   *     (message {@code keywords[i] must not be null}, i counted from 0 in iteration order)
   * @throws IllegalArgumentException naming {@code keywords} or {@code keywords[i]} and the rule
   *     it breaks
   */
  public static KeywordMatcher of(Collection<String> keywords) {
    Objects.requireNonNull(keywords, "keywords");
    Object[] given = keywords.toArray();
    if (given.length > MAX_KEYWORDS) {
      throw new IllegalArgumentException("keywords must be at most " + MAX_KEYWORDS
          + " keywords, were " + given.length);
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < given.length; i++) {
      distinct.add(checkKeyword((String) given[i], "keywords[" + i + "]"));
    }
    return new KeywordMatcher(distinct);
  }

  private static String checkKeyword(String keyword, String field) {
    if (keyword == null) {
      throw new NullPointerException(field + " must not be null");
    }
    if (!Texts.isWellFormed(keyword)) {
      throw new IllegalArgumentException(field + " must be well-formed UTF-16 (no unpaired"
          + " surrogate), was " + Texts.quote(keyword));
    }
    if (Texts.isBlank(keyword)) {
      throw new IllegalArgumentException(field + " must not be blank, was "
          + Texts.quote(keyword));
    }
    if (keyword.length() > MAX_KEYWORD_LENGTH) {
      throw new IllegalArgumentException(field + " must be at most " + MAX_KEYWORD_LENGTH
          + " UTF-16 chars, was " + keyword.length() + ": " + Texts.quote(keyword));
    }
    return keyword;
  }

  /**
   * Every occurrence of every keyword in the text, overlapping ones included, ordered by end
   * position and, among those ending at the same position, by start position (the longer
   * keyword first).
   *
   * @param text the text to search; not kept
   * @return the matches, unmodifiable, empty if none
   * @throws NullPointerException if text is null
   */
  public List<Match> findAll(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Match> matches = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.step(state, text.charAt(i));
      for (int out = automaton.firstOutput(state); out >= 0; out = automaton.nextOutput(out)) {
        String keyword = automaton.keywordAt(out);
        matches.add(new Match(keyword, i + 1 - keyword.length(), i + 1));
      }
    }
    return Collections.unmodifiableList(matches);
  }

  /**
   * The distinct keywords that occur in the text, in the order of their first occurrence (as
   * {@link #findAll} orders matches).
   *
   * @param text the text to search; not kept
   * @return the keywords found, unmodifiable, empty if none
   * @throws NullPointerException if text is null
   */
  public Set<String> keywordsIn(CharSequence text) {
    Set<String> found = new LinkedHashSet<>();
    for (Match match : findAll(text)) {
      found.add(match.keyword());
    }
    return Collections.unmodifiableSet(found);
  }

  /**
   * Whether any keyword occurs in the text; stops at the first occurrence.
   *
   * @param text the text to search; not kept
   * @return true if {@link #findAll} would find at least one match
   * @throws NullPointerException if text is null
   */
  public boolean containsAny(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.step(state, text.charAt(i));
      if (automaton.firstOutput(state) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The distinct keywords, in the order they were first given.
   *
   * @return the keywords, unmodifiable
   */
  public Set<String> keywords() {
    return keywords;
  }

  /**
   * The number of keywords and of automaton states, never the keywords themselves.
   *
   * @return for example {@code KeywordMatcher[3 keywords, 7 states]}
   */
  @Override
  public String toString() {
    return "KeywordMatcher[" + keywords.size() + " keywords, " + automaton.states() + " states]";
  }

  /**
   * One occurrence of a keyword in a text: the chars {@code [start, end)}.
   *
   * @param keyword the keyword found
   * @param start the index of its first char in the text, from 0
   * @param end the index after its last char: {@code start + keyword.length()}
   */
  public record Match(String keyword, int start, int end) {

    /**
     * Checks the occurrence.
     *
     * @param keyword the keyword found
     * @param start the index of its first char, from 0
     * @param end the index after its last char
     * @throws NullPointerException if keyword is null
     * @throws IllegalArgumentException if start is negative, the keyword empty or
     *     {@code end - start} not its length
     */
    public Match {
      Objects.requireNonNull(keyword, "keyword");
      if (start < 0 || keyword.isEmpty() || end - start != keyword.length()) {
        throw new IllegalArgumentException("match must have start >= 0 and end - start equal to"
            + " the keyword's length " + keyword.length() + ", was start " + start + ", end "
            + end);
      }
    }

    /**
     * The keyword, escaped and quoted, and its position.
     *
     * @return for example {@code Match['困人' 4..6]}
     */
    @Override
    public String toString() {
      return "Match[" + Texts.quote(keyword) + " " + start + ".." + end + "]";
    }
  }
}
