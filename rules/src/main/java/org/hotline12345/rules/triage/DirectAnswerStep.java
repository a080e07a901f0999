package org.hotline12345.rules.triage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.knowledge.KnowledgeBase;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.knowledge.QaKnowledgeBase;

/**
 * The triage step that answers a consultation (咨询) directly from the knowledge base
 * (直接办结): when the case's appeal is a {@link AppealType#CONSULTATION}, the best hit of
 * {@link QaKnowledgeBase#lookup} scores at least the threshold, and its entry is not due for
 * review on the day the appeal was received, the outcome is
 * {@link TriageOutcome.AnswerDirectly} with the entry's answer, explained by the knowledge
 * base's id (rule set) and version, the entry's id (row) and the hit's {@code why} (text).
 * Otherwise there is no outcome and the next step decides.
 *
 * <p>An entry due for review is never given to a citizen by this step, however well it matches:
 * its answer may be out of date, and only its owner can say. {@link #explain} says so, naming
 * the entry, its owner and the day the review fell due, for a clerk who checks it; the lookup
 * itself still returns the entry. Only the best hit is considered: a stale best entry is not
 * replaced by a fresh but worse one, which would answer another question.
 *
 * <pre>{@code
 * DirectAnswerStep answers = DirectAnswerStep.of(QaKnowledgeBase.preset(), 0.6);
 * Optional<TriageOutcome> outcome = answers.decide(registered);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each decision reads the case and the knowledge base only, so the
 * same case gives the same outcome. No explanation quotes the appeal.
 */
public final class DirectAnswerStep implements TriageStep {

  /**
   * The threshold {@link #of(QaKnowledgeBase)} uses, 0.6: an entry's own question answers (score
   * 1), as do two keywords of the entry's own (0.75), or one with a question similarity of at
   * least 0.2; a keyword three entries share needs a similarity of 0.52, and similarity alone
   * 0.6.
   */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private final QaKnowledgeBase knowledgeBase;
  private final double threshold;

  private DirectAnswerStep(QaKnowledgeBase knowledgeBase, double threshold) {
    this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be above 0 and at most 1, was "
          + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * The step over a knowledge base, with {@link #DEFAULT_THRESHOLD}.
   *
   * @param knowledgeBase the knowledge base
   * @return the step
   * @throws NullPointerException if knowledgeBase is null
   */
  public static DirectAnswerStep of(QaKnowledgeBase knowledgeBase) {
    return new DirectAnswerStep(knowledgeBase, DEFAULT_THRESHOLD);
  }

  /**
   * The step over a knowledge base, answering from a given score.
   *
   * @param knowledgeBase the knowledge base
   * @param threshold the least score of the best hit that answers, above 0 and at most 1
   * @return the step
   * @throws NullPointerException if knowledgeBase is null
   * @throws IllegalArgumentException if the threshold is out of range (or NaN)
   */
  public static DirectAnswerStep of(QaKnowledgeBase knowledgeBase, double threshold) {
    return new DirectAnswerStep(knowledgeBase, threshold);
  }

  /**
   * This step with another threshold.
   *
   * @param threshold the least score that answers, above 0 and at most 1
   * @return the step
   * @throws IllegalArgumentException if the threshold is out of range (or NaN)
   */
  public DirectAnswerStep withThreshold(double threshold) {
    return new DirectAnswerStep(knowledgeBase, threshold);
  }

  /**
   * Answers the case directly when the knowledge base can (see the class description).
   *
   * @param registered the case, in status {@code REGISTERED}
   * @return {@link TriageOutcome.AnswerDirectly}, or empty for the next step to decide
   * @throws NullPointerException if registered is null
   * @throws IllegalArgumentException if the case is not in status {@code REGISTERED}
   */
  public Optional<TriageOutcome> decide(Case registered) {
    Verdict verdict = consider(registered);
    return verdict.answer().map(answer -> new TriageOutcome.AnswerDirectly(answer,
        verdict.explanation()));
  }

  /**
   * As {@link #decide(Case)}: a direct answer needs no history.
   *
   * @param registered the case
   * @param history not used
   * @return the answer, or empty
   * @throws NullPointerException if an argument is null
   */
  @Override
  public Optional<TriageOutcome> decide(Case registered, AppealHistory history) {
    java.util.Objects.requireNonNull(history, "history");
    return decide(registered);
  }

  /**
   * Why {@link #decide} answers the case or does not: not a consultation, no entry found, the
   * best entry below the threshold, or due for review (naming it, its owner and since when), or
   * the entry that answers.
   *
   * @param registered the case, in status {@code REGISTERED}
   * @return the explanation, naming the knowledge base and its version, and the best entry as
   *     its row when there is one
   * @throws NullPointerException if registered is null
   * @throws IllegalArgumentException if the case is not in status {@code REGISTERED}
   */
  public Explanation explain(Case registered) {
    return consider(registered).explanation();
  }

  private Verdict consider(Case registered) {
    Objects.requireNonNull(registered, "registered");
    if (registered.status() != CaseStatus.REGISTERED) {
      throw new IllegalArgumentException("registered must be a case in status REGISTERED, was "
          + registered.status());
    }
    Appeal appeal = registered.appeal();
    if (appeal.getType() != AppealType.CONSULTATION) {
      return refused(Optional.empty(), "not answered directly: the appeal is a "
          + appeal.getType() + " (" + appeal.getType().chinese() + "), not a consultation");
    }
    List<KnowledgeBase.Hit> hits = knowledgeBase.lookup(appeal, 1);
    if (hits.isEmpty()) {
      return refused(Optional.empty(), "not answered directly: no knowledge-base entry shares a"
          + " keyword or a character pair with the appeal");
    }
    KnowledgeBase.Hit best = hits.get(0);
    KnowledgeEntry entry = best.entry();
    Optional<String> row = Optional.of(entry.id());
    if (best.score() < threshold) {
      return refused(row, "not answered directly: the best entry scores below the threshold "
          + String.format(Locale.ROOT, "%.2f", threshold) + "; " + best.why());
    }
    LocalDate received = LocalDate.ofInstant(appeal.getReceivedAt(), knowledgeBase.zone());
    if (knowledgeBase.isReviewDue(entry, received)) {
      return refused(row, "not answered directly: the best entry is due for review by its owner "
          + entry.owner().value() + " since " + knowledgeBase.reviewDueSince(entry)
          + ", so its answer may be out of date; " + best.why());
    }
    return new Verdict(Optional.of(Remark.of(entry.answer())), explanation(row, best.why()));
  }

  private Verdict refused(Optional<String> row, String text) {
    return new Verdict(Optional.empty(), explanation(row, text));
  }

  private Explanation explanation(Optional<String> row, String text) {
    return new Explanation(knowledgeBase.id(), knowledgeBase.version(), row, text);
  }

  /**
   * The knowledge base answers come from.
   *
   * @return the knowledge base
   */
  public QaKnowledgeBase knowledgeBase() {
    return knowledgeBase;
  }

  /**
   * The least score of the best hit that answers.
   *
   * @return above 0 and at most 1
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The knowledge base and the threshold.
   *
   * @return for example {@code DirectAnswerStep[nanjing-qa v2025.2, threshold 0.6]}
   */
  @Override
  public String toString() {
    return "DirectAnswerStep[" + knowledgeBase.id() + " v" + knowledgeBase.version()
        + ", threshold " + threshold + "]";
  }

  /** An answer, if any, and why. */
  private record Verdict(Optional<Remark> answer, Explanation explanation) {}
}
