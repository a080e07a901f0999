package org.hotline12345.core.casefile;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;

/**
 * Who does a step: an identifier (a staff number or a system's name, never a citizen's
 * personal data), a {@link Role}, and a department. A department handler (承办人) always
 * belongs to one department; platform staff may belong to one (the staff of a district's
 * sub-centre, 分中心, belong to that district), which matters for the rule that no one approves
 * or reviews their own department's request; the system and the citizen belong to none.
 *
 * <p>What each role may do is decided by the lifecycle's {@link Permissions}.
 *
 * @param id the identifier: 1 to 64 characters, no control characters, not blank
 * @param role the role
 * @param department the handler's department, or a platform actor's unit; empty for the
 *     system and the citizen
 */
public record Actor(String id, Role role, Optional<DepartmentId> department) {

  /** The longest actor id. */
  public static final int MAX_ID_LENGTH = 64;

  /** The roles in a hotline, with the 12345 vocabulary. */
  public enum Role {
    /** A call-centre agent (话务员): registers, accepts, calls back. */
    AGENT(true),
    /** A dispatcher (派单员) of the platform: dispatches, approves returns and extensions. */
    DISPATCHER(true),
    /** A department handler (承办人): staff of the department the case is assigned to. */
    HANDLER(false),
    /** A platform supervisor (督办): supervises, approves, reviews. */
    SUPERVISOR(true),
    /** The platform itself: automatic triage and dispatch, sweeps, imports. */
    SYSTEM(true),
    /** The citizen (诉求人) who holds the case's inquiry code (查询码). */
    CITIZEN(false);

    private final boolean platform;

    Role(boolean platform) {
      this.platform = platform;
    }

    /**
     * Whether the role is the platform's own (agent, dispatcher, supervisor, system).
     *
     * @return true for the platform's roles
     */
    public boolean isPlatform() {
      return platform;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null, naming it
   * @throws IllegalArgumentException if the id is blank, too long or holds control
   *     characters; a handler has no department; or the system or the citizen has one
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(department, "department");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.codePoints().anyMatch(Actor::isForbidden)) {
      throw new IllegalArgumentException("actor id: must be 1 to " + MAX_ID_LENGTH
          + " characters, not blank, without control characters or unpaired surrogates");
    }
    if (role == Role.HANDLER && department.isEmpty()) {
      throw new IllegalArgumentException("actor department: a HANDLER belongs to a department");
    }
    if ((role == Role.SYSTEM || role == Role.CITIZEN) && department.isPresent()) {
      throw new IllegalArgumentException("actor department: the " + role + " belongs to no department");
    }
  }

  private static boolean isForbidden(int codePoint) {
    return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE
        || Character.getType(codePoint) == Character.FORMAT;
  }

  /**
   * A call-centre agent (话务员).
   *
   * @param id the staff identifier
   * @return the actor
   */
  public static Actor agent(String id) {
    return new Actor(id, Role.AGENT, Optional.empty());
  }

  /**
   * A dispatcher (派单员).
   *
   * @param id the staff identifier
   * @return the actor
   */
  public static Actor dispatcher(String id) {
    return new Actor(id, Role.DISPATCHER, Optional.empty());
  }

  /**
   * A department handler (承办人).
   *
   * @param id the staff identifier
   * @param department the department
   * @return the actor
   * @throws NullPointerException if an argument is null
   */
  public static Actor handler(String id, DepartmentId department) {
    return new Actor(id, Role.HANDLER, Optional.of(Objects.requireNonNull(department, "department")));
  }

  /**
   * A platform supervisor (督办).
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

  /**
   * The citizen who holds the case's inquiry code (查询码).
   *
   * @return the actor
   */
  public static Actor citizen() {
    return new Actor("citizen", Role.CITIZEN, Optional.empty());
  }

  /**
   * This platform actor as staff of a department, for example a dispatcher of a district's
   * sub-centre (分中心).
   *
   * @param unit the department the actor belongs to
   * @return the actor
   * @throws NullPointerException if unit is null
   * @throws IllegalArgumentException if the role is the system's or the citizen's
   */
  public Actor ofUnit(DepartmentId unit) {
    return new Actor(id, role, Optional.of(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Whether the actor belongs to the department.
   *
   * @param other a department
   * @return true if the actor's department is that one
   */
  public boolean belongsTo(DepartmentId other) {
    return department.filter(d -> d.equals(other)).isPresent();
  }
}
