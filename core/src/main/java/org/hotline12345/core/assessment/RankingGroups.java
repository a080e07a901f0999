package org.hotline12345.core.assessment;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.internal.Texts;

/**
 * The groups departments are ranked within (分类排名): a district is ranked among districts, a
 * street among streets, as Beijing ranks four kinds of unit apart. By {@linkplain #byKind kind}
 * from the directory, or a host's own grouping in code or a file.
 *
 * <p>Immutable and thread-safe.
 */
public final class RankingGroups {

  /** The longest group name. */
  public static final int MAX_NAME_LENGTH = 64;

  private static final CsvReader CSV = CsvReader.withColumns(List.of("department", "group"), List.of());

  private final Function<DepartmentId, String> grouping;
  private final String description;

  private RankingGroups(Function<DepartmentId, String> grouping, String description) {
    this.grouping = grouping;
    this.description = description;
  }

  /**
   * Groups by the department's kind: districts (区县), municipal departments (市直部门), streets
   * and townships (街道乡镇), public enterprises (公共服务企业: public utilities and enterprises with
   * public duties), communities (社区村), and the rest (其他), where a department not in the
   * directory goes too.
   *
   * @param directory the directory
   * @return the groups
   * @throws NullPointerException if directory is null
   */
  public static RankingGroups byKind(DepartmentDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    return new RankingGroups(id -> directory.find(id).map(d -> groupOf(d.getKind())).orElse("其他"), "by kind");
  }

  /**
   * The group name a kind of department is ranked in by {@link #byKind}.
   *
   * @param kind the kind
   * @return the group name, for example {@code 区县}
   * @throws NullPointerException if kind is null
   */
  public static String groupOf(DepartmentKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case DISTRICT -> "区县";
      case MUNICIPAL_DEPARTMENT -> "市直部门";
      case STREET -> "街道乡镇";
      case PUBLIC_UTILITY, ENTERPRISE -> "公共服务企业";
      case COMMUNITY -> "社区村";
      case OTHER -> "其他";
    };
  }

  /**
   * One group for every department: a single ranking.
   *
   * @param name the group's name
   * @return the groups
   * @throws NullPointerException if name is null
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static RankingGroups single(String name) {
    Objects.requireNonNull(name, "name");
    Texts.requireText("name", name, MAX_NAME_LENGTH);
    return new RankingGroups(id -> name, "single");
  }

  /**
   * A host's own grouping.
   *
   * @param groups each department's group name
   * @param otherwise the group of a department not in the map
   * @return the groups
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a group name is blank or too long
   */
  public static RankingGroups of(Map<DepartmentId, String> groups, String otherwise) {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(otherwise, "otherwise");
    Map<DepartmentId, String> copy = Map.copyOf(groups);
    copy.values().forEach(name -> Texts.requireText("group", name, MAX_NAME_LENGTH));
    Texts.requireText("otherwise", otherwise, MAX_NAME_LENGTH);
    return new RankingGroups(id -> copy.getOrDefault(id, otherwise), copy.size() + " department(s) grouped");
  }

  /**
   * Reads a host's grouping from a CSV file with the header {@code department,group}.
   *
   * @param file the file
   * @param otherwise the group of a department the file does not name
   * @return the groups
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException naming the line and column of a bad department id, a blank group
   *     or a department named twice
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static RankingGroups readCsv(Path file, String otherwise) {
    Objects.requireNonNull(file, "file");
    return parse(CSV.read(file), otherwise);
  }

  /**
   * Reads a host's grouping from CSV text.
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @param otherwise the group of a department the text does not name
   * @return the groups
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException as {@link #readCsv(Path, String)}
   */
  public static RankingGroups readCsv(Reader text, String source, String otherwise) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return parse(CSV.read(text, source), otherwise);
  }

  private static RankingGroups parse(List<CsvReader.Row> rows, String otherwise) {
    Objects.requireNonNull(otherwise, "otherwise");
    Map<DepartmentId, String> groups = new HashMap<>();
    for (CsvReader.Row row : rows) {
      DepartmentId id;
      try {
        id = DepartmentId.of(row.get("department"));
      } catch (IllegalArgumentException e) {
        throw row.error("department", "department: " + e.getMessage());
      }
      String group = row.get("group");
      if (Texts.isBlank(group) || group.length() > MAX_NAME_LENGTH) {
        throw row.error("group", "group must be 1 to " + MAX_NAME_LENGTH + " characters, not blank");
      }
      if (groups.putIfAbsent(id, group) != null) {
        throw row.error("department", "department " + id + " is named twice");
      }
    }
    return of(groups, otherwise);
  }

  /**
   * The group a department is ranked in.
   *
   * @param department the department
   * @return the group's name
   * @throws NullPointerException if department is null
   */
  public String groupOf(DepartmentId department) {
    Objects.requireNonNull(department, "department");
    return Optional.ofNullable(grouping.apply(department)).orElse("其他");
  }

  @Override
  public String toString() {
    return "RankingGroups[" + description + "]";
  }
}
