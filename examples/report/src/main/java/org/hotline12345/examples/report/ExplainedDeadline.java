package org.hotline12345.examples.report;

/**
 * A deadline explained (期限说明): why a case's stage fell due when it did, in Chinese and in
 * English, as {@code StageDeadlineExplanation.toText} gives it. The texts must carry no personal
 * data: a host shows only cases whose pause and extension reasons it wrote itself.
 *
 * @param title what the example shows, for example {@code 国庆假期中登记}
 * @param caseNumber the case number
 * @param stage the stage's display name
 * @param chinese the paragraph in Chinese
 * @param english the paragraph in English
 */
public record ExplainedDeadline(String title, String caseNumber, String stage, String chinese, String english) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank
   */
  public ExplainedDeadline {
    Checks.text(title, "title");
    Checks.text(caseNumber, "caseNumber");
    Checks.text(stage, "stage");
    Checks.text(chinese, "chinese");
    Checks.text(english, "english");
  }
}
