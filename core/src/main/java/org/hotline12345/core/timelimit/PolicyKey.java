package org.hotline12345.core.timelimit;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;

/**
 * What a time-limit policy looks at: the appeal's type, its category with the category's
 * ancestors, and its urgency.
 *
 * @param type the appeal type
 * @param categoryPath the category and then its ancestors, nearest first; empty while
 *     unclassified
 * @param urgency the urgency
 */
public record PolicyKey(AppealType type, List<CategoryCode> categoryPath, Urgency urgency) {

  /**
   * Checks the fields and copies the path.
   *
   * @throws NullPointerException if a field is null
   */
  public PolicyKey {
    Objects.requireNonNull(type, "type");
    categoryPath = List.copyOf(Objects.requireNonNull(categoryPath, "categoryPath"));
    Objects.requireNonNull(urgency, "urgency");
  }

  /**
   * A key without category.
   *
   * @param type the appeal type
   * @param urgency the urgency
   * @return the key
   */
  public static PolicyKey of(AppealType type, Urgency urgency) {
    return new PolicyKey(type, List.of(), urgency);
  }
}
