package org.hotline12345.rules.internal.impact;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hotline12345.rules.impact.DecisionKind;
import org.hotline12345.rules.impact.Failure;

/** Takes one decision both ways, current and candidate, on a stored case. */
public interface Judge {

  /**
   * The decision this judge takes.
   *
   * @return the kind
   */
  DecisionKind kind();

  /**
   * Takes the decision both ways on the case, as it stood when the decision was taken.
   *
   * @param timeline the case's events
   * @return the judgement; empty when the case never reached this decision
   * @throws Failed if either side threw
   */
  Optional<Judgement> judge(CaseTimeline timeline);

  /**
   * Runs one side's decision, turning what it throws into a {@link Failed} of that side; a null
   * answer is a failure too.
   *
   * @param step the side
   * @param decision the decision
   * @param <T> the answer's type
   * @return the answer
   * @throws Failed if the decision threw or answered null
   */
  static <T> T attempt(Failure.Step step, Supplier<T> decision) {
    T answer;
    try {
      answer = decision.get();
    } catch (RuntimeException e) {
      throw new Failed(step, e.getClass().getSimpleName());
    }
    if (answer == null) {
      throw new Failed(step, "NullPointerException");
    }
    return answer;
  }

  /** A side's decision threw; only the exception's type travels, never its message. */
  final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The side that failed. */
    private final Failure.Step step;
    /** The simple name of what it threw. */
    private final String exceptionType;

    Failed(Failure.Step step, String exceptionType) {
      super(step + " decision threw " + exceptionType, null, false, false);
      this.step = Objects.requireNonNull(step, "step");
      this.exceptionType = exceptionType;
    }

    /**
     * The side that failed.
     *
     * @return the step
     */
    public Failure.Step step() {
      return step;
    }

    /**
     * The exception's simple class name.
     *
     * @return the name
     */
    public String exceptionType() {
      return exceptionType;
    }
  }
}
