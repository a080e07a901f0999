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

  /**
   * The index of entries whose questions have the given profiles.
   *
   * @param entries the entries
   * @param profiles the bigram profile of each entry's question ({@link #profile}), in order
   */
  QaIndex(List<KnowledgeEntry> entries, List<CharacterNgrams> profiles) {
    this.entries = List.copyOf(entries);
    Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
    Map<String, List<Integer>> byGram = new HashMap<>();
    this.questionGrams = new int[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      KnowledgeEntry entry = entries.get(i);
      for (String keyword : new LinkedHashSet<>(entry.keywords())) {
        byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(i);
      }
      Set<String> grams = profiles.get(i).grams();
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
   * Only the entries that share a counted keyword or a bigram with the text are scored, with no
   * allocation per entry; only those that make the best {@code limit} become {@link Scored}.
   *
   * @param text the appeal's content; not kept
   * @param limit the most entries, at least 1
   */
  List<Scored> best(String text, int limit) {
    int size = entries.size();
    int[] touched = new int[size];
    int touchedCount = 0;
    // keyworded[i]: whether entry i has a keyword found; missing[i]: the product of (1 - 0.5 / n)
    // over them
    boolean[] keyworded = new boolean[size];
    double[] missing = new double[size];
    List<String> counted = keywordsCounted(text);
    for (String keyword : counted) {
      int[] holders = entriesByKeyword.get(keyword);
      double factor = 1 - KEYWORD_WEIGHT / holders.length;
      for (int i : holders) {
        if (!keyworded[i]) {
          keyworded[i] = true;
          missing[i] = factor;
          touched[touchedCount++] = i;
        } else {
          missing[i] *= factor;
        }
      }
    }
    Set<String> grams = profile(text).grams();
    int[] common = new int[size];
    for (String gram : grams) {
      int[] holders = entriesByGram.get(gram);
      if (holders != null) {
        for (int i : holders) {
          if (common[i]++ == 0 && !keyworded[i]) {
            touched[touchedCount++] = i;
          }
        }
      }
    }
    PriorityQueue<Scored> kept = new PriorityQueue<>(Math.min(limit, touchedCount) + 1,
        BEST_FIRST.reversed());
    for (int t = 0; t < touchedCount; t++) {
      int i = touched[t];
      double similarity = similarity(common[i], questionGrams[i], grams.size());
      double score = 1 - (keyworded[i] ? missing[i] : 1) * (1 - similarity);
      if (kept.size() == limit && !better(score, similarity, i, kept.peek())) {
        continue;
      }
      kept.add(new Scored(entries.get(i), Math.min(1, Math.max(0, score)), similarity,
          keyworded[i] ? keywordsOf(i, counted) : List.of()));
      if (kept.size() > limit) {
        kept.poll();
      }
    }
    List<Scored> best = new ArrayList<>(kept);
    best.sort(BEST_FIRST);
    return best;
  }

  /** Whether entry i with this score and similarity comes before the scored one. */
  private boolean better(double score, double similarity, int i, Scored than) {
    int byScore = Double.compare(score, than.score());
    if (byScore != 0) {
      return byScore > 0;
    }
    int bySimilarity = Double.compare(similarity, than.similarity());
    if (bySimilarity != 0) {
      return bySimilarity > 0;
    }
    return entries.get(i).id().compareTo(than.entry().id()) < 0;
  }

  /** Entry i's keywords among those counted, in the order counted. */
  private List<String> keywordsOf(int i, List<String> counted) {
    List<String> own = new ArrayList<>();
    for (String keyword : counted) {
      if (entries.get(i).keywords().contains(keyword)) {
        own.add(keyword);
      }
    }
    return own;
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

  /**
   * The keywords found in the text, in the order of their first occurrence; an occurrence
   * inside a longer keyword's occurrence does not count.
   */
  private List<String> keywordsCounted(String text) {
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
    return List.copyOf(counted);
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
