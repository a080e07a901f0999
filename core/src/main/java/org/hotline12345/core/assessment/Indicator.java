package org.hotline12345.core.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator (考核指标) counted for each department and period: a rate of cases, each case
 * counted once per department it had (the department's parts in the case taken together), as
 * lead (主办) with weight 1 or as assisting (协办) with the scheme's {@linkplain
 * AssessmentScheme#assistingWeight() assisting weight}.
 *
 * <p>A closed case counts for every indicator; an open case only against the fair {@link
 * #ON_TIME} rate, while its resolution is overdue: everything else about it counts in the period
 * it closes. How each indicator judges a department's part is in {@code docs/assessment.md}.
 */
public enum Indicator {
  /**
   * Signed for in time (签收及时率): the department signed for the case within the sign-for
   * limit, or returned it after asking within the return window (a timely answer to the
   * dispatch; a return the platform denied is no answer).
   */
  SIGN_FOR_ON_TIME("签收及时率", true),
  /** Citizen contacted in time (联系及时率): the lead's first contact within its limit. */
  CONTACT_ON_TIME("联系及时率", true),
  /**
   * Response (响应率): signed for (or returned) in time and, where the lead had to, contacted the
   * citizen in time.
   */
  RESPONSE("响应率", true),
  /**
   * On-time resolution, counted fairly (按时办结率): resolved on time / (resolved + still
   * unresolved and already overdue), so that leaving a late case open gains nothing.
   */
  ON_TIME("按时办结率", true),
  /**
   * On-time resolution as naive counts have it: resolved on time / resolved, blind to open
   * overdue cases. Shown beside {@link #ON_TIME} to make the difference visible; never above
   * it is the fair one.
   */
  ON_TIME_NAIVE("按时办结率（仅计已办结）", true),
  /** Resolution (解决率): the last callback (回访) that reached the citizen says resolved. */
  RESOLUTION("解决率", true),
  /**
   * Satisfaction (满意率): the last callback that reached the citizen, satisfied and basically
   * satisfied weighted as the scheme says.
   */
  SATISFACTION("满意率", true),
  /** Returns (退单率): cases the department returned, of those it got as lead. */
  RETURN_RATE("退单率", false),
  /**
   * Wrong returns (错误退单率): a return the platform denied, or a returned case that came back to
   * the same department; of the cases it got as lead.
   */
  WRONG_RETURN_RATE("错误退单率", false),
  /** Extensions (延期率): cases the lead handled with at least one extension granted. */
  EXTENSION_RATE("延期率", false),
  /** Reopens (重办率): cases handled and then reopened (重办) after the citizen's callback. */
  REOPEN_RATE("重办率", false),
  /**
   * Knowledge-base upkeep (知识库维护率): the department's knowledge entries not due for review,
   * of those it owns; given to the assessment, not counted from cases.
   */
  KNOWLEDGE_UPKEEP("知识库维护率", true);

  private final String chinese;
  private final boolean higherIsBetter;

  Indicator(String chinese, boolean higherIsBetter) {
    this.chinese = chinese;
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 响应率}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Whether a higher rate is better: true for the rates of things done well, false for returns,
   * wrong returns, extensions and reopens.
   *
   * @return true if higher is better
   */
  public boolean isHigherBetter() {
    return higherIsBetter;
  }

  /**
   * Whether the indicator is counted from cases: all but {@link #KNOWLEDGE_UPKEEP}.
   *
   * @return true if counted from cases
   */
  public boolean isCountedFromCases() {
    return this != KNOWLEDGE_UPKEEP;
  }

  /**
   * The indicator of a name: its constant's name in any case ({@code response}) or its Chinese
   * name ({@code 响应率}), spaces around ignored.
   *
   * @param name the name
   * @return the indicator, or empty if none has that name
   * @throws NullPointerException if name is null
   */
  public static Optional<Indicator> named(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip();
    for (Indicator indicator : values()) {
      if (indicator.name().equals(key.toUpperCase(Locale.ROOT)) || indicator.chinese.equals(key)) {
        return Optional.of(indicator);
      }
    }
    return Optional.empty();
  }
}
