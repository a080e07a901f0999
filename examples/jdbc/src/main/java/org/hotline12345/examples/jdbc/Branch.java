package org.hotline12345.examples.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.examples.jdbc.JdbcCaseQueries.Select;
import org.hotline12345.persistence.PageRequest;

/** A SELECT of case rows from one index range, built condition by condition. */
final class Branch {
  private final String from;
  private final String columns;
  private final StringBuilder where;
  private final List<Object> parameters = new ArrayList<>();

  private Branch(String from, String columns, String condition, Object... values) {
    this.from = from;
    this.columns = columns;
    this.where = new StringBuilder(condition);
    parameters.addAll(List.of(values));
  }

  /** The case rows of {@code cases} that meet a condition. */
  static Branch cases(String condition, Object... values) {
    return new Branch("cases", CaseRows.COLUMNS, condition, values);
  }

  /** The case rows of a join, named by their columns, that meet a condition. */
  static Branch joined(String from, String columns, String condition, Object... values) {
    return new Branch(from, columns, condition, values);
  }

  Branch and(String condition, Object... values) {
    where.append(" AND ").append(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  /** Adds {@code column IN (...)} unless the values are empty (any value). */
  Branch in(String column, Set<String> values) {
    if (!values.isEmpty()) {
      where.append(" AND ").append(column).append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?")))
          .append(')');
      parameters.addAll(values);
    }
    return this;
  }

  /** How many rows the branch's conditions select. */
  Select count() {
    return new Select("SELECT COUNT(*) FROM " + from + " WHERE " + where, List.copyOf(parameters));
  }

  Select seekAndOrder(Optional<Cursor> after, String key, String id, String order, PageRequest page) {
    return seekAndOrder(after, key, id, order, page.size() + 1);
  }

  /** Adds the keyset condition (after the cursor in the order key, id), the order and the limit. */
  Select seekAndOrder(Optional<Cursor> after, String key, String id, String order, int limit) {
    after.ifPresent(cursor -> and(key + " >= ? AND (" + key + " > ? OR " + id + " > ?)", cursor.micros(),
        cursor.micros(), cursor.caseId()));
    List<Object> all = new ArrayList<>(parameters);
    all.add((long) limit);
    return new Select("SELECT " + columns + " FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT ?",
        all);
  }
}
