package org.hotline12345.rules.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;

/**
 * Declines an appeal that lacks essential elements (诉求要素不全): the one place incomplete
 * appeals are decided. Registration records every appeal; this step reads
 * {@link CaseLifecycle#missingElements(Case)} and, when anything is missing, does not accept
 * the case with {@link NotAcceptedReason#INCOMPLETE_ELEMENTS}, its explanation listing what is
 * missing by property and rule (never the citizen's data). Immutable.
 */
public final class IncompleteElementsStep implements TriageStep {

  /** The rule set id recorded on the events this step decides. */
  public static final String RULE_SET = "incomplete-elements";

  private final CaseLifecycle lifecycle;

  private IncompleteElementsStep(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /**
   * The step for a lifecycle, whose appeal check and taxonomy say what is essential.
   *
   * @param lifecycle the lifecycle
   * @return the step
   * @throws NullPointerException if lifecycle is null
   * @throws IllegalArgumentException if the lifecycle does not admit the reason
   *     {@link NotAcceptedReason#INCOMPLETE_ELEMENTS}
   */
  public static IncompleteElementsStep of(CaseLifecycle lifecycle) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    if (!lifecycle.notAcceptedReasons().contains(NotAcceptedReason.INCOMPLETE_ELEMENTS)) {
      throw new IllegalArgumentException("lifecycle: the reason INCOMPLETE_ELEMENTS is not"
          + " among its reasons for not accepting; add it to use this step");
    }
    return new IncompleteElementsStep(lifecycle);
  }

  @Override
  public Optional<TriageOutcome> decide(Case registered, AppealHistory history) {
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(history, "history");
    List<String> missing = lifecycle.missingElements(registered);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String text = "the appeal lacks essential elements (诉求要素不全): " + String.join("; ", missing);
    if (text.length() > 2_000) {
      text = text.substring(0, 1_999) + "…";
    }
    return Optional.of(new TriageOutcome.NotAccept(NotAcceptedReason.INCOMPLETE_ELEMENTS,
        new Explanation(RULE_SET, "1", Optional.of(missing.size() + "-missing"), text)));
  }

  @Override
  public String toString() {
    return "IncompleteElementsStep";
  }
}
