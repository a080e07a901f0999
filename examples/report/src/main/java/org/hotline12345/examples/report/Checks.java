package org.hotline12345.examples.report;

import java.util.List;
import java.util.Objects;

/** Argument checks of the report's inputs, each naming the field. */
final class Checks {

  private Checks() {}

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return value;
  }

  static long count(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + ": must not be negative, was " + value);
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String field) {
    Objects.requireNonNull(values, field);
    for (int i = 0; i < values.size(); i++) {
      Objects.requireNonNull(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }
}
