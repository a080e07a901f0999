package org.hotline12345.persistence;

/**
 * The part a department takes in a case, for its work list ({@link CaseQueries#byDepartment}).
 */
public enum DepartmentRole {

  /** The lead department (主办单位): {@link StoredCase#leadDepartment()}. */
  LEAD,

  /** An assisting department (协办单位): one of {@link StoredCase#assistingDepartments()}. */
  ASSISTING,

  /** Lead or assisting: each case once, even if a department were both. */
  ANY
}
