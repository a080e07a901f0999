package org.hotline12345.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.rules.text.KeywordMatcher.Match;

/**
 * The automaton against the obvious answer: {@link String#indexOf(String, int)} tried at every
 * position, for small keyword sets over a small alphabet of Chinese characters, a Latin letter
 * and an emoji (a surrogate pair); texts may also hold a lone high surrogate.
 */
class KeywordMatcherPropertiesTest {

  private static final String[] KEYWORD_PIECES = {"电", "梯", "困", "人", "a", "😀"};
  private static final String[] TEXT_PIECES = {"电", "梯", "困", "人", "a", "😀", "\uD83D"};

  @Provide
  Arbitrary<List<String>> keywordSets() {
    Arbitrary<String> keyword = Arbitraries.of(KEYWORD_PIECES).list().ofMinSize(1).ofMaxSize(4)
        .map(pieces -> String.join("", pieces));
    return keyword.list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TEXT_PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Property
  void findAllIsEveryOccurrenceOrderedByEndThenStart(
      @ForAll("keywordSets") List<String> keywords, @ForAll("texts") String text) {
    // when
    List<Match> found = KeywordMatcher.of(keywords).findAll(text);
    // then
    assertThat(found).containsExactlyElementsOf(naiveScan(keywords, text));
  }

  @Property
  void containsAnyAndKeywordsInAgreeWithTheScan(
      @ForAll("keywordSets") List<String> keywords, @ForAll("texts") String text) {
    KeywordMatcher matcher = KeywordMatcher.of(keywords);
    List<Match> expected = naiveScan(keywords, text);
    Set<String> expectedKeywords = new LinkedHashSet<>();
    expected.forEach(match -> expectedKeywords.add(match.keyword()));

    assertThat(matcher.containsAny(text)).isEqualTo(!expected.isEmpty());
    assertThat(matcher.keywordsIn(text)).containsExactlyElementsOf(expectedKeywords);
  }

  @Property
  void aMatchNeverSplitsASurrogatePair(
      @ForAll("keywordSets") List<String> keywords, @ForAll("texts") String text) {
    for (Match match : KeywordMatcher.of(keywords).findAll(text)) {
      assertThat(Character.isLowSurrogate(text.charAt(match.start()))).isFalse();
      assertThat(Character.isHighSurrogate(text.charAt(match.end() - 1))).isFalse();
    }
  }

  private static List<Match> naiveScan(List<String> keywords, String text) {
    List<Match> matches = new ArrayList<>();
    for (String keyword : new LinkedHashSet<>(keywords)) {
      for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
        matches.add(new Match(keyword, at, at + keyword.length()));
      }
    }
    matches.sort(Comparator.comparingInt(Match::end).thenComparingInt(Match::start));
    return matches;
  }
}
