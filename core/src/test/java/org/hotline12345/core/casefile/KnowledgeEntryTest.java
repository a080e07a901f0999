package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeBase;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

/** Knowledge-base entries: bounded fields, an owner and a review date that falls due. */
class KnowledgeEntryTest {

  private static KnowledgeEntry entry(LocalDate reviewed) {
    return new KnowledgeEntry("kb-12", "居住证怎么办理？", "携带身份证和居住证明到社区服务中心办理。",
        List.of("居住证", "办理"), Optional.empty(), DepartmentId.of("nj.police"), reviewed);
  }

  @Test
  void an_entry_falls_due_for_review_after_its_interval() {
    KnowledgeEntry e = entry(LocalDate.of(2024, 10, 1));
    assertThat(e.isReviewDue(LocalDate.of(2025, 10, 1), Period.ofYears(1))).isFalse();
    assertThat(e.isReviewDue(LocalDate.of(2025, 10, 2), Period.ofYears(1))).isTrue();
    assertThat(e.toString()).doesNotContain("居住证");
  }

  @Test
  void fields_are_bounded_and_named() {
    assertThatThrownBy(() -> new KnowledgeEntry("kb 12", "问", "答", List.of(), Optional.empty(),
        DepartmentId.of("x"), LocalDate.of(2025, 1, 1))).hasMessageStartingWith("id");
    assertThatThrownBy(() -> new KnowledgeEntry("kb-1", "\u200B", "答", List.of(), Optional.empty(),
        DepartmentId.of("x"), LocalDate.of(2025, 1, 1))).hasMessageStartingWith("question");
    assertThatThrownBy(() -> new KnowledgeEntry("kb-1", "问", "答".repeat(5_001), List.of(), Optional.empty(),
        DepartmentId.of("x"), LocalDate.of(2025, 1, 1))).hasMessageStartingWith("answer");
    assertThatThrownBy(() -> new KnowledgeBase.Hit(entry(LocalDate.of(2025, 1, 1)), 1.5, "关键词"))
        .hasMessageStartingWith("score");
  }
}
