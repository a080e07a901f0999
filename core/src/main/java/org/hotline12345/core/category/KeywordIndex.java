package org.hotline12345.core.category;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The keywords of a taxonomy's categories, normalized for matching, and the ranking of
 * {@link CategoryTaxonomy#suggest}; package-private.
 */
final class KeywordIndex {

  private record Entry(Category category, int level, List<String> keywords) {}

  private record Match(Category category, int hits, int level) {}

  private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::hits)
      .reversed()
      .thenComparing(Comparator.comparingInt(Match::level).reversed())
      .thenComparing(match -> match.category().getCode().value());

  private final List<Entry> entries;

  /**
   * Indexes the categories.
   *
   * @param categories every category, in any order
   * @param levels the level of each category, same order
   */
  KeywordIndex(List<Category> categories, List<Integer> levels) {
    List<Entry> list = new ArrayList<>(categories.size());
    for (int i = 0; i < categories.size(); i++) {
      Category category = categories.get(i);
      List<String> keywords =
          category.getKeywords().stream().map(KeywordIndex::normalize).distinct().toList();
      if (!keywords.isEmpty()) {
        list.add(new Entry(category, levels.get(i), keywords));
      }
    }
    this.entries = List.copyOf(list);
  }

  /** The categories whose keywords occur in the text, best first, at most limit. */
  List<Category> suggest(String text, int limit) {
    String normalized = normalize(text);
    List<Match> matches = new ArrayList<>();
    for (Entry entry : entries) {
      int hits = 0;
      for (String keyword : entry.keywords()) {
        if (normalized.contains(keyword)) {
          hits++;
        }
      }
      if (hits > 0) {
        matches.add(new Match(entry.category(), hits, entry.level()));
      }
    }
    matches.sort(BEST_FIRST);
    return matches.stream().limit(limit).map(Match::category).toList();
  }

  /** Folds full-width forms to half-width (NFKC) and case to lower case. */
  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
