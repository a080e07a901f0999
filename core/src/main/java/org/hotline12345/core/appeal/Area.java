package org.hotline12345.core.appeal;

import java.util.Objects;
import org.hotline12345.core.internal.Texts;

/**
 * An area of the administrative hierarchy (行政区划): a district, a street or town, a
 * community, or elsewhere a council district or neighbourhood council.
 *
 * @param code the area's code, for example the statistical division code {@code 320106} or
 *     {@code CD-5}: Unicode letters and digits and {@code . _ : -}, at most
 *     {@value AppealLimits#MAX_AREA_CODE_LENGTH} characters (the store indexes it)
 * @param name the area's name, for example {@code 鼓楼区}; not blank, at most
 *     {@value AppealLimits#MAX_AREA_NAME_LENGTH} characters
 */
public record Area(String code, String name) {

  /**
   * Checks the fields: neither blank (spaces and invisible characters alone are blank), both
   * well-formed UTF-16 and within their maximum length.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException naming every field that breaks a rule
   */
  public Area {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Invariants.of("Area")
        .notBlank("code", code).text("code", code, AppealLimits.MAX_AREA_CODE_LENGTH).key("code", code)
        .notBlank("name", name).text("name", name, AppealLimits.MAX_AREA_NAME_LENGTH)
        .check();
  }

  /** The code and the name, line breaks and control characters escaped. */
  @Override
  public String toString() {
    return "Area[" + Texts.forDisplay(code, 70) + " " + Texts.forDisplay(name, 110) + "]";
  }
}
