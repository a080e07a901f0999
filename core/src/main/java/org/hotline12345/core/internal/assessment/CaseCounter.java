package org.hotline12345.core.internal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseFacts.DepartmentFacts;
import org.hotline12345.core.casefile.CaseFacts.StageFact;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * Counts one case for every department it had: the rules of {@code docs/assessment.md} in one
 * place. Weights and values are whole millionths (a lead's case is 1,000,000), so that sums are
 * exact and do not depend on the order cases are read in.
 *
 * <p>Each department's parts in the case are taken together: for an indicator where higher is
 * better the case counts as done well only if every part judged was; for returns, extensions and
 * reopens it counts if any part did it; the weight is the largest of the parts judged. A closed
 * case counts for every indicator; an open one only against {@link Indicator#ON_TIME} while its
 * current resolution is overdue.
 *
 * <p>Not thread-safe: one counter a pass (it keeps scratch arrays).
 */
public final class CaseCounter {

  /** A whole case, in millionths. */
  public static final long ONE = 1_000_000L;

  private static final Indicator[] INDICATORS = Indicator.values();
  private static final int N = INDICATORS.length;

  private final long assisting;
  private final long satisfied;
  private final long basically;

  private final boolean[] judged = new boolean[N];
  private final long[] weight = new long[N];
  private final long[] value = new long[N];
  private final int[] part = new int[N];
  private final Reason[] reason = new Reason[N];

  /** Where a counted case goes. */
  public interface Sink {
    /**
     * A case begins.
     *
     * @param c the case
     */
    void begin(AssessedCase c);

    /**
     * A department's count of the case for an indicator.
     *
     * @param department the department
     * @param indicator the indicator
     * @param weight its weight, in millionths of a case
     * @param numerator what it adds to the numerator, 0 to {@code weight}
     * @param part the index of the part that decided
     * @param reason why
     */
    void count(DepartmentId department, Indicator indicator, long weight, long numerator, int part, Reason reason);
  }

  /**
   * A counter for a scheme's weights.
   *
   * @param scheme the scheme
   */
  public CaseCounter(AssessmentScheme scheme) {
    this.assisting = micros(scheme.assistingWeight());
    this.satisfied = micros(scheme.weightOf(Satisfaction.SATISFIED));
    this.basically = micros(scheme.weightOf(Satisfaction.BASICALLY_SATISFIED));
  }

  /**
   * A weight in millionths.
   *
   * @param weight 0 to 1
   * @return the millionths
   */
  public static long micros(double weight) {
    return Math.round(weight * ONE);
  }

  /**
   * Counts a case.
   *
   * @param c the case
   * @param asOf when an open case's deadlines are judged
   * @param sink where the counts go
   */
  public void count(AssessedCase c, Instant asOf, Sink sink) {
    List<DepartmentFacts> parts = c.facts().departments();
    int n = parts.size();
    if (n == 0) {
      return;
    }
    sink.begin(c);
    boolean open = c.isOpen();
    Instant judgeAt = open ? asOf : c.closedAt().get();
    CallbackResult callback = open ? null : countedCallback(c).orElse(null);
    int callbackGroup = callback == null ? -1 : groupAt(parts, callback.at());
    for (int i = 0; i < n; i++) {
      DepartmentId department = parts.get(i).department();
      if (seenBefore(parts, i, department)) {
        continue;
      }
      java.util.Arrays.fill(judged, false);
      for (int k = i; k < n; k++) {
        if (parts.get(k).department().equals(department)) {
          judgePart(parts, k, open, judgeAt, callback, callbackGroup);
        }
      }
      for (int x = 0; x < N; x++) {
        if (judged[x]) {
          sink.count(department, INDICATORS[x], weight[x], weight[x] * value[x] / ONE, part[x], reason[x]);
        }
      }
    }
  }

  /**
   * The callback a closed case counts for resolution and satisfaction: its last, if it reached
   * the citizen.
   *
   * @param c the case
   * @return the callback, or empty
   */
  public static Optional<CallbackResult> countedCallback(AssessedCase c) {
    return c.facts().lastCallback().filter(cb -> cb.satisfaction() != Satisfaction.NOT_REACHED);
  }

  /**
   * The lead part of a part's dispatch: itself for a lead; for an assisting one, the lead
   * assigned at the same instant before it.
   *
   * @param parts the parts
   * @param k the part
   * @return the lead's index, or -1 if it is not among the facts (left out to fit)
   */
  public static int groupLead(List<DepartmentFacts> parts, int k) {
    DepartmentFacts p = parts.get(k);
    if (p.lead()) {
      return k;
    }
    for (int j = k - 1; j >= 0; j--) {
      DepartmentFacts q = parts.get(j);
      if (q.lead() && q.assignedAt().equals(p.assignedAt())) {
        return j;
      }
    }
    return -1;
  }

  private void judgePart(List<DepartmentFacts> parts, int k, boolean open, Instant judgeAt, CallbackResult callback,
      int callbackGroup) {
    DepartmentFacts p = parts.get(k);
    long w = p.lead() ? ONE : assisting;
    if (w == 0) {
      return;
    }
    int g = groupLead(parts, k);
    DepartmentFacts lead = g >= 0 ? parts.get(g) : null;
    boolean leadKept = lead != null && lead.returnedAt().isEmpty();
    boolean superseded = leadKept && laterLead(parts, g);
    if (open) {
      if (leadKept && !superseded) {
        StageFact r = lead.stages().get(Stage.RESOLUTION);
        if (r != null && r.metAt().isEmpty() && judgeAt.isAfter(r.dueAt())) {
          judge(Indicator.ON_TIME, w, false, k, Reason.OPEN_OVERDUE);
        }
      }
      return;
    }
    Reason sign = p.lead() ? signFor(p, judgeAt) : assistingSignFor(p, lead, judgeAt);
    Reason contact = p.lead() && p.returnedAt().isEmpty() ? contact(p, judgeAt) : null;
    if (sign != null) {
      judge(Indicator.SIGN_FOR_ON_TIME, w, isGood(sign), k, sign);
    }
    if (contact != null) {
      judge(Indicator.CONTACT_ON_TIME, w, isGood(contact), k, contact);
    }
    if (sign != null || contact != null) {
      Reason failed = sign != null && !isGood(sign) ? sign : contact != null && !isGood(contact) ? contact : null;
      judge(Indicator.RESPONSE, w, failed == null, k, failed == null ? Reason.RESPONDED : failed);
    }
    if (leadKept) {
      Reason onTime = resolution(lead, judgeAt);
      if (onTime != null) {
        judge(Indicator.ON_TIME, w, onTime == Reason.RESOLVED_ON_TIME, k, onTime);
        if (onTime != Reason.UNRESOLVED_AT_CLOSE) {
          judge(Indicator.ON_TIME_NAIVE, w, onTime == Reason.RESOLVED_ON_TIME, k, onTime);
        }
      }
      judge(Indicator.REOPEN_RATE, w, superseded, k, superseded ? Reason.REOPENED : Reason.NOT_REOPENED);
    }
    if (g >= 0 && g == callbackGroup) {
      judge(Indicator.RESOLUTION, w, callback.resolved(), k,
          callback.resolved() ? Reason.CALLBACK_RESOLVED : Reason.CALLBACK_UNRESOLVED);
      Satisfaction s = callback.satisfaction();
      long v = s == Satisfaction.SATISFIED ? satisfied : s == Satisfaction.BASICALLY_SATISFIED ? basically : 0;
      judgeValue(Indicator.SATISFACTION, w, v, k, s == Satisfaction.SATISFIED ? Reason.SATISFIED
          : s == Satisfaction.BASICALLY_SATISFIED ? Reason.BASICALLY_SATISFIED : Reason.DISSATISFIED);
    }
    if (p.lead()) {
      boolean returned = p.returnedAt().isPresent();
      judge(Indicator.RETURN_RATE, w, returned, k, returned ? Reason.RETURNED : Reason.KEPT);
      Reason wrong = p.returnsDenied() > 0 ? Reason.RETURN_DENIED
          : returned && cameBack(parts, k) ? Reason.RETURNED_CAME_BACK : Reason.NO_WRONG_RETURN;
      judge(Indicator.WRONG_RETURN_RATE, w, wrong != Reason.NO_WRONG_RETURN, k, wrong);
      if (!returned) {
        judge(Indicator.EXTENSION_RATE, w, p.extensions() > 0, k, p.extensions() > 0 ? Reason.EXTENDED
            : Reason.NOT_EXTENDED);
      }
    }
  }

  /** A lead's answer to the dispatch: signed for in time, or asked in time to return it and did. */
  private static Reason signFor(DepartmentFacts p, Instant judgeAt) {
    StageFact sign = p.stages().get(Stage.SIGN_FOR);
    StageFact ret = p.stages().get(Stage.RETURN);
    if (sign != null && sign.isMetOnTime()) {
      return Reason.SIGNED_ON_TIME;
    }
    if (p.returnedAt().isPresent()) {
      // A return the platform approved answers the dispatch; one it denied does not.
      Instant asked = ret != null && ret.metAt().isPresent() ? ret.metAt().get() : p.returnedAt().get();
      if (ret == null || !asked.isAfter(ret.dueAt())) {
        return Reason.RETURN_ASKED_IN_TIME;
      }
    }
    if (sign == null) {
      return p.signedAt().isPresent() ? Reason.SIGNED_NO_LIMIT : null;
    }
    if (sign.metAt().isPresent()) {
      return Reason.SIGNED_LATE;
    }
    return judgeAt.isAfter(sign.dueAt()) ? Reason.NOT_SIGNED : null;
  }

  /** An assisting department's signing for, against the lead's sign-for deadline of the dispatch. */
  private static Reason assistingSignFor(DepartmentFacts p, DepartmentFacts lead, Instant judgeAt) {
    StageFact due = lead == null ? null : lead.stages().get(Stage.SIGN_FOR);
    if (p.signedAt().isPresent()) {
      return due == null ? Reason.SIGNED_NO_LIMIT
          : p.signedAt().get().isAfter(due.dueAt()) ? Reason.ASSISTING_SIGNED_LATE : Reason.ASSISTING_SIGNED_ON_TIME;
    }
    return due != null && judgeAt.isAfter(due.dueAt()) ? Reason.ASSISTING_NOT_SIGNED : null;
  }

  private static Reason contact(DepartmentFacts p, Instant judgeAt) {
    StageFact f = p.stages().get(Stage.FIRST_CONTACT);
    if (f == null) {
      return null;
    }
    if (f.metAt().isPresent()) {
      return f.isMetOnTime() ? Reason.CONTACTED_ON_TIME : Reason.CONTACTED_LATE;
    }
    return judgeAt.isAfter(f.dueAt()) ? Reason.NOT_CONTACTED : null;
  }

  private static Reason resolution(DepartmentFacts lead, Instant judgeAt) {
    StageFact f = lead.stages().get(Stage.RESOLUTION);
    if (f == null) {
      return null;
    }
    if (f.metAt().isPresent()) {
      return f.isMetOnTime() ? Reason.RESOLVED_ON_TIME : Reason.RESOLVED_LATE;
    }
    return judgeAt.isAfter(f.dueAt()) ? Reason.UNRESOLVED_AT_CLOSE : null;
  }

  private static boolean isGood(Reason r) {
    return switch (r) {
      case SIGNED_ON_TIME, RETURN_ASKED_IN_TIME, SIGNED_NO_LIMIT, ASSISTING_SIGNED_ON_TIME, CONTACTED_ON_TIME -> true;
      default -> false;
    };
  }

  /** Whether a later dispatch led by another part followed this lead's without a return: a reopen. */
  private static boolean laterLead(List<DepartmentFacts> parts, int g) {
    for (int j = g + 1; j < parts.size(); j++) {
      if (parts.get(j).lead()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a returned part's department got the case again after its return. */
  private static boolean cameBack(List<DepartmentFacts> parts, int k) {
    DepartmentFacts p = parts.get(k);
    for (int j = k + 1; j < parts.size(); j++) {
      DepartmentFacts q = parts.get(j);
      if (q.department().equals(p.department()) && !q.assignedAt().isBefore(p.returnedAt().get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dispatch that had the case when the callback was made: the last lead assigned at or
   * before it, unless it had returned the case by then.
   *
   * @param parts the parts
   * @param at the callback's instant
   * @return the lead's index, or -1
   */
  public static int groupAt(List<DepartmentFacts> parts, Instant at) {
    for (int j = parts.size() - 1; j >= 0; j--) {
      DepartmentFacts q = parts.get(j);
      if (q.lead() && !q.assignedAt().isAfter(at)) {
        return q.returnedAt().filter(r -> !r.isAfter(at)).isPresent() ? -1 : j;
      }
    }
    return -1;
  }

  private static boolean seenBefore(List<DepartmentFacts> parts, int i, DepartmentId department) {
    for (int j = 0; j < i; j++) {
      if (parts.get(j).department().equals(department)) {
        return true;
      }
    }
    return false;
  }

  private void judge(Indicator indicator, long w, boolean yes, int k, Reason why) {
    judgeValue(indicator, w, yes ? ONE : 0, k, why);
  }

  /** Takes a part's judgement into the department's: the worst value, the largest weight. */
  private void judgeValue(Indicator indicator, long w, long v, int k, Reason why) {
    int x = indicator.ordinal();
    if (!judged[x]) {
      judged[x] = true;
      weight[x] = w;
      value[x] = v;
      part[x] = k;
      reason[x] = why;
      return;
    }
    weight[x] = Math.max(weight[x], w);
    if (indicator.isHigherBetter() ? v < value[x] : v > value[x]) {
      value[x] = v;
      part[x] = k;
      reason[x] = why;
    }
  }
}
