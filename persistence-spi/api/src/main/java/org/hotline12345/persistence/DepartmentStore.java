package org.hotline12345.persistence;

import java.util.List;
import java.util.Optional;

/** The stored department directory. */
public interface DepartmentStore {

  /**
   * Every department, ordered by id (as {@link String#compareTo} orders them).
   *
   * @return the departments
   */
  List<StoredDepartment> all();

  /**
   * A department by id.
   *
   * @param id the id
   * @return the department, or empty
   */
  Optional<StoredDepartment> find(String id);

  /**
   * Stores a department at once (outside any unit of work), replacing the one with the same
   * id.
   *
   * @param department the department
   */
  void save(StoredDepartment department);
}
