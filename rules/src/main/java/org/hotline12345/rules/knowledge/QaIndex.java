package org.hotline12345.rules.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.hotline12345.rules.text.CharacterNgrams;
import org.hotline12345.rules.text.KeywordMatcher;

/**
 * The search structures of a {@link QaKnowledgeBase} and its score (see the class description
 * there): one keyword automaton over every entry's keywords, and an inverted index from each
 * character bigram of the questions to the entries whose question holds it, so that a lookup
 * scores only the entries that share a keyword or a bigram with the appeal. Immutable and
 * thread-safe; package-private.
 */
final class QaIndex {

  /** Characters per gram: bigrams suit Chinese questions. */
  static final int N = 2;

  /** What one keyword found by exactly one entry adds, at most. */
  private static final double KEYWORD_WEIGHT = 0.5;

  /** Best first: score, then similarity, then entry id. */
  static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
      .thenComparing(Comparator.comparingDouble(Scored::similarity).reversed())
      .thenComparing(s -> s.entry().id());

  private final List<KnowledgeEntry> entries;
  private final KeywordMatcher matcher;
  private final Map<String, int[]> entriesByKeyword;
  private final Map<String, int[]> entriesByGram;
  private final int[] questionGrams;

  QaIndex(List<KnowledgeEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
    Map<String, List<Integer>> byGram = new HashMap<>();
    this.questionGrams = new int[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      KnowledgeEntry entry = entries.get(i);
      for (String keyword : new LinkedHashSet<>(entry.keywords())) {
        byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(i);
      }
      Set<String> grams = profile(entry.question()).grams();
      questionGrams[i] = grams.size();
      for (String gram : grams) {
        byGram.computeIfAbsent(gram, g -> new ArrayList<>()).add(i);
      }
    }
    this.matcher = KeywordMatcher.of(byKeyword.keySet());
    this.entriesByKeyword = frozen(byKeyword);
    this.entriesByGram = frozen(byGram);
  }

  private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
    Map<String, int[]> arrays = new HashMap<>();
    lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(arrays);
  }

  /** The bigram profile of a text, as questions and appeals are compared. */
  static CharacterNgrams profile(String text) {
    return CharacterNgrams.of(text, N);
  }

  /** The entries, in the order given. */
  List<KnowledgeEntry> entries() {
    return entries;
  }

  /**
   * The best entries for a text, best first ({@link #BEST_FIRST}), each with a score above 0.
   *
   * @param text the appeal's content; not kept
   * @param limit the most entries, at least 1
   */
  List<Scored> best(String text, int limit) {
    Map<Integer, List<String>> keywordsByEntry = keywordsFound(text);
    Set<String> grams = profile(text).grams();
    int[] common = new int[entries.size()];
    List<Integer> touched = new ArrayList<>(keywordsByEntry.keySet());
    for (String gram : grams) {
      int[] holders = entriesByGram.get(gram);
      if (holders != null) {
        for (int i : holders) {
          if (common[i]++ == 0 && !keywordsByEntry.containsKey(i)) {
            touched.add(i);
          }
        }
      }
    }
    PriorityQueue<Scored> kept = new PriorityQueue<>(Math.min(limit, touched.size()) + 1,
        BEST_FIRST.reversed());
    for (int i : touched) {
      List<String> found = keywordsByEntry.getOrDefault(i, List.of());
      double similarity = similarity(common[i], questionGrams[i], grams.size());
      double keywordScore = keywordScore(found);
      double score = 1 - (1 - keywordScore) * (1 - similarity);
      kept.add(new Scored(entries.get(i), Math.min(1, Math.max(0, score)), similarity, found));
      if (kept.size() > limit) {
        kept.poll();
      }
    }
    List<Scored> best = new ArrayList<>(kept);
    best.sort(BEST_FIRST);
    return best;
  }

  /**
   * The mean of how much of the question the text holds ({@code common / question}) and of the
   * Dice similarity ({@code 2 common / (question + text)}), both over distinct bigrams.
   */
  private static double similarity(int common, int question, int text) {
    if (common == 0) {
      return 0;
    }
    double containment = (double) common / question;
    double dice = 2.0 * common / (question + text);
    return (containment + dice) / 2;
  }

  /** {@code 1 - product of (1 - 0.5 / n)} over the keywords found, n entries sharing each. */
  private double keywordScore(List<String> found) {
    double missing = 1;
    for (String keyword : found) {
      missing *= 1 - KEYWORD_WEIGHT / entriesByKeyword.get(keyword).length;
    }
    return 1 - missing;
  }

  /**
   * The keywords found in the text, by entry, in the order of their first occurrence; an
   * occurrence inside a longer keyword's occurrence does not count.
   */
  private Map<Integer, List<String>> keywordsFound(String text) {
    List<KeywordMatcher.Match> matches = new ArrayList<>(matcher.findAll(text));
    matches.sort(Comparator.comparingInt(KeywordMatcher.Match::start)
        .thenComparing(Comparator.comparingInt(KeywordMatcher.Match::end).reversed()));
    Set<String> counted = new LinkedHashSet<>();
    int reach = -1;
    for (KeywordMatcher.Match match : matches) {
      if (match.end() > reach) {
        counted.add(match.keyword());
        reach = match.end();
      }
    }
    Map<Integer, List<String>> byEntry = new LinkedHashMap<>();
    for (String keyword : counted) {
      for (int i : entriesByKeyword.get(keyword)) {
        byEntry.computeIfAbsent(i, k -> new ArrayList<>()).add(keyword);
      }
    }
    return byEntry;
  }

  /**
   * An entry scored for a text.
   *
   * @param entry the entry
   * @param score the combined score, 0 to 1
   * @param similarity the question similarity, 0 to 1
   * @param keywords the entry's keywords that counted, in the order found
   */
  record Scored(KnowledgeEntry entry, double score, double similarity, List<String> keywords) {
    Scored {
      keywords = List.copyOf(keywords);
    }
  }
}
