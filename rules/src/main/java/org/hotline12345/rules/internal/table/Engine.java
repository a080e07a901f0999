package org.hotline12345.rules.internal.table;

import java.time.LocalDate;
import java.util.List;
import org.hotline12345.rules.table.Column;

/**
 * A decision table compiled for evaluation: an index per input column from input to the bit set
 * of rows whose cell matches, and one over the rows' periods of effect. A decision ANDs the sets
 * of the columns word by word; under FIRST it stops at the first word that is not zero. The sets
 * of repeated inputs are remembered, so a decision on a known input allocates nothing.
 * Immutable apart from those memos; thread-safe.
 */
public final class Engine {

  /** The value of an absent input: only a cell that allows anything matches it. */
  public static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "absent";
    }
  };

  private final int rowCount;
  private final int words;
  private final Cell[][] cells;
  private final IntervalCell[] periods;
  private final ColumnIndex[] indexes;
  private final int[] active;
  private final IntervalIndex dates;
  private final long[] allRows;
  private final RowSet[] anyRows;
  private final ThreadLocal<Scratch> scratch;

  /**
   * Compiles a table.
   *
   * @param columns the input columns
   * @param cells the cells, {@code cells[row][column]}
   * @param periods each row's period of effect (epoch days), null for a row always in effect
   */
  public Engine(List<Column> columns, Cell[][] cells, IntervalCell[] periods) {
    this.rowCount = cells.length;
    this.words = Math.max(1, Bits.words(rowCount));
    this.cells = cells;
    this.periods = periods.clone();
    this.indexes = new ColumnIndex[columns.size()];
    int[] live = new int[columns.size()];
    int count = 0;
    int[] stamps = new int[columns.size() + 1];
    for (int c = 0; c < indexes.length; c++) {
      Cell[] column = new Cell[rowCount];
      for (int r = 0; r < rowCount; r++) {
        column[r] = cells[r][c];
      }
      indexes[c] = index(columns.get(c), column);
      stamps[c] = indexes[c].stampsNeeded();
      if (!indexes[c].isTrivial()) {
        live[count++] = c;
      }
    }
    this.active = java.util.Arrays.copyOf(live, count);
    this.anyRows = new RowSet[indexes.length];
    for (int c = 0; c < indexes.length; c++) {
      long[] any = new long[words];
      for (int r = 0; r < rowCount; r++) {
        if (cells[r][c].isAny()) {
          any[r >>> 6] |= 1L << r;
        }
      }
      anyRows[c] = RowSet.of(any);
    }
    IntervalIndex periodIndex = new IntervalIndex(this.periods, words);
    this.dates = periodIndex.isTrivial() ? null : periodIndex;
    this.allRows = Bits.firstBits(rowCount, words);
    int columnCount = columns.size();
    this.scratch = ThreadLocal.withInitial(
        () -> new Scratch(columnCount, words, rowCount, stamps));
  }

  private ColumnIndex index(Column column, Cell[] column0) {
    switch (column.type()) {
      case TEXT:
      case BOOLEAN:
        return new SetIndex(column0, words, false);
      case CATEGORY:
      case AREA:
        return new SetIndex(column0, words, true);
      case KEYWORDS:
        return new KeywordIndex(column0, words);
      case NUMBER:
      case DATE:
        IntervalCell[] intervals = new IntervalCell[column0.length];
        for (int r = 0; r < column0.length; r++) {
          intervals[r] = (IntervalCell) column0[r];
        }
        return new IntervalIndex(intervals, words);
      default:
        throw new AssertionError(column.type());
    }
  }

  /**
   * The per-thread working memory of decisions: the caller puts each column's input, in the
   * engine's representation, into {@link Scratch#values()} before deciding.
   *
   * @return this thread's scratch
   */
  public Scratch scratch() {
    return scratch.get();
  }

  /**
   * The number of rows.
   *
   * @return the rows
   */
  public int rowCount() {
    return rowCount;
  }

  /**
   * A row's cell.
   *
   * @param row the row's index
   * @param column the column's index
   * @return the cell
   */
  public Cell cell(int row, int column) {
    return cells[row][column];
  }

  /**
   * A row's period of effect.
   *
   * @param row the row's index
   * @return the period as epoch days, or null if the row is always in effect
   */
  public IntervalCell period(int row) {
    return periods[row];
  }

  private int gather(Scratch s, LocalDate on) {
    int k = 0;
    for (int c : active) {
      Object value = s.values[c];
      s.sets[k++] = value == ABSENT ? anyRows[c]
          : indexes[c].rows(value, s.buffers[c], s.stamps[c]);
    }
    if (dates != null) {
      s.sets[k++] = dates.rows(on, s.buffers[s.buffers.length - 1], null);
    }
    return k;
  }

  /**
   * The first row matching the inputs in the scratch on a day.
   *
   * @param s this thread's scratch, with the inputs
   * @param on the day of the decision
   * @return the row's index, or -1 if none matches
   */
  public int first(Scratch s, LocalDate on) {
    int k = gather(s, on);
    if (k == 0) {
      return rowCount > 0 ? 0 : -1;
    }
    RowSet[] sets = s.sets;
    long[] head = sets[0].summary;
    for (int sw = 0; sw < head.length; sw++) {
      long m = head[sw];
      for (int c = 1; c < k && m != 0; c++) {
        m &= sets[c].summary[sw];
      }
      while (m != 0) {
        int w = (sw << 6) + Long.numberOfTrailingZeros(m);
        long x = sets[0].bits[w];
        for (int c = 1; c < k && x != 0; c++) {
          x &= sets[c].bits[w];
        }
        if (x != 0) {
          return (w << 6) + Long.numberOfTrailingZeros(x);
        }
        m &= m - 1;
      }
    }
    return -1;
  }

  /**
   * Every row matching the inputs in the scratch on a day.
   *
   * @param s this thread's scratch, with the inputs
   * @param on the day of the decision
   * @return the rows' indexes, ascending
   */
  public int[] all(Scratch s, LocalDate on) {
    int k = gather(s, on);
    if (k == 0) {
      int[] rows = new int[rowCount];
      for (int r = 0; r < rowCount; r++) {
        rows[r] = r;
      }
      return rows;
    }
    RowSet[] sets = s.sets;
    int[] found = s.found;
    int count = 0;
    long[] head = sets[0].summary;
    for (int sw = 0; sw < head.length; sw++) {
      long m = head[sw];
      for (int c = 1; c < k && m != 0; c++) {
        m &= sets[c].summary[sw];
      }
      while (m != 0) {
        int w = (sw << 6) + Long.numberOfTrailingZeros(m);
        long x = sets[0].bits[w];
        for (int c = 1; c < k && x != 0; c++) {
          x &= sets[c].bits[w];
        }
        while (x != 0) {
          found[count++] = (w << 6) + Long.numberOfTrailingZeros(x);
          x &= x - 1;
        }
        m &= m - 1;
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  /**
   * For each row, which columns fail for the inputs in the scratch: one bit set per column and a
   * last one for the period of effect, each a fresh copy of the rows that do NOT match.
   *
   * @param s this thread's scratch, with the inputs
   * @param on the day of the decision
   * @return the failing rows per column, then per period
   */
  public long[][] failures(Scratch s, LocalDate on) {
    long[][] failing = new long[indexes.length + 1][];
    for (int c = 0; c < indexes.length; c++) {
      RowSet rows = s.values[c] == ABSENT ? anyRows[c]
          : indexes[c].rows(s.values[c], s.buffers[c], s.stamps[c]);
      failing[c] = complement(rows.bits);
    }
    failing[indexes.length] = dates == null ? new long[words]
        : complement(dates.rows(on, s.buffers[s.buffers.length - 1], null).bits);
    return failing;
  }

  /**
   * The rows that fail on exactly one column (or only on their period), with that column.
   *
   * @param failing the failing rows per column, then per period, as {@link #failures} gives
   * @return pairs {@code {row, column}}, by row; column {@code failing.length - 1} is the period
   */
  public static List<int[]> singleFailures(long[][] failing) {
    int words = failing[0].length;
    long[] once = new long[words];
    long[] twice = new long[words];
    for (long[] column : failing) {
      for (int w = 0; w < words; w++) {
        twice[w] |= once[w] & column[w];
        once[w] |= column[w];
      }
    }
    List<int[]> misses = new java.util.ArrayList<>();
    for (int w = 0; w < words; w++) {
      long x = once[w] & ~twice[w];
      while (x != 0) {
        int row = (w << 6) + Long.numberOfTrailingZeros(x);
        x &= x - 1;
        for (int c = 0; c < failing.length; c++) {
          if (Bits.get(failing[c], row)) {
            misses.add(new int[] {row, c});
            break;
          }
        }
      }
    }
    return misses;
  }

  private long[] complement(long[] rows) {
    long[] out = new long[words];
    for (int w = 0; w < words; w++) {
      out[w] = ~rows[w] & allRows[w];
    }
    return out;
  }

  /** Per-thread working memory of decisions. */
  public static final class Scratch {
    private final Object[] values;
    private final RowSet[] buffers;
    private final RowSet[] sets;
    private final int[] found;
    private final int[][] stamps;

    Scratch(int columns, int words, int rows, int[] stamps) {
      this.values = new Object[columns];
      this.buffers = new RowSet[columns + 1];
      for (int c = 0; c <= columns; c++) {
        buffers[c] = new RowSet(words);
      }
      this.sets = new RowSet[columns + 1];
      this.found = new int[rows];
      this.stamps = new int[stamps.length][];
      for (int c = 0; c < stamps.length; c++) {
        this.stamps[c] = new int[stamps[c]];
      }
    }

    /**
     * The inputs of the decision, by column index.
     *
     * @return the array to fill
     */
    public Object[] values() {
      return values;
    }

    /** Forgets the inputs, so that no appeal text stays reachable from the thread. */
    public void clear() {
      java.util.Arrays.fill(values, null);
    }
  }
}
