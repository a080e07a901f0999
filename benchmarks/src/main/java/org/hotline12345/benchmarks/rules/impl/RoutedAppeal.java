package org.hotline12345.benchmarks.rules.impl;

/**
 * The fact that the production-rule engines (Drools, Evrete) match: an appeal's category and
 * area, and the lead department the first firing rule sets. Public with JavaBeans getters,
 * because the engines read its fields through them from generated or reflective code.
 *
 * <p>FIRST is kept by the rules' salience (the first row highest) together with
 * {@link #decide(String)}, which keeps the first department set and ignores later ones.
 */
public final class RoutedAppeal {

  private final String category;
  private final String area;
  private String lead;

  /**
   * Creates the fact of an appeal not yet routed.
   *
   * @param category the appeal's category code
   * @param area the appeal's area code
   */
  public RoutedAppeal(String category, String area) {
    this.category = category;
    this.area = area;
  }

  /**
   * The appeal's category code.
   *
   * @return the code
   */
  public String getCategory() {
    return category;
  }

  /**
   * The appeal's area code.
   *
   * @return the code
   */
  public String getArea() {
    return area;
  }

  /**
   * The lead department the first firing rule set.
   *
   * @return the department id, or null when no rule fired
   */
  public String getLead() {
    return lead;
  }

  /**
   * Sets the lead department, unless a rule fired before.
   *
   * @param department the department id the firing rule gives
   */
  public void decide(String department) {
    if (lead == null) {
      lead = department;
    }
  }
}
