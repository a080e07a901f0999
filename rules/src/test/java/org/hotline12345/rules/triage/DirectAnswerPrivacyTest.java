package org.hotline12345.rules.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.knowledge.KnowledgeBase.Hit;
import org.hotline12345.rules.knowledge.Consultations;
import org.hotline12345.rules.knowledge.QaKnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A caller who gives name, phone, ID number and address while asking a question: none of it,
 * and none of the appeal's text, shows in a hit's explanation, a step's explanation, a
 * {@code toString} or an exception, whether the step answers or not.
 */
class DirectAnswerPrivacyTest {

  private static final String ID_NUMBER = "11010519491231002X";
  private static final String ADDRESS = "鼓楼区湖南路1号";
  private static final String SAID = "我叫" + Consultations.NAME + "，电话" + Consultations.PHONE
      + "，身份证号" + ID_NUMBER + "，住" + ADDRESS + "，想问一下住房公积金提取需要什么材料";

  private static final List<String> PERSONAL =
      List.of(Consultations.NAME, Consultations.PHONE, ID_NUMBER, ADDRESS, SAID);

  @Test
  void nothing_the_caller_said_shows_anywhere() {
    QaKnowledgeBase kb = QaKnowledgeBase.preset();
    List<String> shown = new ArrayList<>();
    // the lookup's hits, the step's explanations for every kind of decision, and the values
    for (Hit hit : kb.lookup(Consultations.consultation(SAID), kb.size())) {
      shown.add(hit.why());
      shown.add(hit.toString());
    }
    for (double threshold : new double[] {0.1, 1.0}) {
      DirectAnswerStep step = DirectAnswerStep.of(kb, threshold);
      Case consultation = RegisteredCases.registered(Consultations.consultation(SAID));
      shown.add(step.explain(consultation).text());
      step.decide(consultation).ifPresent(outcome -> shown.add(outcome.toString()));
      shown.add(step.toString());
    }
    Case complaint = RegisteredCases.registered(Consultations.appeal(AppealType.COMPLAINT, SAID, Consultations.RECEIVED));
    shown.add(DirectAnswerStep.of(kb).explain(complaint).text());
    shown.add(kb.toString());
    // and the refusals
    Case accepted = RegisteredCases.LIFECYCLE.execute(RegisteredCases.registered(Consultations.consultation(SAID)), new CaseCommand.Accept(),
        Actor.agent("agent-7"), Consultations.RECEIVED.plus(Duration.ofMinutes(2))).after();
    shown.add(catchThrowable(() -> DirectAnswerStep.of(kb).decide(accepted)).getMessage());
    shown.add(catchThrowable(() -> kb.lookup(Consultations.consultation(SAID), 0)).getMessage());

    assertThat(shown).hasSizeGreaterThan(10).allSatisfy(text -> assertThat(text)
        .doesNotContain(PERSONAL.toArray(new String[0])));
    // the answer is given, naming the keyword, so the texts checked are the real ones
    assertThat(shown).anySatisfy(text -> assertThat(text).startsWith("entry gjj-001 (owner nj.gjj): keyword 公积金提取;"));
  }
}
