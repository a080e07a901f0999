package org.hotline12345.core.department;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.internal.Forest;

/**
 * The department directory (承办单位目录): every department that can handle cases, in a
 * hierarchy whose roots are the city level (municipal departments, districts, utilities) and
 * whose lower levels are streets and townships (街道/乡镇) and communities (社区/村).
 *
 * <p>A directory always holds a well-formed hierarchy: ids are unique, every parent is in the
 * directory, and no department is its own ancestor. Lists come in a stable order that does
 * not depend on the order departments were given in: parents before their children, siblings
 * by id.
 *
 * <p>Every query taking a {@link DepartmentId} throws {@link UnknownDepartmentException} for
 * an id the directory does not hold, except {@link #find} and {@link #contains}.
 *
 * <p>Directories load from a CSV file, read strictly as UTF-8, with the header
 * {@code id,kind,name,parent,active,calendar} and optionally a seventh column {@code aliases}
 * (other names, separated by {@code ;}); the column names are matched ignoring case, in any
 * order, each exactly once, and every record has as many fields as the header:
 * <pre>
 * id,kind,name,parent,active,calendar
 * nj,MUNICIPAL_DEPARTMENT,南京市人民政府,,true,cn-mainland
 * nj.gulou,DISTRICT,鼓楼区,nj,true,cn-mainland
 * nj.gulou.hunanlu,STREET,湖南路街道,nj.gulou,true,cn-mainland
 * </pre>
 * {@code kind} is a {@link DepartmentKind} name (any case), {@code parent} may be empty,
 * {@code active} is {@code true} or {@code false}; one department a line, blank lines and lines
 * starting with {@code #} skipped. Fields may be double-quoted (RFC 4180, {@code ""} for a quote
 * inside) and then hold commas; unquoted fields are stripped of surrounding spaces; control
 * characters (tabs included) are refused, and a line may hold at most 8,192 characters. A file
 * that breaks a rule fails with the SDK's one {@link FileFormatException} (文件格式错误), whose
 * message names the file, the line, the column when the problem is in one field, and the rule,
 * on one line: for the seventh line
 * {@code nj.xuanwu.xiaolingwei,STREET,孝陵卫街道,nj.xuanwu,true,cn-mainland},
 * {@code departments.csv:7:36: parent 'nj.xuanwu' of department 'nj.xuanwu.xiaolingwei' is not
 * in the file; every parent must be present}. Nothing of a file that fails is kept.
 *
 * <p>Immutable and thread-safe; {@link #with} returns a new directory.
 */
public final class DepartmentDirectory {

  private static final Comparator<DepartmentId> BY_ID = Comparator.comparing(DepartmentId::value);

  private final Map<DepartmentId, Department> byId;
  private final Forest<DepartmentId> forest;
  private final List<Department> all;

  private DepartmentDirectory(Map<DepartmentId, Department> byId, Forest<DepartmentId> forest) {
    this.byId = byId;
    this.forest = forest;
    this.all = departments(forest.preorder());
  }

  /**
   * A directory of the given departments.
   *
   * @param departments the departments, in any order; may be empty
   * @return the directory
   * @throws NullPointerException if departments or one of them is null
   * @throws IllegalArgumentException if two departments share an id, a parent is missing or a
   *     department is its own ancestor; the message names the department and the rule
   */
  public static DepartmentDirectory of(Collection<Department> departments) {
    Objects.requireNonNull(departments, "departments");
    List<Department> list = new ArrayList<>(departments.size());
    for (Department department : departments) {
      list.add(Objects.requireNonNull(department, "departments must not contain null"));
    }
    return of(list, Forest.inCode("department", "id", "directory"));
  }

  /**
   * A directory of the given departments.
   *
   * @param departments the departments, in any order
   * @return the directory
   * @see #of(Collection)
   */
  public static DepartmentDirectory of(Department... departments) {
    return of(List.of(departments));
  }

  static DepartmentDirectory of(List<Department> departments,
      Forest.Refusals<DepartmentId> refusals) {
    List<DepartmentId> ids = new ArrayList<>(departments.size());
    List<Optional<DepartmentId>> parents = new ArrayList<>(departments.size());
    for (Department department : departments) {
      ids.add(department.getId());
      parents.add(department.getParent());
    }
    Forest<DepartmentId> forest = Forest.of(ids, parents, BY_ID, refusals);
    Map<DepartmentId, Department> byId = new HashMap<>();
    for (Department department : departments) {
      byId.put(department.getId(), department);
    }
    return new DepartmentDirectory(byId, forest);
  }

  /**
   * Reads a directory from a CSV file, strictly as UTF-8 (see the class description for the
   * format). Errors name the file by its path.
   *
   * @param file the file
   * @return the directory
   * @throws NullPointerException if file is null
   * @throws FileFormatException if the file breaks the format, with file, line, column where the
   *     problem is in one field, and reason; a repeated id names both lines
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DepartmentDirectory readCsv(Path file) {
    Objects.requireNonNull(file, "file");
    return DirectoryCsv.read(DirectoryCsv.CSV.read(file), file.toString());
  }

  /**
   * Reads a directory from CSV text (see the class description for the format).
   *
   * @param text the text; not closed by this method
   * @param source the name used in error messages, for example the file name
   * @return the directory
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format, with source, line, column where
   *     the problem is in one field, and reason; a repeated id names both lines
   * @throws UncheckedIOException if the reader fails
   */
  public static DepartmentDirectory readCsv(Reader text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return DirectoryCsv.read(DirectoryCsv.CSV.read(text, source), source);
  }

  /**
   * The number of departments.
   *
   * @return the size, 0 or more
   */
  public int size() {
    return byId.size();
  }

  /**
   * Every department, parents before their children, siblings by id.
   *
   * @return the departments, unmodifiable
   */
  public List<Department> all() {
    return all;
  }

  /**
   * The departments without a parent: the city level.
   *
   * @return the roots by id, unmodifiable
   */
  public List<Department> roots() {
    return departments(forest.roots());
  }

  /**
   * The department with the given id, if the directory holds it.
   *
   * @param id the id
   * @return the department, or empty
   * @throws NullPointerException if id is null
   */
  public Optional<Department> find(DepartmentId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Whether the directory holds a department with the given id.
   *
   * @param id the id
   * @return true if it does
   * @throws NullPointerException if id is null
   */
  public boolean contains(DepartmentId id) {
    Objects.requireNonNull(id, "id");
    return byId.containsKey(id);
  }

  /**
   * The department with the given id.
   *
   * @param id the id
   * @return the department
   * @throws NullPointerException if id is null
   * @throws UnknownDepartmentException if the directory does not hold the id
   */
  public Department require(DepartmentId id) {
    Objects.requireNonNull(id, "id");
    Department department = byId.get(id);
    if (department == null) {
      throw new UnknownDepartmentException(id);
    }
    return department;
  }

  /**
   * The departments directly below the given one.
   *
   * @param id the parent's id
   * @return the children by id, unmodifiable; empty for a leaf
   * @throws NullPointerException if id is null
   * @throws UnknownDepartmentException if the directory does not hold the id
   */
  public List<Department> children(DepartmentId id) {
    require(id);
    return departments(forest.children(id));
  }

  /**
   * The departments above the given one, nearest first: for a street, its district, then the
   * city.
   *
   * @param id the department's id
   * @return the ancestors, unmodifiable; empty for a root
   * @throws NullPointerException if id is null
   * @throws UnknownDepartmentException if the directory does not hold the id
   */
  public List<Department> ancestors(DepartmentId id) {
    require(id);
    return departments(forest.ancestors(id));
  }

  /**
   * The depth of the department in the hierarchy: 0 for a root (the city level), 1 for the
   * level below (for example a district), and so on; always the size of
   * {@link #ancestors(DepartmentId)}.
   *
   * @param id the department's id
   * @return the level, 0 or more
   * @throws NullPointerException if id is null
   * @throws UnknownDepartmentException if the directory does not hold the id
   */
  public int level(DepartmentId id) {
    require(id);
    return forest.level(id);
  }

  /**
   * Every department below the given one, at any depth, parents before their children.
   *
   * @param id the department's id
   * @return the descendants, unmodifiable, not including the department itself
   * @throws NullPointerException if id is null
   * @throws UnknownDepartmentException if the directory does not hold the id
   */
  public List<Department> descendants(DepartmentId id) {
    require(id);
    return departments(forest.descendants(id));
  }

  /**
   * Whether the department can take cases: it is {@linkplain Department#isActive() active}
   * and so is every department above it. A street under a dissolved district is not active.
   *
   * @param id the department's id
   * @return true if the department and all its ancestors are active
   * @throws NullPointerException if id is null
   * @throws UnknownDepartmentException if the directory does not hold the id
   */
  public boolean isActive(DepartmentId id) {
    if (!require(id).isActive()) {
      return false;
    }
    for (DepartmentId above : forest.ancestors(id)) {
      if (!byId.get(above).isActive()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A directory with the given department added, or replacing the department of the same id.
   * This directory is unchanged.
   *
   * @param department the new or changed department
   * @return the new directory
   * @throws NullPointerException if department is null
   * @throws IllegalArgumentException if the result breaks a rule of {@link #of(Collection)}:
   *     the parent is missing, or the change makes a department its own ancestor
   */
  public DepartmentDirectory with(Department department) {
    Objects.requireNonNull(department, "department");
    List<Department> next = new ArrayList<>(all.size() + 1);
    boolean replaced = false;
    for (Department existing : all) {
      if (existing.getId().equals(department.getId())) {
        next.add(department);
        replaced = true;
      } else {
        next.add(existing);
      }
    }
    if (!replaced) {
      next.add(department);
    }
    return of(next);
  }

  private List<Department> departments(List<DepartmentId> ids) {
    List<Department> departments = new ArrayList<>(ids.size());
    for (DepartmentId id : ids) {
      departments.add(byId.get(id));
    }
    return List.copyOf(departments);
  }

  /**
   * Two directories are equal when they hold equal departments.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DepartmentDirectory that && byId.equals(that.byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  @Override
  public String toString() {
    return "DepartmentDirectory[" + byId.size() + " departments]";
  }
}
