package org.hotline12345.rules.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.rules.knowledge.Consultations.RECEIVED;
import static org.hotline12345.rules.knowledge.Consultations.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.Transition;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.knowledge.Consultations;
import org.hotline12345.rules.knowledge.QaKnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A consultation registered by an agent is answered from the preset when its best entry fits
 * well enough and is not due for review; otherwise the step stands aside and says why.
 */
class DirectAnswerStepTest {

  private static final QaKnowledgeBase PRESET = QaKnowledgeBase.preset();
  private static final DirectAnswerStep STEP = DirectAnswerStep.of(PRESET);

  private static final String FUND_QUESTION =
      "你好，我在南京买了房子，想把住房公积金提取出来，需要带什么材料？";

  private static final CaseLifecycle LIFECYCLE = RegisteredCases.LIFECYCLE;

  private static Case registered(Appeal appeal) {
    return RegisteredCases.registered(appeal);
  }

  @Test
  void a_provident_fund_consultation_is_answered_with_the_entry_and_explained_by_it() {
    // given a consultation the preset's gjj-001 answers with a score of 0.66
    Case registered = registered(consultation(FUND_QUESTION));
    // when the step decides
    TriageOutcome outcome = STEP.decide(registered).orElseThrow();
    // then it answers directly with the entry's answer, naming the knowledge base and the entry
    assertThat(outcome).isInstanceOf(TriageOutcome.AnswerDirectly.class);
    TriageOutcome.AnswerDirectly answer = (TriageOutcome.AnswerDirectly) outcome;
    assertThat(answer.answer()).isEqualTo(Remark.of(PRESET.find("gjj-001").orElseThrow().answer()));
    assertThat(answer.explanation()).isEqualTo(new Explanation("nanjing-qa", PRESET.version(),
        Optional.of("gjj-001"),
        "entry gjj-001 (owner nj.gjj): keyword 公积金提取; question similarity 0.32; score 0.66"));
    assertThat(STEP.explain(registered)).isEqualTo(answer.explanation());
  }

  @Test
  void the_answer_becomes_the_lifecycle_command_that_closes_the_consultation() {
    Case registered = registered(consultation(FUND_QUESTION));
    TriageOutcome outcome = STEP.decide(registered).orElseThrow();

    CaseCommand command = TriageOutcome.commandOf(outcome).orElseThrow();
    Transition answered = LIFECYCLE.execute(registered, command, Actor.system(),
        RECEIVED.plusSeconds(120), Optional.of(outcome.explanation()));
    assertThat(answered.after().status()).isEqualTo(CaseStatus.ANSWERED_DIRECTLY);
    assertThat(answered.event().explanation()).contains(outcome.explanation());
  }

  @Test
  void a_complaint_is_never_answered_from_the_knowledge_base() {
    Case complaint = registered(Consultations.appeal(AppealType.COMPLAINT, FUND_QUESTION, RECEIVED));

    assertThat(STEP.decide(complaint)).isEmpty();
    assertThat(STEP.explain(complaint)).isEqualTo(new Explanation("nanjing-qa", PRESET.version(),
        Optional.empty(), "not answered directly: the appeal is a COMPLAINT (投诉), not a consultation"));
  }

  @Test
  void an_entry_due_for_review_does_not_answer_and_the_step_says_whose_review_is_due() {
    // hj-004 fits (0.75) but was reviewed on 1 June 2024: due since 2 June 2025
    Case registered = registered(consultation("户口迁入南京需要什么条件？"));

    assertThat(STEP.decide(registered)).isEmpty();
    Explanation why = STEP.explain(registered);
    assertThat(why.row()).contains("hj-004");
    assertThat(why.text()).startsWith("not answered directly: the best entry is due for review by"
        + " its owner nj.police since 2025-06-02, so its answer may be out of date; entry hj-004");
    // the same question received before the review fell due is answered
    Case earlier = registered(Consultations.appeal(AppealType.CONSULTATION, "户口迁入南京需要什么条件？",
        Instant.parse("2025-05-30T02:00:00Z")));
    assertThat(STEP.decide(earlier)).get().extracting(o -> o.explanation().row())
        .isEqualTo(Optional.of("hj-004"));
  }

  @Test
  void a_loose_fit_below_the_threshold_is_not_answered_unless_the_threshold_is_lowered() {
    // jy-001 shares 3 of its 11 bigrams and no keyword: 0.26
    Case registered = registered(consultation("我想问一下孩子上小学要准备什么"));

    assertThat(STEP.decide(registered)).isEmpty();
    assertThat(STEP.explain(registered).text()).startsWith("not answered directly: the best entry"
        + " scores below the threshold 0.60; entry jy-001 (owner nj.jyj): no keyword;");
    DirectAnswerStep lenient = STEP.withThreshold(0.25);
    assertThat(lenient.decide(registered)).get().extracting(o -> o.explanation().row())
        .isEqualTo(Optional.of("jy-001"));
    assertThat(lenient.threshold()).isEqualTo(0.25);
    assertThat(STEP.threshold()).isEqualTo(DirectAnswerStep.DEFAULT_THRESHOLD);
  }

  @Test
  void a_consultation_nothing_fits_is_left_to_the_next_step() {
    Case registered = registered(consultation("Hello?"));

    assertThat(STEP.decide(registered)).isEmpty();
    assertThat(STEP.explain(registered).text()).isEqualTo("not answered directly: no"
        + " knowledge-base entry shares a keyword or a character pair with the appeal");
  }

  @Test
  void only_a_registered_case_is_decided_and_the_settings_are_checked() {
    Case accepted = LIFECYCLE.execute(registered(consultation(FUND_QUESTION)), new CaseCommand.Accept(),
        Actor.agent("agent-7"), RECEIVED.plus(Duration.ofMinutes(2))).after();

    assertThatThrownBy(() -> STEP.decide(accepted)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registered must be a case in status REGISTERED, was ACCEPTED");
    assertThatThrownBy(() -> STEP.decide(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("registered");
    assertThatThrownBy(() -> DirectAnswerStep.of(PRESET, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be above 0 and at most 1, was 0.0");
    assertThatThrownBy(() -> DirectAnswerStep.of(PRESET, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STEP.withThreshold(1.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DirectAnswerStep.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("knowledgeBase");
    assertThat(STEP).hasToString("DirectAnswerStep[nanjing-qa v" + PRESET.version() + ", threshold 0.6]");
    assertThat(STEP.knowledgeBase()).isSameAs(PRESET);
  }
}
