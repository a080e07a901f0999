package org.hotline12345.core.knowledge;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.appeal.Appeal;

/**
 * The knowledge-base port (知识库): finds the entries that may answer an appeal, best first, each
 * with a score, so that triage can answer a consultation directly (直接办结) and say which entry
 * answered. Implementations are thread-safe.
 */
@FunctionalInterface
public interface KnowledgeBase {

  /**
   * The entries that may answer an appeal, best first.
   *
   * @param appeal the appeal (its content and category)
   * @param limit the most entries, 1 or more
   * @return the hits, best first; empty when nothing fits
   */
  List<Hit> lookup(Appeal appeal, int limit);

  /**
   * An entry found for an appeal.
   *
   * @param entry the entry
   * @param score how well it fits, 0 to 1
   * @param why what matched, for the explanation (keywords, similarity), without personal data
   */
  record Hit(KnowledgeEntry entry, double score, String why) {
    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the score is not 0 to 1
     */
    public Hit {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(why, "why");
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score: must be 0 to 1, was " + score);
      }
    }
  }
}
