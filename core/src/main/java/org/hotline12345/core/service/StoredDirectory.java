package org.hotline12345.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.persistence.DepartmentStore;
import org.hotline12345.persistence.StoredDepartment;

/**
 * The department directory (承办单位目录) kept in the host's store: load it to build a
 * {@link org.hotline12345.core.casefile.CaseLifecycle}, save it after an edit.
 */
public final class StoredDirectory {

  private StoredDirectory() {}

  /**
   * Loads the directory from the store.
   *
   * @param store the department store
   * @return the directory, checked (unique ids, parents present, no cycles)
   * @throws IllegalArgumentException if the stored departments do not form a directory
   */
  public static DepartmentDirectory load(DepartmentStore store) {
    Objects.requireNonNull(store, "store");
    List<Department> departments = new ArrayList<>();
    for (StoredDepartment d : store.all()) {
      Department.Builder b = Department.builder()
          .id(DepartmentId.of(d.id()))
          .name(d.name())
          .kind(DepartmentKind.valueOf(d.kind()))
          .active(d.active())
          .calendarId(d.calendarId())
          .addAllAliases(d.aliases());
      d.parent().ifPresent(p -> b.parent(DepartmentId.of(p)));
      departments.add(b.build());
    }
    return DepartmentDirectory.of(departments);
  }

  /**
   * Saves every department of the directory, replacing stored ones with the same id.
   *
   * @param store the department store
   * @param directory the directory
   */
  public static void save(DepartmentStore store, DepartmentDirectory directory) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(directory, "directory");
    for (Department d : directory.all()) {
      store.save(new StoredDepartment(d.getId().value(), d.getName(), d.getKind().name(),
          d.getParent().map(DepartmentId::value), d.isActive(), d.getCalendarId(), d.getAliases()));
    }
  }
}
