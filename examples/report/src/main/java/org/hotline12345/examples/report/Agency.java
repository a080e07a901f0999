package org.hotline12345.examples.report;


/**
 * A department or agency that handles cases (承办单位), as the report names it: an id and a
 * display name. Generic on purpose: a Nanjing street office and a Los Angeles bureau are both
 * one.
 *
 * @param id the id, as the scorecards and counts name it; not blank
 * @param name the display name; not blank
 */
public record Agency(String id, String name) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank
   */
  public Agency {
    Checks.text(id, "id");
    Checks.text(name, "name");
  }

  /**
   * An agency.
   *
   * @param id the id
   * @param name the display name
   * @return the agency
   */
  public static Agency of(String id, String name) {
    return new Agency(id, name);
  }
}
