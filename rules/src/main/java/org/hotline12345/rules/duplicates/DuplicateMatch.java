package org.hotline12345.rules.duplicates;

import java.util.Objects;
import java.util.OptionalDouble;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.triage.TriageOutcome;

/**
 * The open case a repeat appeal should merge into (并案), by which criterion, and why.
 *
 * @param target the open case to merge into
 * @param criterion the criterion that found it
 * @param similarity the text similarity that found it (character n-gram Jaccard, 0 to 1), for
 *     {@link Criterion#SAME_CALLER_SIMILAR_TEXT}; empty for the other criterion
 * @param explanation the rule set, its version, the criterion's row id, and a reason that names
 *     the target's case number, the window and the similarity, never the appeals' text
 */
public record DuplicateMatch(CaseId target, Criterion criterion, OptionalDouble similarity, Explanation explanation) {

  /** The criteria of a duplicate, each a row of the finder's rule set. */
  public enum Criterion {
    /**
     * The same place (area code) and category, within the window: the open case the platform
     * already handles for that matter there.
     */
    SAME_PLACE_AND_CATEGORY("same-place-and-category"),
    /**
     * The same caller, within the window, with near-identical text: the caller telling the same
     * problem again.
     */
    SAME_CALLER_SIMILAR_TEXT("same-caller-similar-text");

    private final String row;

    Criterion(String row) {
      this.row = row;
    }

    /**
     * The row id explanations name.
     *
     * @return for example {@code same-place-and-category}
     */
    public String row() {
      return row;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a similarity is given for the place criterion, missing for
   *     the text criterion, or outside 0 to 1
   */
  public DuplicateMatch {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(explanation, "explanation");
    if (similarity.isPresent() != (criterion == Criterion.SAME_CALLER_SIMILAR_TEXT)) {
      throw new IllegalArgumentException("similarity: given exactly for " + Criterion.SAME_CALLER_SIMILAR_TEXT
          + ", was " + (similarity.isPresent() ? "given" : "missing") + " for " + criterion);
    }
    if (similarity.isPresent() && !(similarity.getAsDouble() >= 0 && similarity.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("similarity: must be 0 to 1, was " + similarity.getAsDouble());
    }
  }

  /**
   * The triage outcome: merge into the target, with the explanation.
   *
   * @return the outcome
   */
  public TriageOutcome.MergeInto toOutcome() {
    return new TriageOutcome.MergeInto(target, explanation);
  }
}
