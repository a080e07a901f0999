package org.hotline12345.core.casefile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.core.casefile.Actor.Role;

/**
 * Which role may run which step (权限表), enforced by the {@link CaseLifecycle} for every
 * command: a step by a role the table does not name is refused with
 * {@link RuleName#ROLE_NOT_PERMITTED}. Immutable.
 *
 * <p>{@link #seeds()} is the practice of the seeds: the platform accepts, refers, answers,
 * merges, dispatches, approves or denies returns and extensions, reviews replies, calls back,
 * reopens, closes and supervises (the escalation ladder's steps: supervisors and the
 * system), and its supervisors or the system erase a closed case's personal data and import
 * history (历史导入); only the assigned department's handlers sign for, return,
 * contact, request extensions, pause the clock and reply. A host tightens it with
 * {@link #without} and may move a platform step between platform roles with {@link #with};
 * a step is never given to a role of the other side (see {@link CommandKind#side()}).
 *
 * <p>Beyond the table, the lifecycle always checks that a handler acts for a department the
 * case is assigned to, and that no one approves or reviews a request of their own
 * department ({@link RuleName#OWN_DEPARTMENT_REQUEST}).
 */
public final class Permissions {

  private static final Permissions SEEDS = seedTable();

  private final Map<CommandKind, Set<Role>> table;

  private Permissions(Map<CommandKind, Set<Role>> table) {
    EnumMap<CommandKind, Set<Role>> copy = new EnumMap<>(CommandKind.class);
    for (CommandKind kind : CommandKind.values()) {
      Set<Role> roles = table.get(kind);
      copy.put(kind, Collections.unmodifiableSet(roles == null || roles.isEmpty()
          ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
    }
    this.table = Collections.unmodifiableMap(copy);
  }

  private static Permissions seedTable() {
    Map<CommandKind, Set<Role>> t = new EnumMap<>(CommandKind.class);
    Set<Role> intake = EnumSet.of(Role.AGENT, Role.SYSTEM);
    Set<Role> triage = EnumSet.of(Role.AGENT, Role.DISPATCHER, Role.SYSTEM);
    Set<Role> approvers = EnumSet.of(Role.DISPATCHER, Role.SUPERVISOR);
    t.put(CommandKind.REGISTER, intake);
    t.put(CommandKind.ACCEPT, triage);
    t.put(CommandKind.NOT_ACCEPT, triage);
    t.put(CommandKind.REFER_TO_EMERGENCY, triage);
    t.put(CommandKind.ANSWER_DIRECTLY, triage);
    t.put(CommandKind.MERGE, triage);
    t.put(CommandKind.CLASSIFY, triage);
    t.put(CommandKind.DISPATCH, EnumSet.of(Role.DISPATCHER, Role.SYSTEM));
    t.put(CommandKind.APPROVE_RETURN, approvers);
    t.put(CommandKind.DENY_RETURN, approvers);
    t.put(CommandKind.APPROVE_EXTENSION, approvers);
    t.put(CommandKind.DENY_EXTENSION, approvers);
    t.put(CommandKind.REVIEW_REPLY, approvers);
    t.put(CommandKind.CALL_BACK, EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SYSTEM));
    t.put(CommandKind.REOPEN, EnumSet.of(Role.AGENT, Role.DISPATCHER, Role.SUPERVISOR));
    t.put(CommandKind.CLOSE, EnumSet.of(Role.AGENT, Role.DISPATCHER, Role.SUPERVISOR, Role.SYSTEM));
    t.put(CommandKind.SUPERVISE, EnumSet.of(Role.SUPERVISOR, Role.SYSTEM));
    t.put(CommandKind.TAKE_SUPERVISION_STEP, EnumSet.of(Role.SUPERVISOR, Role.SYSTEM));
    t.put(CommandKind.ERASE_PERSONAL_DATA, EnumSet.of(Role.SUPERVISOR, Role.SYSTEM));
    t.put(CommandKind.IMPORT, EnumSet.of(Role.SUPERVISOR, Role.SYSTEM));
    for (CommandKind kind : EnumSet.of(CommandKind.SIGN_FOR, CommandKind.RETURN, CommandKind.RECORD_CONTACT,
        CommandKind.REQUEST_EXTENSION, CommandKind.PAUSE_CLOCK, CommandKind.REPLY)) {
      t.put(kind, EnumSet.of(Role.HANDLER));
    }
    t.put(CommandKind.RESUME_CLOCK, EnumSet.of(Role.HANDLER, Role.SUPERVISOR));
    return new Permissions(t);
  }

  /**
   * The seeds' practice; see the class comment for the table.
   *
   * @return the default table
   */
  public static Permissions seeds() {
    return SEEDS;
  }

  /**
   * Whether the role may run the kind of step.
   *
   * @param role the role
   * @param kind the kind of step
   * @return true if permitted
   * @throws NullPointerException if an argument is null
   */
  public boolean permits(Role role, CommandKind kind) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    return table.get(kind).contains(role);
  }

  /**
   * The roles that may run a kind of step.
   *
   * @param kind the kind
   * @return the roles, unmodifiable
   * @throws NullPointerException if kind is null
   */
  public Set<Role> rolesFor(CommandKind kind) {
    return table.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * This table with a role no longer allowed a kind of step (tightening).
   *
   * @param role the role
   * @param kind the kind
   * @return the new table
   * @throws NullPointerException if an argument is null
   */
  public Permissions without(Role role, CommandKind kind) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    Map<CommandKind, Set<Role>> t = mutableCopy();
    t.get(kind).remove(role);
    return new Permissions(t);
  }

  /**
   * This table with a role also allowed a kind of step of its own side, for example agents
   * who dispatch (一键派单) in a small city.
   *
   * @param role the role
   * @param kind the kind
   * @return the new table
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the kind is of the other side (a department's staff
   *     approving, the platform signing for a department)
   */
  public Permissions with(Role role, CommandKind kind) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    if (!kind.isGrantableTo(role)) {
      throw new IllegalArgumentException("permissions: " + kind + " is a step of the " + kind.side()
          + " side and cannot be given to " + role);
    }
    Map<CommandKind, Set<Role>> t = mutableCopy();
    t.get(kind).add(role);
    return new Permissions(t);
  }

  private Map<CommandKind, Set<Role>> mutableCopy() {
    Map<CommandKind, Set<Role>> t = new EnumMap<>(CommandKind.class);
    table.forEach((k, v) -> t.put(k, v.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(v)));
    return t;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Permissions that && table.equals(that.table);
  }

  @Override
  public int hashCode() {
    return table.hashCode();
  }

  @Override
  public String toString() {
    return "Permissions" + table;
  }
}
