package org.hotline12345.rules.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.hotline12345.rules.table.NaiveTable.Value0;

/**
 * Random decision tables over small domains, where every interesting coincidence (equal values,
 * nested codes, keywords inside keywords, touching ranges, rows in effect on overlapping days)
 * happens often, and the inputs to try them on. Also the representative inputs of each column:
 * one per class of inputs that cells cannot tell apart, so enumerating them is exhaustive.
 */
final class TableArbitraries {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /** The kinds of column a generated table draws from. */
  enum Kind {
    TEXT(ColumnType.TEXT), ENUM(ColumnType.TEXT), BOOL(ColumnType.BOOLEAN),
    CAT(ColumnType.CATEGORY), AREA(ColumnType.AREA), KW(ColumnType.KEYWORDS),
    NUM(ColumnType.NUMBER), DATE(ColumnType.DATE);

    final ColumnType type;

    Kind(ColumnType type) {
      this.type = type;
    }
  }

  static final List<String> TEXTS = List.of("A", "B", "C");
  static final List<String> ENUM = List.of("HOTLINE", "WEB", "APP");
  static final List<String> CATS = List.of("C", "C1", "C12", "C2", "D", "D1");
  static final List<String> AREAS = List.of("320000", "320100", "320106", "320106001",
      "320106002", "320102", "320200", "330100");
  static final List<String> KEYWORDS = List.of("火", "火灾", "着火", "电梯");
  static final Map<String, List<String>> AREA_PATHS = new LinkedHashMap<>();

  static {
    AREA_PATHS.put("320000", List.of("320000"));
    AREA_PATHS.put("320100", List.of("320000", "320100"));
    AREA_PATHS.put("320106", List.of("320000", "320100", "320106"));
    AREA_PATHS.put("320106001", List.of("320000", "320100", "320106", "320106001"));
    AREA_PATHS.put("320106002", List.of("320000", "320100", "320106", "320106002"));
    AREA_PATHS.put("320102", List.of("320000", "320100", "320102"));
    AREA_PATHS.put("320200", List.of("320000", "320200"));
    AREA_PATHS.put("330100", List.of("330000", "330100"));
    AREA_PATHS.put("340000", List.of("340000"));
    AREA_PATHS.put("330000", List.of("330000"));
  }

  /** The same areas as a hierarchy, for verification that reads paths from one. */
  static org.hotline12345.core.appeal.AreaHierarchy areaHierarchy() {
    List<org.hotline12345.core.appeal.AreaHierarchy.Entry> entries = new ArrayList<>();
    AREA_PATHS.forEach((code, path) -> entries.add(path.size() == 1
        ? org.hotline12345.core.appeal.AreaHierarchy.Entry.root(code, code)
        : org.hotline12345.core.appeal.AreaHierarchy.Entry.of(code, code,
            path.get(path.size() - 2))));
    return org.hotline12345.core.appeal.AreaHierarchy.of(entries);
  }

  private TableArbitraries() {}

  static Column column(Kind kind, int index) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT) + index;
    return kind == Kind.ENUM ? Column.enumerated(name, ENUM) : Column.of(name, kind.type);
  }

  static Kind kindOf(Column column) {
    if (column.type() == ColumnType.TEXT) {
      return column.isEnumerated() ? Kind.ENUM : Kind.TEXT;
    }
    for (Kind kind : Kind.values()) {
      if (kind.type == column.type() && kind != Kind.TEXT && kind != Kind.ENUM) {
        return kind;
      }
    }
    throw new AssertionError(column);
  }

  private static Arbitrary<String> list(Arbitrary<String> item) {
    return item.list().ofMinSize(1).ofMaxSize(2).uniqueElements()
        .map(items -> String.join(", ", items));
  }

  private static Arbitrary<String> anyOrList(Arbitrary<String> item) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("-", "")),
        Tuple.of(5, list(item)),
        Tuple.of(2, list(item).map(l -> "not(" + l + ")")));
  }

  private static Arbitrary<String> ordered(List<String> values, boolean dates) {
    Arbitrary<String> value = Arbitraries.of(values);
    Arbitrary<String> comparison = Combinators.combine(Arbitraries.of("<", "<=", ">", ">="),
        value).as((op, v) -> op + " " + v);
    Arbitrary<String> range = Combinators.combine(Arbitraries.integers().between(0,
        values.size() - 1), Arbitraries.integers().between(0, values.size() - 1),
        Arbitraries.of("[", "(", "]"), Arbitraries.of("]", ")", "[")).as((a, b, open, close) -> {
          int low = Math.min(a, b);
          int high = Math.max(a, b);
          boolean closedBoth = high - low < (dates ? 2 : 1);
          return (closedBoth ? "[" : open) + values.get(low) + ".." + values.get(high)
              + (closedBoth ? "]" : close);
        });
    return anyOrList(Arbitraries.oneOf(value, comparison, range));
  }

  static Arbitrary<String> cell(Kind kind) {
    switch (kind) {
      case TEXT: return anyOrList(Arbitraries.of(TEXTS));
      case ENUM: return anyOrList(Arbitraries.of(ENUM));
      case BOOL: return anyOrList(Arbitraries.of("true", "false", "yes", "否"));
      case CAT: return anyOrList(Arbitraries.of(CATS));
      case AREA: return anyOrList(Arbitraries.of(AREAS));
      case KW: return anyOrList(Arbitraries.of(KEYWORDS));
      case NUM: return ordered(List.of("0", "1", "2", "3"), false);
      case DATE: return ordered(List.of("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04",
          "2026-01-05"), true);
      default: throw new AssertionError(kind);
    }
  }

  private static Arbitrary<Row> row(int index, List<Column> columns) {
    List<Arbitrary<String>> cells = new ArrayList<>();
    for (Column column : columns) {
      cells.add(cell(kindOf(column)));
    }
    Arbitrary<List<String>> allCells = cells.isEmpty() ? Arbitraries.just(List.of())
        : Combinators.combine(cells).as(ArrayList::new);
    Arbitrary<Integer> from = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)),
        Tuple.of(1, Arbitraries.integers().between(0, 4)));
    Arbitrary<Integer> length = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)),
        Tuple.of(1, Arbitraries.integers().between(0, 3)));
    Arbitrary<String> out = Arbitraries.of("x", "y", "z", "");
    return Combinators.combine(allCells, from, length, out).as((texts, f, l, o) -> {
      Row.Builder builder = Row.builder("R" + index).description("row " + index)
          .then("out", o);
      if (f >= 0) {
        builder.effectiveFrom(JAN_1.plusDays(f));
      }
      if (l >= 0) {
        builder.effectiveTo(JAN_1.plusDays(Math.max(f, 0) + l));
      }
      for (int c = 0; c < columns.size(); c++) {
        builder.when(columns.get(c).name(), texts.get(c));
      }
      return builder.build();
    });
  }

  /** Tables of 0 to maxRows rows over 1 to 3 columns, under one of the policies. */
  static Arbitrary<DecisionTable> tables(int maxRows, HitPolicy... policies) {
    Arbitrary<List<Kind>> kinds = Arbitraries.of(Kind.values()).list().ofMinSize(1).ofMaxSize(3);
    return kinds.flatMap(list -> {
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        columns.add(column(list.get(i), i));
      }
      return Arbitraries.integers().between(0, maxRows).flatMap(n -> {
        List<Arbitrary<Row>> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
          rows.add(row(r + 1, columns));
        }
        Arbitrary<List<Row>> all = rows.isEmpty() ? Arbitraries.just(List.of())
            : Combinators.combine(rows).as(ArrayList::new);
        return Combinators.combine(all, Arbitraries.of(policies)).as((r, policy) -> {
          DecisionTable.Builder builder = DecisionTable.builder("generated", "v1")
              .hitPolicy(policy).output(OutputColumn.of("out", OutputType.TEXT)
                  .withAllowedValues(List.of("x", "y", "z")));
          columns.forEach(builder::input);
          return builder.rows(r).build();
        });
      });
    });
  }

  static Arbitrary<Value0> input(Kind kind) {
    switch (kind) {
      case TEXT: return Arbitraries.of("A", "B", "C", "D").map(v -> new Value0(kind.type, v));
      case ENUM: return Arbitraries.of(ENUM).map(v -> new Value0(kind.type, v));
      case BOOL: return Arbitraries.of(true, false).map(v -> new Value0(kind.type, v));
      case CAT: return Arbitraries.of("C", "C1", "C12", "C13", "C2", "D", "D1", "E", "C123")
          .map(code -> new Value0(kind.type, prefixes(code)));
      case AREA: return Arbitraries.of(AREA_PATHS.values()).map(p -> new Value0(kind.type, p));
      case KW: return Arbitraries.of("火", "火灾", "着火", "电梯", "灾", "梯", "x", "着").list()
          .ofMaxSize(3).map(pieces -> new Value0(kind.type, String.join("", pieces)));
      case NUM: return Arbitraries.of("-1", "0", "0.5", "1", "1.5", "2", "2.5", "3", "4")
          .map(v -> new Value0(kind.type, new BigDecimal(v)));
      case DATE: return Arbitraries.integers().between(-1, 5)
          .map(d -> new Value0(kind.type, JAN_1.plusDays(d)));
      default: throw new AssertionError(kind);
    }
  }

  static List<String> prefixes(String code) {
    List<String> path = new ArrayList<>();
    for (int i = 1; i <= code.length(); i++) {
      path.add(code.substring(0, i));
    }
    return path;
  }

  static Arbitrary<Map<String, Value0>> inputs(DecisionTable table) {
    List<Arbitrary<Value0>> values = new ArrayList<>();
    for (Column column : table.inputs()) {
      values.add(input(kindOf(column)));
    }
    return Combinators.combine(values).as(list -> {
      Map<String, Value0> map = new LinkedHashMap<>();
      for (int c = 0; c < list.size(); c++) {
        map.put(table.inputs().get(c).name(), list.get(c));
      }
      return map;
    });
  }

  static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-1, 9).map(JAN_1::plusDays);
  }

  /** One input of every class a column's cells can tell apart. */
  static List<Value0> representatives(Kind kind) {
    List<Value0> all = new ArrayList<>();
    switch (kind) {
      case TEXT: List.of("A", "B", "C", "D").forEach(v -> all.add(new Value0(kind.type, v)));
        break;
      case ENUM: ENUM.forEach(v -> all.add(new Value0(kind.type, v)));
        break;
      case BOOL: List.of(true, false).forEach(v -> all.add(new Value0(kind.type, v)));
        break;
      case CAT: List.of("C", "C1", "C12", "C2", "D", "D1", "E")
          .forEach(v -> all.add(new Value0(kind.type, prefixes(v))));
        break;
      case AREA: AREA_PATHS.values().forEach(p -> all.add(new Value0(kind.type, p)));
        break;
      case KW:
        for (int mask = 0; mask < 1 << KEYWORDS.size(); mask++) {
          List<String> parts = new ArrayList<>();
          for (int k = 0; k < KEYWORDS.size(); k++) {
            if ((mask & 1 << k) != 0) {
              parts.add(KEYWORDS.get(k));
            }
          }
          all.add(new Value0(kind.type, String.join("|", parts)));
        }
        break;
      case NUM: List.of("-1", "0", "0.5", "1", "1.5", "2", "2.5", "3", "4")
          .forEach(v -> all.add(new Value0(kind.type, new BigDecimal(v))));
        break;
      case DATE:
        for (int d = -1; d <= 5; d++) {
          all.add(new Value0(kind.type, JAN_1.plusDays(d)));
        }
        break;
      default: throw new AssertionError(kind);
    }
    return all;
  }

  /** Every combination of representatives of the table's columns. */
  static List<Map<String, Value0>> allRepresentativeInputs(DecisionTable table) {
    List<Map<String, Value0>> all = new ArrayList<>();
    all.add(new LinkedHashMap<>());
    for (Column column : table.inputs()) {
      List<Map<String, Value0>> next = new ArrayList<>();
      for (Map<String, Value0> partial : all) {
        for (Value0 value : representatives(kindOf(column))) {
          Map<String, Value0> more = new LinkedHashMap<>(partial);
          more.put(column.name(), value);
          next.add(more);
        }
      }
      all = next;
    }
    return all;
  }

  /** Days before, on and after every effective-date boundary the generator uses. */
  static List<LocalDate> representativeDays() {
    List<LocalDate> days = new ArrayList<>();
    for (int d = -1; d <= 9; d++) {
      days.add(JAN_1.plusDays(d));
    }
    return days;
  }
}
