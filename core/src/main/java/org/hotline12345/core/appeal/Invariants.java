package org.hotline12345.core.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.internal.Texts;

/**
 * The invariants of one value of this package, checked when it is built (see
 * {@link AppealLimits}): collects every broken rule, then refuses them all in one
 * {@link IllegalArgumentException} that names each field and rule and never quotes the text.
 */
final class Invariants {

  private final String type;
  private final List<String> broken = new ArrayList<>();

  private Invariants(String type) {
    this.type = type;
  }

  /**
   * Starts the checks of a value.
   *
   * @param type the value's type as the message names it, for example {@code Appeal}
   */
  static Invariants of(String type) {
    return new Invariants(type);
  }

  /** A stored text: well-formed UTF-16, at most {@code maxLength} code units. */
  Invariants text(String field, String text, int maxLength) {
    Texts.brokenRule(text, maxLength).ifPresent(rule -> broken.add(field + " " + rule));
    return this;
  }

  /** An optional stored text: when present, as {@link #text(String, String, int)}. */
  Invariants text(String field, Optional<String> text, int maxLength) {
    text.ifPresent(t -> text(field, t, maxLength));
    return this;
  }

  /** A text that is never valid blank, as {@link Texts#isBlank} counts blank. */
  Invariants notBlank(String field, String text) {
    if (Texts.isBlank(text)) {
      broken.add(field + " must not be blank");
    }
    return this;
  }

  /**
   * A key the store indexes (an area code): Unicode letters and digits and {@code . _ : -},
   * as {@link org.hotline12345.persistence.Keys#requireDirectoryKey} requires.
   */
  Invariants key(String field, String text) {
    if (broken.stream().anyMatch(b -> b.startsWith(field + " "))) {
      return this;
    }
    try {
      org.hotline12345.persistence.Keys.requireDirectoryKey(field, text);
    } catch (IllegalArgumentException e) {
      broken.add(e.getMessage());
    }
    return this;
  }

  /** At most {@code max} elements. */
  Invariants size(String field, int size, int max) {
    if (size > max) {
      broken.add(field + " has more than " + max + " elements");
    }
    return this;
  }

  /** Refuses the value if any rule is broken. */
  void check() {
    if (!broken.isEmpty()) {
      throw new IllegalArgumentException("invalid " + type + ": " + String.join("; ", broken));
    }
  }
}
