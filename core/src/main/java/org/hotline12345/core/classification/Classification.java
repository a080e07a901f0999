package org.hotline12345.core.classification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.category.CategoryCode;

/**
 * Candidate categories for an appeal, most likely first, and why.
 *
 * @param candidates the candidates, in descending confidence; may be empty
 * @param explanation why
 */
public record Classification(List<Candidate> candidates, Explanation explanation) {

  /**
   * One candidate category.
   *
   * @param category the category
   * @param confidence from 0 to 1
   */
  public record Candidate(CategoryCode category, double confidence) {
    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the confidence is not in [0, 1]
     */
    public Candidate {
      Objects.requireNonNull(category, "category");
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence: must be 0 to 1, was " + confidence);
      }
    }
  }

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the candidates are not in descending confidence
   */
  public Classification {
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(explanation, "explanation");
    for (int i = 1; i < candidates.size(); i++) {
      if (candidates.get(i).confidence() > candidates.get(i - 1).confidence()) {
        throw new IllegalArgumentException("candidates: must be in descending confidence");
      }
    }
  }

  /**
   * The most likely category, if any candidate reaches a confidence.
   *
   * @param threshold the least confidence, 0 to 1
   * @return the best candidate's category, if confident enough
   */
  public Optional<CategoryCode> best(double threshold) {
    return candidates.isEmpty() || candidates.get(0).confidence() < threshold ? Optional.empty()
        : Optional.of(candidates.get(0).category());
  }
}
