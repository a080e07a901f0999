package org.hotline12345.rules.table;

/**
 * The type of an output column (输出列) of a {@link DecisionTable}: what its values must look
 * like and how {@link Decision} reads them. An empty value means "no value".
 */
public enum OutputType {
  /** Any one-line text. */
  TEXT,
  /** A decimal number, for example a time limit's amount. */
  NUMBER,
  /** {@code true} or {@code false} (also {@code yes}/{@code no}, {@code 是}/{@code 否}). */
  BOOLEAN,
  /** One department id (承办单位), for example the lead department (主办). */
  DEPARTMENT,
  /** Department ids separated by {@code ;} or {@code ,}, for example assisting ones (协办). */
  DEPARTMENTS,
  /** A category code. */
  CATEGORY,
  /** An area code. */
  AREA
}
