package org.hotline12345.benchmarks.rules.acceptance;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.HitPolicy;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.triage.AcceptanceRules;

/**
 * The naive baseline of an acceptance table, as one would write it by hand: the rows in order,
 * each tested column by column, a KEYWORDS cell by a loop of {@code String.contains} over its
 * keywords; the first row whose every cell matches decides (FIRST). Cells are read once, when
 * the baseline is built, into arrays of values; nothing is indexed.
 *
 * <p>It understands what acceptance tables use: TEXT values, CATEGORY codes (matched as
 * prefixes of the appeal's code, which is what the preset taxonomy's codes are: two digits a
 * level), KEYWORDS, BOOLEAN values, NUMBER values, comparisons and ranges, each optionally
 * negated, and no effective dates; anything else is refused when it is built. Immutable once
 * built, and so thread-safe.
 */
public final class ContainsLoopTable {

  /** The appeal's field a column tests. */
  private enum Field { TEXT, TYPE, CHANNEL, CATEGORY, ENTERPRISE, CALLER_COUNT, PLACE_COUNT }

  /**
   * A cell as read: the field it tests, whether negated, and its tests: values as written
   * (keywords, codes, names, booleans) and, for numbers, {@code [value]}, {@code [bound]} or
   * {@code [low, high]}, with the test for the kind of comparison.
   */
  private record Cell(Field field, boolean negated, String[] values, Condition.Test[] tests,
      double[][] numbers) {}

  private final Cell[][] cells;
  private final String[] decisions;

  /**
   * Reads a table's rows into the baseline.
   *
   * @param table an acceptance table with hit policy FIRST
   * @throws IllegalArgumentException if the table uses what the baseline does not understand
   */
  public ContainsLoopTable(DecisionTable table) {
    if (table.hitPolicy() != HitPolicy.FIRST) {
      throw new IllegalArgumentException("the baseline decides under FIRST only, the table has "
          + table.hitPolicy());
    }
    List<Column> inputs = table.inputs();
    cells = new Cell[table.rows().size()][];
    decisions = new String[cells.length];
    for (int r = 0; r < cells.length; r++) {
      Row row = table.rows().get(r);
      if (row.effectiveFrom().isPresent() || row.effectiveTo().isPresent()) {
        throw new IllegalArgumentException("row " + row.id() + " has effective dates");
      }
      List<Cell> tested = new ArrayList<>();
      for (Column column : inputs) {
        Condition condition = row.condition(column.name());
        if (!condition.isAny()) {
          tested.add(cell(field(column.name()), condition));
        }
      }
      cells[r] = tested.toArray(new Cell[0]);
      decisions[r] = row.output(AcceptanceRules.DECISION).orElse(null);
    }
  }

  private static Field field(String column) {
    switch (column) {
      case CaseInputs.TEXT: return Field.TEXT;
      case CaseInputs.TYPE: return Field.TYPE;
      case CaseInputs.CHANNEL: return Field.CHANNEL;
      case CaseInputs.CATEGORY: return Field.CATEGORY;
      case CaseInputs.ENTERPRISE: return Field.ENTERPRISE;
      case AcceptanceRules.CALLER_COUNT: return Field.CALLER_COUNT;
      case AcceptanceRules.PLACE_COUNT: return Field.PLACE_COUNT;
      default:
        throw new IllegalArgumentException("the baseline does not know column " + column);
    }
  }

  private static Cell cell(Field field, Condition condition) {
    Condition.Test[] tests = condition.tests().toArray(new Condition.Test[0]);
    String[] values = new String[tests.length];
    double[][] numbers = new double[tests.length][];
    for (int t = 0; t < tests.length; t++) {
      if (tests[t] instanceof Condition.Value value) {
        values[t] = field == Field.ENTERPRISE ? String.valueOf(List.of("true", "yes", "是")
            .contains(value.value().toLowerCase(java.util.Locale.ROOT))) : value.value();
        numbers[t] = isNumber(field) ? new double[] {Double.parseDouble(value.value())} : null;
      } else if (tests[t] instanceof Condition.Comparison comparison && isNumber(field)) {
        numbers[t] = new double[] {Double.parseDouble(comparison.value())};
      } else if (tests[t] instanceof Condition.Range range && isNumber(field)) {
        numbers[t] = new double[] {Double.parseDouble(range.low()),
            Double.parseDouble(range.high())};
      } else {
        throw new IllegalArgumentException("the baseline compares numbers only, not " + field);
      }
    }
    return new Cell(field, condition.isNegated(), values, tests, numbers);
  }

  private static boolean isNumber(Field field) {
    return field == Field.CALLER_COUNT || field == Field.PLACE_COUNT;
  }

  /**
   * Decides an appeal.
   *
   * @param appeal the appeal
   * @return the decision of the first matching row, or null when none matches
   */
  public String decide(AcceptanceAppeal appeal) {
    for (int r = 0; r < cells.length; r++) {
      if (matches(cells[r], appeal)) {
        return decisions[r];
      }
    }
    return null;
  }

  private static boolean matches(Cell[] row, AcceptanceAppeal appeal) {
    for (Cell cell : row) {
      if (!matches(cell, appeal)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Cell cell, AcceptanceAppeal appeal) {
    if (cell.field() == Field.CATEGORY && appeal.category().isEmpty()) {
      return false;
    }
    boolean any = false;
    for (int t = 0; t < cell.values().length && !any; t++) {
      any = test(cell, t, appeal);
    }
    return any != cell.negated();
  }

  private static boolean test(Cell cell, int t, AcceptanceAppeal appeal) {
    switch (cell.field()) {
      case TEXT:
        return appeal.text().contains(cell.values()[t]);
      case TYPE:
        return appeal.type().equals(cell.values()[t]);
      case CHANNEL:
        return appeal.channel().equals(cell.values()[t]);
      case CATEGORY:
        return appeal.category().get().startsWith(cell.values()[t]);
      case ENTERPRISE:
        return Boolean.parseBoolean(cell.values()[t]) == appeal.enterprise();
      case CALLER_COUNT:
        return number(cell.tests()[t], cell.numbers()[t], appeal.callerCount());
      default:
        return number(cell.tests()[t], cell.numbers()[t], appeal.placeCount());
    }
  }

  private static boolean number(Condition.Test test, double[] bounds, double input) {
    if (test instanceof Condition.Comparison comparison) {
      return switch (comparison.operator()) {
        case LESS -> input < bounds[0];
        case LESS_OR_EQUAL -> input <= bounds[0];
        case GREATER -> input > bounds[0];
        case GREATER_OR_EQUAL -> input >= bounds[0];
      };
    }
    if (test instanceof Condition.Range range) {
      return (range.lowInclusive() ? input >= bounds[0] : input > bounds[0])
          && (range.highInclusive() ? input <= bounds[1] : input < bounds[1]);
    }
    return input == bounds[0];
  }
}
