package org.hotline12345.core.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.core.timelimit.Stage;

/** Reads and writes {@link SupervisionTable} files; see the table's class comment for the format. */
final class SupervisionCsv {

  static final CsvReader CSV = CsvReader.withColumns(List.of("stage", "yellow", "step", "anchor", "addressee"),
      List.of("delay"));

  private static final Pattern FRACTION = Pattern.compile("\\d{1,3}(\\.\\d{1,12})?%?");
  private static final String OTHERS = "*";

  private SupervisionCsv() {}

  /** The rows of one stage (or of {@code *}) as read so far. */
  private static final class Group {
    final double yellow;
    final int firstLine;
    final List<Rung> rungs = new ArrayList<>();

    Group(double yellow, int firstLine) {
      this.yellow = yellow;
      this.firstLine = firstLine;
    }
  }

  static SupervisionTable readResource(String name) {
    try (InputStream in = SupervisionCsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the preset " + name + " is missing from the hotline-core jar");
      }
      return read(CSV.read(in, name), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SupervisionTable read(List<CsvReader.Row> rows, String source) {
    if (rows.isEmpty()) {
      throw new FileFormatException(source, 1, "the table has no rows: give at least a '*' row or one per"
          + " supervised stage");
    }
    Map<Optional<Stage>, Group> groups = new java.util.LinkedHashMap<>();
    for (CsvReader.Row row : rows) {
      Optional<Stage> stage = stage(row);
      double yellow = yellow(row);
      Group group = groups.get(stage);
      if (group == null) {
        group = new Group(yellow, row.line());
        groups.put(stage, group);
      } else if (group.yellow != yellow) {
        throw row.error("yellow", "yellow " + yellow + " differs from " + group.yellow + " on line " + group.firstLine
            + " for " + name(stage) + ": every row of a stage gives the same threshold");
      }
      Optional<Rung> rung = rung(row);
      if (rung.isPresent()) {
        if (!group.rungs.isEmpty()) {
          Rung.Problem problem = Rung.problemAfter(group.rungs.get(group.rungs.size() - 1), rung.get());
          if (problem != null) {
            throw row.error(problem.field(), "the ladder of " + name(stage) + ": " + problem.reason());
          }
        }
        group.rungs.add(rung.get());
      }
    }
    SupervisionTable.Builder b = SupervisionTable.builder();
    List<Stage> missing = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stage.isSupervised() && !groups.containsKey(Optional.of(stage)) && !groups.containsKey(Optional.empty())) {
        missing.add(stage);
      }
    }
    if (!missing.isEmpty()) {
      throw new FileFormatException(source, rows.get(rows.size() - 1).line(), "no rows for " + missing
          + " and no '*' row: every supervised stage needs its threshold and ladder");
    }
    groups.forEach((stage, group) -> {
      if (stage.isPresent()) {
        b.stage(stage.get(), group.yellow, group.rungs);
      } else {
        b.otherStages(group.yellow, group.rungs);
      }
    });
    return b.build();
  }

  private static String name(Optional<Stage> stage) {
    return stage.map(Stage::name).orElse("'*'");
  }

  private static Optional<Stage> stage(CsvReader.Row row) {
    String text = row.get("stage");
    if (text.equals(OTHERS)) {
      return Optional.empty();
    }
    for (Stage stage : Stage.values()) {
      if (stage.name().equalsIgnoreCase(text) || stage.chinese().equals(text)) {
        String problem = SupervisionTable.stageProblem(stage);
        if (problem != null) {
          throw row.error("stage", problem);
        }
        return Optional.of(stage);
      }
    }
    throw row.error("stage", "stage '" + text + "' is not '*' or one of " + List.of(Stage.values())
        + " (or their Chinese names)");
  }

  private static double yellow(CsvReader.Row row) {
    String text = row.get("yellow");
    if (!FRACTION.matcher(text).matches()) {
      throw row.error("yellow", "yellow '" + text + "' is not a fraction (0.8) or a percentage (80%)");
    }
    double value = text.endsWith("%")
        ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100 : Double.parseDouble(text);
    String problem = SupervisionTable.thresholdProblem(value);
    if (problem != null) {
      throw row.error("yellow", problem);
    }
    return value;
  }

  private static Optional<Rung> rung(CsvReader.Row row) {
    String delayText = row.has("delay") ? row.get("delay") : "";
    List<String> given = new ArrayList<>();
    for (String column : List.of("step", "anchor", "addressee")) {
      if (!row.get(column).isEmpty()) {
        given.add(column);
      }
    }
    if (given.isEmpty() && delayText.isEmpty()) {
      return Optional.empty();
    }
    for (String column : List.of("step", "anchor", "addressee")) {
      if (!given.contains(column)) {
        throw row.error(column, column + " is empty: a rung names its step, anchor and addressee (a row with"
            + " all three and the delay empty gives a stage lights only)");
      }
    }
    EscalationStep step = named(row, "step", EscalationStep.values(), EscalationStep::chinese);
    Rung.Anchor anchor = named(row, "anchor", Rung.Anchor.values(), Rung.Anchor::chinese);
    Addressee addressee = named(row, "addressee", Addressee.values(), Addressee::chinese);
    if (delayText.isEmpty() || delayText.equals("0")) {
      return Optional.of(Rung.of(step, anchor, addressee));
    }
    try {
      return Optional.of(Rung.of(step, anchor, TimeLimit.parse(delayText), addressee));
    } catch (IllegalArgumentException e) {
      throw row.error("delay", "delay: " + e.getMessage() + ", or empty or 0 for none");
    }
  }

  private static <E extends Enum<E>> E named(CsvReader.Row row, String column, E[] values,
      java.util.function.Function<E, String> chinese) {
    String text = row.get(column);
    for (E value : values) {
      if (value.name().equalsIgnoreCase(text) || chinese.apply(value).equals(text)) {
        return value;
      }
    }
    throw row.error(column, column + " '" + text + "' is not one of " + List.of(values)
        + " (or their Chinese names)");
  }

  static String write(Map<Stage, SupervisionTable.Entry> entries) {
    StringBuilder out = new StringBuilder();
    out.append("# Supervision table (督办规则): a stage's yellow threshold, then one row per rung of its")
        .append(" escalation ladder.\n# See docs/supervision.md.\n")
        .append("stage,yellow,step,anchor,delay,addressee\n");
    entries.forEach((stage, entry) -> {
      String yellow = Double.toString(entry.yellow());
      if (entry.ladder().isEmpty()) {
        out.append(stage.name()).append(',').append(yellow).append(",,,,\n");
      }
      for (Rung rung : entry.ladder()) {
        String delay = rung.delay().map(TimeLimit::toString).orElse("");
        out.append(stage.name()).append(',').append(yellow).append(',').append(rung.step().name()).append(',')
            .append(rung.anchor().name()).append(',').append(delay.contains(",") ? '"' + delay + '"' : delay)
            .append(',').append(rung.addressee().name()).append('\n');
      }
    });
    return out.toString();
  }
}
