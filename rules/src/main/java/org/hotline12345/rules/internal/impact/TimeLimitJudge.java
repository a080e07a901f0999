package org.hotline12345.rules.internal.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicy;
import org.hotline12345.rules.impact.DecisionKind;
import org.hotline12345.rules.impact.Failure;

/**
 * Sets every stage's limit (时限) both ways for a dispatched case, with the key its first dispatch
 * used: the lifecycle's {@link CaseLifecycle#policyKey key} of the case as it stood then, with the
 * first lead's level for the department's stages and without it for the callback, as the lifecycle
 * asks. A policy that has no limit for a stage ({@link IllegalStateException}, as the port says)
 * decides "no limit". What really happened is the limits recorded on the first dispatch and on the
 * first approved review.
 */
public final class TimeLimitJudge implements Judge {

  private final TimeLimitPolicy current;
  private final TimeLimitPolicy candidate;
  private final CaseLifecycle lifecycle;

  /**
   * A judge of two time-limit policies.
   *
   * @param current the policy in use
   * @param candidate the policy to compare
   * @param lifecycle the lifecycle that builds the keys
   */
  public TimeLimitJudge(TimeLimitPolicy current, TimeLimitPolicy candidate, CaseLifecycle lifecycle) {
    this.current = Objects.requireNonNull(current, "current");
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.TIME_LIMITS;
  }

  @Override
  public Optional<Judgement> judge(CaseTimeline timeline) {
    Optional<CaseChange.Dispatched> dispatch = timeline.firstDispatch();
    Optional<Case> before = timeline.beforeFirstDispatch();
    if (dispatch.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    PolicyKey callbackKey = lifecycle.policyKey(before.get());
    PolicyKey departmentKey = callbackKey.toBuilder().leadLevel(dispatch.get().level()).build();
    Map<Stage, TimeLimit> real = realLimits(dispatch.get(), timeline.firstApprovedReview());
    List<Judgement.Pair> changes = new ArrayList<>();
    List<String> nowWhy = new ArrayList<>();
    List<String> nextWhy = new ArrayList<>();
    List<String> realParts = new ArrayList<>();
    boolean nowAgrees = !real.isEmpty();
    boolean nextAgrees = !real.isEmpty();
    for (Stage stage : Stage.values()) {
      PolicyKey key = stage == Stage.CALLBACK ? callbackKey : departmentKey;
      Optional<TimeLimit> now = limit(current, stage, key, Failure.Step.CURRENT);
      Optional<TimeLimit> next = limit(candidate, stage, key, Failure.Step.CANDIDATE);
      Optional<TimeLimit> really = Optional.ofNullable(real.get(stage));
      if (really.isPresent()) {
        nowAgrees &= now.equals(really);
        nextAgrees &= next.equals(really);
      }
      if (!now.equals(next)) {
        changes.add(new Judgement.Pair(Labels.of(stage, now), Labels.of(stage, next)));
        nowWhy.add(explain(current, stage, key, Failure.Step.CURRENT));
        nextWhy.add(explain(candidate, stage, key, Failure.Step.CANDIDATE));
        really.ifPresent(r -> realParts.add(Labels.of(stage, really)));
      }
    }
    return Optional.of(new Judgement(changes, join(changes, true), join(changes, false),
        Labels.why(String.join("; ", nowWhy)), Labels.why(String.join("; ", nextWhy)), Optional.empty(),
        Optional.empty(), realParts.isEmpty() ? Optional.empty()
            : Optional.of("set at the first dispatch: " + String.join("; ", realParts)),
        !real.isEmpty(), nowAgrees, nextAgrees, Optional.empty()));
  }

  private static Map<Stage, TimeLimit> realLimits(CaseChange.Dispatched dispatch,
      Optional<CaseChange.ReplyReviewed> review) {
    Map<Stage, TimeLimit> real = new EnumMap<>(Stage.class);
    for (StageDeadline d : dispatch.deadlines()) {
      real.put(d.stage(), d.limit());
    }
    review.flatMap(CaseChange.ReplyReviewed::callback).ifPresent(d -> real.put(d.stage(), d.limit()));
    return real;
  }

  private static Optional<TimeLimit> limit(TimeLimitPolicy policy, Stage stage, PolicyKey key, Failure.Step step) {
    return Judge.attempt(step, () -> {
      try {
        return Optional.of(policy.limitFor(stage, key));
      } catch (IllegalStateException noLimit) {
        return Optional.empty();
      }
    });
  }

  private static String explain(TimeLimitPolicy policy, Stage stage, PolicyKey key, Failure.Step step) {
    return Judge.attempt(step, () -> {
      try {
        return policy.explain(stage, key);
      } catch (IllegalStateException noLimit) {
        return stage + " (" + stage.chinese() + "): " + Labels.NO_LIMIT;
      }
    });
  }

  private static String join(List<Judgement.Pair> changes, boolean current) {
    if (changes.isEmpty()) {
      return "the same limits";
    }
    List<String> parts = new ArrayList<>();
    changes.forEach(p -> parts.add(current ? p.current() : p.candidate()));
    return String.join("; ", parts);
  }
}
