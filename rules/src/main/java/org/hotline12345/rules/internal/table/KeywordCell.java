package org.hotline12345.rules.internal.table;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A KEYWORDS cell: the text holds one of the keywords anywhere, or, negated, none of them.
 * Verification reasons over all possible texts: two positive cells can always meet (a text
 * holding one keyword of each).
 */
public final class KeywordCell implements Cell {

  private final boolean negated;
  private final Set<String> keywords;

  /**
   * A cell.
   *
   * @param negated whether the cell is {@code not(keywords)}
   * @param keywords the keywords, not blank
   */
  public KeywordCell(boolean negated, Collection<String> keywords) {
    this.negated = negated;
    this.keywords = Collections.unmodifiableSet(new LinkedHashSet<>(keywords));
  }

  /**
   * Whether the cell is {@code not(keywords())}.
   *
   * @return true if negated
   */
  public boolean negated() {
    return negated;
  }

  /**
   * The keywords.
   *
   * @return the keywords, in the order written
   */
  public Set<String> keywords() {
    return keywords;
  }

  @Override
  public boolean isAny() {
    return negated && keywords.isEmpty();
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public boolean matches(Object input) {
    String text = input.toString();
    for (String keyword : keywords) {
      if (text.contains(keyword)) {
        return !negated;
      }
    }
    return negated;
  }

  private boolean noneIn(String text) {
    return keywords.stream().noneMatch(text::contains);
  }

  @Override
  public Object common(Cell other, PathDomain unused) {
    KeywordCell o = (KeywordCell) other;
    if (!negated && !o.negated) {
      return keywords.iterator().next() + o.keywords.iterator().next();
    }
    if (negated && o.negated) {
      return "";
    }
    KeywordCell positive = negated ? o : this;
    KeywordCell negative = negated ? this : o;
    return positive.keywords.stream().filter(negative::noneIn).findFirst().orElse(null);
  }

  @Override
  public boolean covers(Cell other, PathDomain unused) {
    KeywordCell o = (KeywordCell) other;
    if (isAny()) {
      return true;
    }
    if (!negated && !o.negated) {
      return o.keywords.stream().allMatch(b -> keywords.stream().anyMatch(b::contains));
    }
    if (negated && o.negated) {
      return keywords.stream().allMatch(n -> o.keywords.stream().anyMatch(n::contains));
    }
    return false;
  }

  @Override
  public String toString() {
    return (negated ? "not" : "") + keywords;
  }
}
