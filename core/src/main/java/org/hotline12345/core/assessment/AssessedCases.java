package org.hotline12345.core.assessment;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;

/**
 * The cases of a period, streamed from the store (考核取数): {@link
 * CaseQueries#closedOrDueBetween} page by page, each row read as an {@link AssessedCase}. Only one
 * page is held at a time, so a month of millions of cases is scored in memory proportional to
 * the departments, not the cases; each iteration reads the store afresh, so a drill-down's
 * second pass sees the same query.
 *
 * <pre>{@code
 * Scorecards cards = assessment.score(AssessedCases.closedOrDueIn(store.cases(), period));
 * }</pre>
 */
public final class AssessedCases {

  /** The page size unless given. */
  public static final int DEFAULT_PAGE_SIZE = 1_000;

  private AssessedCases() {}

  /**
   * The cases closed in the period and the open ones due in it, in pages of {@link
   * #DEFAULT_PAGE_SIZE}.
   *
   * @param queries the store's queries
   * @param period the period
   * @return the cases, read lazily on each iteration
   * @throws NullPointerException if an argument is null
   */
  public static Iterable<AssessedCase> closedOrDueIn(CaseQueries queries, AssessmentPeriod period) {
    return closedOrDueIn(queries, period, DEFAULT_PAGE_SIZE);
  }

  /**
   * The cases closed in the period and the open ones due in it, in pages of the given size.
   *
   * @param queries the store's queries
   * @param period the period
   * @param pageSize the page size, 1 to {@link PageRequest#MAX_SIZE}
   * @return the cases, read lazily on each iteration
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the page size is out of range
   */
  public static Iterable<AssessedCase> closedOrDueIn(CaseQueries queries, AssessmentPeriod period, int pageSize) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(period, "period");
    PageRequest.first(pageSize);
    return () -> new Pages(queries, period, pageSize);
  }

  /**
   * Case rows a host reads its own way (a database cursor, an export), as assessed cases: each
   * row read when iterated, the department ids of the whole pass made once.
   *
   * @param rows the rows, each with its facts
   * @return the cases, read lazily on each iteration
   * @throws NullPointerException if rows is null
   */
  public static Iterable<AssessedCase> of(Iterable<StoredCase> rows) {
    Objects.requireNonNull(rows, "rows");
    return () -> new Iterator<>() {
      private final Iterator<StoredCase> it = rows.iterator();
      private final Map<String, DepartmentId> ids = new HashMap<>();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public AssessedCase next() {
        return AssessedCase.of(Objects.requireNonNull(it.next(), "rows must not hold null"), ids);
      }
    };
  }

  /** Pages of the query, one held at a time. */
  private static final class Pages implements Iterator<AssessedCase> {
    private final CaseQueries queries;
    private final AssessmentPeriod period;
    private final int pageSize;
    private final Map<String, DepartmentId> ids = new HashMap<>();
    private Page<StoredCase> page;
    private int index;

    Pages(CaseQueries queries, AssessmentPeriod period, int pageSize) {
      this.queries = queries;
      this.period = period;
      this.pageSize = pageSize;
      this.page = queries.closedOrDueBetween(period.start(), period.end(), PageRequest.first(pageSize));
    }

    @Override
    public boolean hasNext() {
      while (index >= page.items().size()) {
        if (page.next().isEmpty()) {
          return false;
        }
        page = queries.closedOrDueBetween(period.start(), period.end(), PageRequest.after(pageSize, page.next().get()));
        index = 0;
      }
      return true;
    }

    @Override
    public AssessedCase next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more cases in " + period);
      }
      return AssessedCase.of(page.items().get(index++), ids);
    }
  }
}
