package org.hotline12345.core.appeal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import org.hotline12345.core.internal.Texts;

/**
 * How registration checks that an appeal has its essential elements (诉求要素). The
 * constraints are the Jakarta Validation annotations on {@link Appeal} and its parts; the
 * host brings the validator (Hibernate Validator or any other), so the library forces none.
 * {@link AppealLimits} lists the rules; those a stored appeal can never break are enforced when
 * it is built, whatever the check.
 */
@FunctionalInterface
public interface AppealCheck {

  /**
   * The violations of an appeal, each as {@code property: rule}, sorted; never the values.
   *
   * @param appeal the appeal
   * @return the violations, empty when the appeal is complete
   */
  List<String> violations(Appeal appeal);

  /**
   * The check by a Jakarta Validation validator. "Today", for the birth date in an ID number,
   * is the validator's {@link jakarta.validation.ClockProvider}'s. Each violation is
   * {@code property: rule} with line breaks and control characters escaped.
   *
   * @param validator the host's validator
   * @return the check
   */
  static AppealCheck jakarta(Validator validator) {
    Objects.requireNonNull(validator, "validator");
    return appeal -> validator.validate(appeal).stream()
        .map(AppealCheck::describe)
        .sorted()
        .toList();
  }

  /**
   * No check beyond what the builder enforces: for hosts that validate before they call.
   *
   * @return the check
   */
  static AppealCheck none() {
    return appeal -> List.of();
  }

  private static String describe(ConstraintViolation<Appeal> violation) {
    String path = violation.getPropertyPath().toString();
    return Texts.forDisplay(path.isEmpty() ? "appeal" : path, 200) + ": " + Texts.forDisplay(violation.getMessage(), 300);
  }
}
