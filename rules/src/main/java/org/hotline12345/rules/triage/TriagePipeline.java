package org.hotline12345.rules.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.duplicates.DuplicateFinder;

/**
 * Triage (分流) as an ordered list of {@link TriageStep}s: the first step that decides, decides;
 * when none does, a person decides (转人工), with an explanation saying so. Fills core's
 * {@link Triage} port. Immutable.
 *
 * <p>The standard order, {@link #standard}: emergencies first (a fire is referred to 119 even
 * if the caller gave no phone number), then incomplete elements, then merging a repeat into
 * its open case, then a direct answer from the knowledge base for a consultation, then the
 * acceptance table's other rows (decline for a reason, hand to a person, accept).
 */
public final class TriagePipeline implements Triage {

  private final List<TriageStep> steps;
  private final String name;

  private TriagePipeline(String name, List<TriageStep> steps) {
    this.name = name;
    this.steps = steps;
  }

  /**
   * A pipeline of the given steps, in order.
   *
   * @param name the pipeline's name, for explanations and logs; not blank
   * @param steps the steps, at least one
   * @return the pipeline
   * @throws NullPointerException if an argument or a step is null
   * @throws IllegalArgumentException if name is blank or there is no step
   */
  public static TriagePipeline of(String name, List<? extends TriageStep> steps) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(steps, "steps");
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("name: must be 1 to 100 characters and not blank");
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps: at least one");
    }
    List<TriageStep> copy = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      copy.add(Objects.requireNonNull(steps.get(i), "steps[" + i + "]"));
    }
    return new TriagePipeline(name.strip(), List.copyOf(copy));
  }

  /**
   * The standard pipeline: emergency referrals, incomplete elements, duplicates, direct
   * answers (when a step is given), then the acceptance table.
   *
   * @param lifecycle the lifecycle, for incomplete elements
   * @param acceptance the acceptance rules
   * @param duplicates the duplicate finder, if merging repeats
   * @param directAnswers the direct-answer step, if answering consultations
   * @return the pipeline
   * @throws NullPointerException if an argument is null
   */
  public static TriagePipeline standard(CaseLifecycle lifecycle, AcceptanceRules acceptance,
      Optional<DuplicateFinder> duplicates, Optional<DirectAnswerStep> directAnswers) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(acceptance, "acceptance");
    Objects.requireNonNull(duplicates, "duplicates");
    Objects.requireNonNull(directAnswers, "directAnswers");
    List<TriageStep> steps = new ArrayList<>();
    steps.add(acceptance.referrals());
    steps.add(IncompleteElementsStep.of(lifecycle));
    duplicates.ifPresent(steps::add);
    directAnswers.ifPresent(steps::add);
    steps.add(acceptance.decisions());
    return of("standard triage", steps);
  }

  /**
   * The steps, in order.
   *
   * @return the steps, unmodifiable
   */
  public List<TriageStep> steps() {
    return steps;
  }

  @Override
  public TriageOutcome triage(Case registered, AppealHistory history) {
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(history, "history");
    for (TriageStep step : steps) {
      Optional<TriageOutcome> outcome = step.decide(registered, history);
      if (outcome.isPresent()) {
        return outcome.get();
      }
    }
    return new TriageOutcome.HandToPerson(new Explanation(name, "1", Optional.empty(),
        name + ": no step decided; a person decides (转人工)"));
  }

  @Override
  public String toString() {
    return "TriagePipeline[" + name + ", " + steps.size() + " steps]";
  }
}
