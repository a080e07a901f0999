package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;

/**
 * Who did a step: a staff member's or a system's identifier (not a citizen's personal data),
 * their role, and for department staff, their department.
 *
 * @param id the identifier, for example a staff number; non-blank
 * @param role the role
 * @param department the department of a {@link Role#DEPARTMENT} actor, empty for the others
 */
public record Actor(String id, Role role, Optional<DepartmentId> department) {

  /** The roles in a hotline. */
  public enum Role {
    /** A hotline agent (话务员) who registers and accepts appeals. */
    AGENT,
    /** A human dispatcher (派单员). */
    DISPATCHER,
    /** Staff of a handling department (承办单位). */
    DEPARTMENT,
    /** A supervisor (督办人员) of the platform. */
    SUPERVISOR,
    /** The platform itself: automatic dispatch, sweeps. */
    SYSTEM
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is blank, or a department actor has no
   *     department, or another actor has one
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(department, "department");
    if (id.isBlank()) {
      throw new IllegalArgumentException("actor id must not be blank");
    }
    if ((role == Role.DEPARTMENT) != department.isPresent()) {
      throw new IllegalArgumentException("actor department must be given exactly for the DEPARTMENT role");
    }
  }

  /**
   * A hotline agent.
   *
   * @param id the staff identifier
   * @return the actor
   */
  public static Actor agent(String id) {
    return new Actor(id, Role.AGENT, Optional.empty());
  }

  /**
   * A human dispatcher.
   *
   * @param id the staff identifier
   * @return the actor
   */
  public static Actor dispatcher(String id) {
    return new Actor(id, Role.DISPATCHER, Optional.empty());
  }

  /**
   * A member of a department's staff.
   *
   * @param id the staff identifier
   * @param department the department
   * @return the actor
   */
  public static Actor ofDepartment(String id, DepartmentId department) {
    return new Actor(id, Role.DEPARTMENT, Optional.of(Objects.requireNonNull(department, "department")));
  }

  /**
   * A supervisor.
   *
   * @param id the staff identifier
   * @return the actor
   */
  public static Actor supervisor(String id) {
    return new Actor(id, Role.SUPERVISOR, Optional.empty());
  }

  /**
   * The platform itself.
   *
   * @return the actor
   */
  public static Actor system() {
    return new Actor("system", Role.SYSTEM, Optional.empty());
  }
}
