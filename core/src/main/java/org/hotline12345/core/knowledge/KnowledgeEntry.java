package org.hotline12345.core.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.Texts;

/**
 * One entry of the knowledge base (知识条目): a question, its answer, the words it is found by,
 * the category it belongs to, the department that owns it and when it was last reviewed.
 *
 * @param id a stable id, 1 to 64 of A-Z a-z 0-9 . _ : -
 * @param question the question as citizens ask it, 1 to 500 characters
 * @param answer the answer given to the citizen, 1 to 5,000 characters
 * @param keywords words that find it, each 1 to 100 characters; may be empty
 * @param category the category, if any
 * @param owner the department responsible for keeping it true (维护单位)
 * @param reviewedOn when it was last checked
 */
public record KnowledgeEntry(String id, String question, String answer, List<String> keywords,
    java.util.Optional<CategoryCode> category, DepartmentId owner, LocalDate reviewedOn) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException naming the field and its rule
   */
  public KnowledgeEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reviewedOn, "reviewedOn");
    org.hotline12345.persistence.Keys.requireId("id", id);
    Texts.requireText("question", question, 500);
    Texts.requireText("answer", answer, 5_000);
    for (String keyword : keywords) {
      Texts.requireText("keywords", keyword, 100);
    }
  }

  /**
   * Whether the entry is due for review: last reviewed longer ago than the interval.
   *
   * @param today the day to judge on
   * @param interval how often entries are reviewed, for example a year
   * @return true if overdue for review
   */
  public boolean isReviewDue(LocalDate today, java.time.Period interval) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(interval, "interval");
    return reviewedOn.plus(interval).isBefore(today);
  }

  @Override
  public String toString() {
    return "KnowledgeEntry[" + id + ", owner " + owner + ", reviewed " + reviewedOn + "]";
  }
}
