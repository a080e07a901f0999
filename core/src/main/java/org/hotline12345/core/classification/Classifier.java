package org.hotline12345.core.classification;

import org.hotline12345.core.appeal.Appeal;

/** The classification port (分类): proposes categories for an appeal. Thread-safe. */
@FunctionalInterface
public interface Classifier {

  /**
   * Classifies an appeal.
   *
   * @param appeal the appeal, unmasked
   * @return the candidate categories, most likely first, with the explanation
   */
  Classification classify(Appeal appeal);
}
