package org.hotline12345.rules.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.rules.duplicates.Hotline.HUNANLU;
import static org.hotline12345.rules.duplicates.Hotline.NOISE;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.EventKind;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.service.Automation;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.junit.jupiter.api.Test;

/**
 * The duplicate finder as the service's triage, end to end: given an open case, when a repeat
 * is submitted, then on an automatic hotline the repeat is merged into it on intake through the
 * two-sided merge, and on a proposing one the clerk sees the merge proposed and confirms it;
 * either way both cases say why.
 */
class DuplicateMergeOnIntakeTest {

  private static final DuplicateFinder DUPLICATES = DuplicateFinder.builder().ruleSet("nanjing-duplicates", "2025.1")
      .window(Duration.ofDays(3)).similarityThreshold(0.6).build();
  private static final Explanation ACCEPTED = new Explanation("nanjing-acceptance", "2025.1", Optional.of("A1"),
      "要素齐全，予以受理");
  private static final Triage TRIAGE = (c, history) -> DUPLICATES.decide(c, history)
      .orElse(new TriageOutcome.Accept(ACCEPTED));

  private static Optional<Explanation> explanationOf(List<CaseEvent> history, EventKind kind) {
    return history.stream().filter(e -> e.kind() == kind).findFirst().flatMap(CaseEvent::explanation);
  }

  @Test
  void anAutomaticHotlineMergesARepeatAtTheSamePlaceOnIntake() {
    Hotline hotline = Hotline.triaging(TRIAGE, Automation.AUTOMATIC);
    Case first = hotline.calls("13812345678", HUNANLU, NOISE, "湖南路某工地夜间施工噪音扰民");
    assertThat(first.status()).as("the first appeal, accepted").isEqualTo(CaseStatus.ACCEPTED);

    Case repeat = hotline.after(Duration.ofHours(6)).calls("13900000000", HUNANLU, NOISE, "工地半夜打桩");

    assertThat(repeat.status()).as("the repeat, on intake").isEqualTo(CaseStatus.MERGED);
    Case target = hotline.now(first);
    assertThat(target.status()).as("the open case").isEqualTo(CaseStatus.ACCEPTED);
    assertThat(target.appeals()).extracting(a -> a.getContent()).containsExactly("湖南路某工地夜间施工噪音扰民", "工地半夜打桩");
    assertThat(explanationOf(hotline.service.history(repeat.id()), EventKind.MERGED_INTO))
        .hasValueSatisfying(x -> {
          assertThat(x.ruleSet()).isEqualTo("nanjing-duplicates");
          assertThat(x.row()).contains("same-place-and-category");
          assertThat(x.text()).contains(first.number().value());
        });
    assertThat(hotline.service.history(first.id())).filteredOn(e -> e.kind() == EventKind.DUPLICATE_ABSORBED)
        .singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo(Actor.system());
          assertThat(e.explanation()).hasValueSatisfying(x -> assertThat(x.row()).contains("same-place-and-category"));
        });
  }

  @Test
  void anAutomaticHotlineMergesTheSameCallersRetellingOnIntake() {
    Hotline hotline = Hotline.triaging(TRIAGE, Automation.AUTOMATIC);
    Case first = hotline.calls("13812345678", null, null, "小区门口的路灯坏了三天，晚上一片漆黑，请尽快修理");

    Case again = hotline.after(Duration.ofDays(1)).calls("+86 138 1234 5678", null, null,
        "小区门口路灯坏了三天了，晚上一片漆黑，请尽快修理");

    assertThat(again.status()).isEqualTo(CaseStatus.MERGED);
    assertThat(hotline.now(first).appeals()).hasSize(2);
    assertThat(explanationOf(hotline.service.history(again.id()), EventKind.MERGED_INTO))
        .hasValueSatisfying(x -> assertThat(x.row()).contains("same-caller-similar-text"));
  }

  @Test
  void anAppealThatRepeatsNothingIsAcceptedAsUsual() {
    Hotline hotline = Hotline.triaging(TRIAGE, Automation.AUTOMATIC);
    hotline.calls("13812345678", HUNANLU, NOISE, "湖南路某工地夜间施工噪音扰民");

    Case later = hotline.after(Duration.ofDays(4)).calls("13900000000", HUNANLU, NOISE, "工地半夜打桩");

    assertThat(later.status()).as("four days later, outside the window").isEqualTo(CaseStatus.ACCEPTED);
    assertThat(explanationOf(hotline.service.history(later.id()), EventKind.ACCEPTED)).contains(ACCEPTED);
  }

  @Test
  void aProposingHotlineShowsTheMergeAndTheClerkConfirmsIt() {
    Hotline hotline = Hotline.triaging(TRIAGE, Automation.PROPOSE);
    Case first = hotline.calls("13812345678", HUNANLU, NOISE, "湖南路某工地夜间施工噪音扰民");
    Case repeat = hotline.after(Duration.ofHours(6)).calls("13900000000", HUNANLU, NOISE, "工地半夜打桩");
    assertThat(repeat.status()).as("the repeat, waiting for a clerk").isEqualTo(CaseStatus.REGISTERED);

    TriageOutcome proposed = hotline.service.propose(repeat.id()).triage().orElseThrow();
    assertThat(proposed).isInstanceOfSatisfying(TriageOutcome.MergeInto.class,
        m -> assertThat(m.target()).isEqualTo(first.id()));
    Case merged = hotline.service.confirm(repeat.id(), proposed, Actor.agent("agent-7"));

    assertThat(merged.status()).isEqualTo(CaseStatus.MERGED);
    assertThat(hotline.now(first).appeals()).hasSize(2);
    assertThat(hotline.service.history(first.id())).filteredOn(e -> e.kind() == EventKind.DUPLICATE_ABSORBED)
        .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.agent("agent-7")));
  }
}
