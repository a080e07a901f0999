package org.hotline12345.rules.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.classification.Classification;
import org.hotline12345.core.classification.Classifier;
import org.hotline12345.rules.text.KeywordMatcher;

/**
 * Classifies an appeal (分类) by the keywords its taxonomy gives each category, found in the
 * appeal's text in one pass of one automaton over every keyword (case ignored for Latin
 * letters). A category's confidence is the share of the distinct keywords found in the text
 * that are its own: a text that names only keywords of 噪音扰民 gets it with confidence 1; a
 * text naming two of 噪音扰民's and two of 油烟污染's gets each with 0.5. Candidates come best
 * first, then deeper (more specific) categories first, then by code; at most
 * {@value #MAX_CANDIDATES}. The explanation names the keywords found (they are the taxonomy's
 * words, not the citizen's) and never quotes the text. Immutable and thread-safe.
 *
 * <pre>{@code
 * HotlineService.builder()...classifier(KeywordClassifier.of(taxonomy, "2026-12"), 0.6)
 * }</pre>
 */
public final class KeywordClassifier implements Classifier {

  /** The rule set id recorded on the Classify steps this classifier decides. */
  public static final String RULE_SET = "taxonomy-keywords";

  /** The most candidates a classification lists. */
  public static final int MAX_CANDIDATES = 5;

  private final CategoryTaxonomy taxonomy;
  private final String version;
  private final KeywordMatcher matcher;
  private final Map<String, List<CategoryCode>> owners;

  private KeywordClassifier(CategoryTaxonomy taxonomy, String version, KeywordMatcher matcher,
      Map<String, List<CategoryCode>> owners) {
    this.taxonomy = taxonomy;
    this.version = version;
    this.matcher = matcher;
    this.owners = owners;
  }

  /**
   * A classifier over a taxonomy's keywords.
   *
   * @param taxonomy the taxonomy; its categories' keywords decide
   * @param version the version to record, for example the taxonomy file's date; 1 to 100
   *     characters, not blank
   * @return the classifier
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if version is blank or too long, or no category has a
   *     keyword
   */
  public static KeywordClassifier of(CategoryTaxonomy taxonomy, String version) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(version, "version");
    if (version.isBlank() || version.length() > 100) {
      throw new IllegalArgumentException("version: must be 1 to 100 characters and not blank");
    }
    Map<String, List<CategoryCode>> owners = new HashMap<>();
    for (Category category : taxonomy.all()) {
      for (String keyword : category.getKeywords()) {
        String folded = keyword.strip().toLowerCase(Locale.ROOT);
        if (!folded.isEmpty()) {
          owners.computeIfAbsent(folded, k -> new ArrayList<>()).add(category.getCode());
        }
      }
    }
    if (owners.isEmpty()) {
      throw new IllegalArgumentException("taxonomy: no category has a keyword to classify by");
    }
    return new KeywordClassifier(taxonomy, version.strip(), KeywordMatcher.of(owners.keySet()),
        Map.copyOf(owners));
  }

  @Override
  public Classification classify(Appeal appeal) {
    Objects.requireNonNull(appeal, "appeal");
    Set<String> found = matcher.keywordsIn(appeal.getContent().toLowerCase(Locale.ROOT));
    Map<CategoryCode, Set<String>> byCategory = new HashMap<>();
    for (String keyword : found) {
      for (CategoryCode code : owners.get(keyword)) {
        byCategory.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(keyword);
      }
    }
    List<CategoryCode> ranked = new ArrayList<>(byCategory.keySet());
    ranked.sort(Comparator.<CategoryCode>comparingInt(c -> -byCategory.get(c).size())
        .thenComparingInt(c -> -taxonomy.level(c))
        .thenComparing(CategoryCode::value));
    List<Classification.Candidate> candidates = new ArrayList<>();
    for (CategoryCode code : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
      candidates.add(new Classification.Candidate(code,
          (double) byCategory.get(code).size() / found.size()));
    }
    String text;
    if (candidates.isEmpty()) {
      text = "no keyword of the taxonomy occurs in the text";
    } else {
      CategoryCode best = ranked.get(0);
      text = "category " + best.value() + " (" + taxonomy.require(best).getName() + ") by "
          + String.join(", ", byCategory.get(best)) + ": " + byCategory.get(best).size() + " of "
          + found.size() + " keyword(s) found";
    }
    if (text.length() > 2_000) {
      text = text.substring(0, 1_999) + "…";
    }
    return new Classification(candidates, new Explanation(RULE_SET, version,
        candidates.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).value()), text));
  }

  @Override
  public String toString() {
    return "KeywordClassifier[" + owners.size() + " keywords, version " + version + "]";
  }
}
