package org.hotline12345.rules.table;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What verification found in a decision table (校验): errors, which stop a load and refuse a
 * swap, and warnings, which a dispatch office should read. Immutable.
 */
public final class Verification {

  private final List<Finding> findings;
  private final long gapCount;
  private final List<Map<String, String>> gapExamples;

  /**
   * A verification's result.
   *
   * @param findings the findings, in the order found
   * @param gapCount the number of combinations of enumerated inputs no row covers
   * @param gapExamples some of them, each as column name to value
   * @throws NullPointerException if a list or an element is null
   */
  public Verification(List<Finding> findings, long gapCount,
      List<Map<String, String>> gapExamples) {
    this.findings = List.copyOf(findings);
    this.gapCount = gapCount;
    this.gapExamples = gapExamples.stream().map(Map::copyOf).toList();
  }

  /**
   * Every finding, in the order found.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings that stop a load.
   *
   * @return the errors, unmodifiable
   */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
  }

  /**
   * The findings to read.
   *
   * @return the warnings, unmodifiable
   */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
  }

  /**
   * The findings of one kind.
   *
   * @param kind the kind
   * @return the findings, unmodifiable
   * @throws NullPointerException if kind is null
   */
  public List<Finding> of(Finding.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * Whether there is no error.
   *
   * @return true if the table may go live
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * The number of combinations of the enumerated columns' values (TEXT columns with allowed
   * values, BOOLEAN columns) that no row covers, whatever the other columns hold.
   *
   * @return the count; 0 without enumerated columns
   */
  public long gapCount() {
    return gapCount;
  }

  /**
   * Up to 20 of those combinations.
   *
   * @return each as column name to value, unmodifiable
   */
  public List<Map<String, String>> gapExamples() {
    return gapExamples;
  }

  /**
   * The counts.
   *
   * @return for example {@code Verification[0 errors, 2 warnings]}
   */
  @Override
  public String toString() {
    return "Verification[" + errors().size() + " errors, " + warnings().size() + " warnings]";
  }
}
