package org.hotline12345.core.department;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A department id that the {@link DepartmentDirectory} asked does not hold; the message names
 * the id.
 */
public final class UnknownDepartmentException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  private final DepartmentId departmentId;

  /**
   * Creates the exception.
   *
   * @param departmentId the id that is not in the directory
   * @throws NullPointerException if departmentId is null
   */
  public UnknownDepartmentException(DepartmentId departmentId) {
    super("unknown department '" + Objects.requireNonNull(departmentId, "departmentId")
        + "': it is not in the directory");
    this.departmentId = departmentId;
  }

  /**
   * The id that is not in the directory.
   *
   * @return the id
   */
  public DepartmentId departmentId() {
    return departmentId;
  }
}
