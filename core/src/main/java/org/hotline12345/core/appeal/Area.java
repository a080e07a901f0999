package org.hotline12345.core.appeal;

import java.util.Objects;

/**
 * An area of the administrative hierarchy (行政区划): a district, a street or town, a
 * community, or elsewhere a council district or neighbourhood council.
 *
 * @param code the area's code, for example the statistical division code {@code 320106} or
 *     {@code CD-5}; non-blank
 * @param name the area's name, for example {@code 鼓楼区}; non-blank
 */
public record Area(String code, String name) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank
   */
  public Area {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.isBlank()) {
      throw new IllegalArgumentException("area code must not be blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("area name must not be blank");
    }
  }
}
