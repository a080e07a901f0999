package org.hotline12345.rules.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.internal.catalogue.AreaPaths;

/**
 * One case of the past as the catalogue miner counts it (历史派单): its category, where it
 * was, and the department that really handled it (实际承办单位), the one that kept it, not one
 * that returned it.
 *
 * <pre>{@code
 * PastAssignment handled = PastAssignment.of(
 *         CategoryCode.of("bulky-items"), List.of("CD13", "CD13.NC44"), DepartmentId.of("EV"))
 *     .withLevel(2)
 *     .withAssignedAt(Instant.parse("2017-12-28T17:04:00Z"));
 * }</pre>
 *
 * @param category the category of the case
 * @param areaPath the codes of the areas where the case was, most general first (for example
 *     {@code [320100, 320106, 320106001]}: city, district, street); may be empty; each code once
 * @param department the department that handled the case
 * @param level the level of the hierarchy at which it was handled (0 = the top, for example the
 *     city; 1 the district...), if known
 * @param assignedAt when the case was assigned, if known: the most recent assignment breaks a
 *     tie between departments
 */
public record PastAssignment(CategoryCode category, List<String> areaPath, DepartmentId department,
    OptionalInt level, Optional<Instant> assignedAt) {

  /**
   * Checks and copies the fields.
   *
   * @param category the category of the case
   * @param areaPath the area codes, most general first
   * @param department the department that handled it
   * @param level the level at which it was handled, if known
   * @param assignedAt when it was assigned, if known
   * @throws NullPointerException if a field or an area code is null, naming it
   * @throws IllegalArgumentException if an area code is not an area code (1 to 64 Unicode
   *     letters, digits and {@code . _ : -}) or appears twice, or the level is negative, naming
   *     the field
   */
  public PastAssignment {
    Objects.requireNonNull(category, "category");
    areaPath = AreaPaths.require(areaPath, "areaPath");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(assignedAt, "assignedAt");
    if (level.isPresent() && level.getAsInt() < 0) {
      throw new IllegalArgumentException("level must be 0 or more, was " + level.getAsInt());
    }
  }

  /**
   * A past assignment without level or time.
   *
   * @param category the category of the case
   * @param areaPath the area codes, most general first
   * @param department the department that handled it
   * @return the assignment
   * @throws NullPointerException if an argument or an area code is null
   * @throws IllegalArgumentException if an area code is malformed or appears twice
   */
  public static PastAssignment of(CategoryCode category, List<String> areaPath,
      DepartmentId department) {
    return new PastAssignment(category, areaPath, department, OptionalInt.empty(), Optional.empty());
  }

  /**
   * This assignment with the level at which it was handled.
   *
   * @param level 0 (the top of the hierarchy) or more
   * @return the new assignment
   * @throws IllegalArgumentException if the level is negative
   */
  public PastAssignment withLevel(int level) {
    return new PastAssignment(category, areaPath, department, OptionalInt.of(level), assignedAt);
  }

  /**
   * This assignment with the instant it was assigned.
   *
   * @param at the instant
   * @return the new assignment
   * @throws NullPointerException if at is null
   */
  public PastAssignment withAssignedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return new PastAssignment(category, areaPath, department, level, Optional.of(at));
  }
}
