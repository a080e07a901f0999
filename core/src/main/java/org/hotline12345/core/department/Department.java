package org.hotline12345.core.department;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * A department (承办单位): a unit that handles cases dispatched to it (派单), such as a municipal
 * bureau, a district, a street office or a public utility, with its place in the hierarchy of
 * a {@link DepartmentDirectory}.
 *
 * <p>Immutable and thread-safe. A department holds no personal data: its contact people and
 * their phone numbers belong elsewhere.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * Department hunanlu = Department.builder()
 *     .id(DepartmentId.of("nj.gulou.hunanlu"))
 *     .name("湖南路街道")
 *     .kind(DepartmentKind.STREET)
 *     .parent(DepartmentId.of("nj.gulou"))
 *     .calendarId("cn-mainland")
 *     .addAliases("湖南路街道办事处")
 *     .build();
 * Department dissolved = Department.builder().from(hunanlu).active(false).build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it.
 * <ul>
 *   <li>{@code id(DepartmentId)}, <b>required</b>;</li>
 *   <li>{@code name(String)}, <b>required</b>;</li>
 *   <li>{@code kind(DepartmentKind)}, <b>required</b>;</li>
 *   <li>{@code calendarId(String)}, <b>required</b>: the id of its working calendar;</li>
 *   <li>{@code parent(DepartmentId)}, {@code parent(Optional)}: none for the city level;</li>
 *   <li>{@code active(boolean)}: true if not called;</li>
 *   <li>{@code addAliases(String...)}, {@code addAllAliases(Iterable)},
 *       {@code aliases(Iterable)};</li>
 *   <li>{@code from(Department)}: every field of an existing department, for a copy with some
 *       fields changed.</li>
 * </ul>
 */
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
@Value.Immutable
public abstract class Department {

  Department() {}

  /**
   * A new builder. Id, name, kind and calendar id are required; parent and aliases are
   * optional; a department is active unless set otherwise.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Department}; {@code build()} checks the invariants listed on each field. Its
   * methods are listed under "Building one" in the description of {@link Department}.
   */
  public static class Builder extends ImmutableDepartment.Builder {
    /** Creates an empty builder; prefer {@link Department#builder()}. */
    public Builder() {}
  }

  /**
   * The department's identifier, unique within a directory.
   *
   * @return the id, never null
   */
  public abstract DepartmentId getId();

  /**
   * The official name, for example {@code 南京市交通运输局}.
   *
   * @return the name, never blank
   */
  public abstract String getName();

  /**
   * Where the department sits in the administration.
   *
   * @return the kind, never null
   */
  public abstract DepartmentKind getKind();

  /**
   * The department above this one (上级单位), through which cases usually reach it; empty for
   * a root of the directory (the city level).
   *
   * @return the parent's id, never the department's own id
   */
  public abstract Optional<DepartmentId> getParent();

  /**
   * Whether the department currently takes cases. An inactive department (merged or
   * dissolved) stays in the directory so that its old cases still resolve.
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean isActive() {
    return true;
  }

  /**
   * The {@linkplain org.hotline12345.calendar.WorkingCalendar#id() id of the working calendar}
   * (工作日历) the department's deadlines are counted in, for example {@code cn-mainland}.
   *
   * @return the calendar id, never blank
   */
  public abstract String getCalendarId();

  /**
   * Other names citizens and clerks use for the department (别名), for example
   * {@code 市交通局} for {@code 南京市交通运输局}; used to route appeals that name it.
   *
   * @return the aliases, unmodifiable, none blank, no duplicates; may be empty
   */
  public abstract List<String> getAliases();

  /** The longest name or alias of a department. */
  public static final int MAX_NAME_LENGTH = 200;

  @Value.Check
  void check() {
    if (Texts.isBlank(getName())) {
      throw new IllegalArgumentException(
          "name must not be blank (department '" + getId() + "')");
    }
    if (getName().length() > MAX_NAME_LENGTH || !Texts.isWellFormed(getName())) {
      throw new IllegalArgumentException("name must be well-formed and at most " + MAX_NAME_LENGTH
          + " characters (department '" + getId() + "')");
    }
    for (String alias : getAliases()) {
      if (alias.length() > MAX_NAME_LENGTH || !Texts.isWellFormed(alias)) {
        throw new IllegalArgumentException("aliases must be well-formed and at most " + MAX_NAME_LENGTH
            + " characters each (department '" + getId() + "')");
      }
    }
    if (Texts.isBlank(getCalendarId())) {
      throw new IllegalArgumentException(
          "calendarId must not be blank (department '" + getId() + "')");
    }
    if (getParent().filter(getId()::equals).isPresent()) {
      throw new IllegalArgumentException(
          "parent must not be the department itself (department '" + getId() + "')");
    }
    Set<String> seen = new HashSet<>();
    for (String alias : getAliases()) {
      if (Texts.isBlank(alias)) {
        throw new IllegalArgumentException(
            "aliases must not contain a blank name (department '" + getId() + "')");
      }
      if (!seen.add(alias)) {
        throw new IllegalArgumentException(
            "aliases must not repeat a name: " + Texts.quote(alias) + " appears twice (department '"
                + getId() + "')");
      }
    }
  }
}
