package org.hotline12345.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.hotline12345.rules.knowledge.Consultations.consultation;

import java.time.LocalDate;
import java.util.List;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeBase.Hit;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

/**
 * Consultations a call-centre agent takes, looked up in the preset, with the scores worked out
 * by hand: {@code k = 1 - ∏(1 - 0.5 / n)} over the keywords found, {@code s} the mean of the
 * question's bigrams held ({@code common / |Q|}) and Dice ({@code 2 common / (|Q| + |A|)}),
 * score {@code 1 - (1 - k)(1 - s)}.
 */
class QaKnowledgeBaseLookupTest {

  private static final QaKnowledgeBase PRESET = QaKnowledgeBase.preset();

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(hit -> hit.entry().id()).toList();
  }

  @Test
  void a_question_about_taking_out_the_provident_fund_finds_the_provident_fund_entry_first() {
    // given a caller who bought a flat and asks how to take out the fund
    List<Hit> hits = PRESET.lookup(
        consultation("你好，我在南京买了房子，想把住房公积金提取出来，需要带什么材料？"), 3);
    // then the purchase entry comes first: its own keyword 公积金提取 (k = 0.5), and 5 of the
    // question's 13 bigrams among the appeal's 27: s = (5/13 + 10/40) / 2 = 33/104
    Hit best = hits.get(0);
    assertThat(best.entry().id()).isEqualTo("gjj-001");
    assertThat(best.score()).isCloseTo(1 - 0.5 * (1 - 33.0 / 104), within(1e-12));
    assertThat(best.why()).isEqualTo(
        "entry gjj-001 (owner nj.gjj): keyword 公积金提取; question similarity 0.32; score 0.66");
    // and the rent entry follows on similarity alone: 5 of 11 bigrams, s = (5/11 + 10/38) / 2
    assertThat(hits.get(1).entry().id()).isEqualTo("gjj-002");
    assertThat(hits.get(1).score()).isCloseTo((5.0 / 11 + 10.0 / 38) / 2, within(1e-12));
    assertThat(hits.get(1).why()).startsWith("entry gjj-002 (owner nj.gjj): no keyword;");
  }

  @Test
  void a_water_cut_finds_the_water_entry_by_its_keyword_and_its_question() {
    List<Hit> hits = PRESET.lookup(consultation("我家从早上开始停水了，也没看到通知，怎么办？"), 1);

    // 停水 is sw-001's own keyword; 4 of its 9 bigrams among the appeal's 18
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).entry().id()).isEqualTo("sw-001");
    assertThat(hits.get(0).entry().owner()).isEqualTo(DepartmentId.of("nj.water"));
    assertThat(hits.get(0).score()).isCloseTo(1 - 0.5 * (1 - (4.0 / 9 + 8.0 / 27) / 2), within(1e-12));
    assertThat(hits.get(0).why()).contains("keyword 停水;");
  }

  @Test
  void a_keyword_inside_a_longer_one_counts_only_for_the_longer() {
    // 停电 (dl-001's keyword) stands inside 计划停电 (dl-002's): only dl-002 counts a keyword
    List<Hit> hits = PRESET.lookup(consultation("想查一下我们小区的计划停电通知"), 5);

    assertThat(ids(hits)).startsWith("dl-002", "dl-001");
    assertThat(hits.get(0).why()).contains("keywords 计划停电, 停电通知;");
    assertThat(hits.get(0).score()).isCloseTo(1 - 0.25 * (1 - (5.0 / 9 + 10.0 / 23) / 2), within(1e-12));
    assertThat(hits.get(1).why()).contains("no keyword;");
  }

  @Test
  void a_stale_entry_is_still_found_and_says_since_when_it_is_due() {
    // hj-004 was reviewed on 1 June 2024; with a yearly review it fell due on 2 June 2025
    List<Hit> hits = PRESET.lookup(consultation("户口迁入南京需要什么条件？"), 1);

    KnowledgeEntry entry = hits.get(0).entry();
    assertThat(entry.id()).isEqualTo("hj-004");
    assertThat(PRESET.isReviewDue(entry, LocalDate.of(2025, 10, 9))).isTrue();
    assertThat(PRESET.isReviewDue(entry, LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(PRESET.reviewDueSince(entry)).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(hits.get(0).why()).endsWith("; due for review since 2025-06-02 (reviewed 2024-06-01)");
  }

  @Test
  void equal_scores_come_in_the_order_of_their_ids() {
    // 公积金 and 怎么 bring gjj-003 and gjj-004 to the same 3 of 12 bigrams: the same score
    List<Hit> hits = PRESET.lookup(consultation("公积金怎么用"), 2);

    assertThat(ids(hits)).containsExactly("gjj-003", "gjj-004");
    assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
  }

  @Test
  void a_text_that_shares_nothing_with_any_entry_finds_nothing() {
    assertThat(PRESET.lookup(consultation("Hello?"), 5)).isEmpty();
  }

  @Test
  void the_limit_caps_the_hits_and_must_be_positive() {
    assertThat(PRESET.lookup(consultation("停水停电怎么办"), 2)).hasSize(2);
    assertThat(PRESET.lookup(consultation("停水停电怎么办"), Integer.MAX_VALUE).size())
        .isGreaterThan(2).isLessThanOrEqualTo(PRESET.size());
    assertThatThrownBy(() -> PRESET.lookup(consultation("停水"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be at least 1, was 0");
    assertThatThrownBy(() -> PRESET.lookup(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("appeal");
  }

  @Test
  void the_preset_holds_the_common_consultations_each_owned_and_reviewed() {
    assertThat(PRESET.id()).isEqualTo("nanjing-qa");
    assertThat(PRESET.version()).matches("sha256:[0-9a-f]{12}");
    assertThat(PRESET.size()).isBetween(20, 40);
    assertThat(PRESET.find("gjj-001").orElseThrow().question()).isEqualTo("购买自住住房怎么提取住房公积金？");
    assertThat(PRESET.find("no-such-entry")).isEmpty();
    // checked against the directory and the taxonomy, it loads the same
    QaKnowledgeBase checked = QaKnowledgeBase.builder().directory(Consultations.directory())
        .taxonomy(Consultations.taxonomy()).preset();
    assertThat(checked.entries()).isEqualTo(PRESET.entries());
    assertThat(checked.version()).isEqualTo(PRESET.version());
    assertThat(QaKnowledgeBase.preset()).isSameAs(PRESET);
  }

  @Test
  void each_owner_sees_what_it_has_to_review() {
    // a yearly review: on 9 October 2025 the entries reviewed before 9 October 2024 are due
    assertThat(PRESET.dueForReview(LocalDate.of(2025, 10, 9)))
        .extracting(KnowledgeEntry::id, entry -> entry.owner().value())
        .containsExactly(tuple("hj-004", "nj.police"), tuple("sw-004", "nj.water"));
    // by the year's end sb-005, reviewed on 30 November 2024, has joined them, by owner
    assertThat(PRESET.dueForReview(LocalDate.of(2025, 12, 31))).extracting(KnowledgeEntry::id)
        .containsExactly("hj-004", "sb-005", "sw-004");
    assertThat(PRESET.dueForReview(LocalDate.of(2025, 1, 1))).isEmpty();
  }
}
