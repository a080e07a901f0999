package org.hotline12345.rules.triage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.Decision;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;

/**
 * Acceptance (受理) and emergency referral (紧急转办) as a decision table: the
 * {@linkplain CaseInputs standard input columns} plus {@value #CALLER_COUNT} and
 * {@value #PLACE_COUNT} (how many appeals the same caller, and the same place, made within a
 * window before this one, from the {@link AppealHistory}), and the outputs {@value #DECISION}
 * ({@code ACCEPT}, {@code NOT_ACCEPT}, {@code REFER} or {@code PERSON}), {@value #REASON} (a
 * {@link NotAcceptedReason} code, for NOT_ACCEPT) and {@value #LINE} (an {@link EmergencyLine}
 * code, for REFER). The first matching row decides.
 *
 * <p>Loading checks each row against the lifecycle: a NOT_ACCEPT row names one of its reasons, a
 * REFER row one of its emergency lines. As triage steps, {@link #referrals()} acts only when a
 * REFER row wins (emergencies come before everything else), and {@link #decisions()} acts on
 * any winning row; a case no row matches is handed to a person.
 *
 * <p>The preset {@link #chinaPreset(CaseLifecycle)} refers fire to 119, crime to 110, medical
 * emergencies to 120, traffic accidents to 122 and lift entrapment to 96333 by keywords (and by
 * category with keywords), declines the seeds' reasons that words can show, hands frequent
 * callers to a person and accepts the rest.
 */
public final class AcceptanceRules {

  /** The output saying what to do. */
  public static final String DECISION = "decision";
  /** The output naming the reason for not accepting. */
  public static final String REASON = "reason";
  /** The output naming the emergency line. */
  public static final String LINE = "line";
  /** The input counting the same caller's appeals in the window. */
  public static final String CALLER_COUNT = "callerCount";
  /** The input counting the same place's appeals in the window. */
  public static final String PLACE_COUNT = "placeCount";

  /** The values of {@value #DECISION}. */
  public static final List<String> DECISIONS = List.of("REFER", "NOT_ACCEPT", "PERSON", "ACCEPT");

  private final LiveTable table;
  private final CaseLifecycle lifecycle;
  private final CaseInputs inputs;
  private final Duration window;

  private AcceptanceRules(LiveTable table, CaseLifecycle lifecycle, CaseInputs inputs,
      Duration window) {
    this.table = table;
    this.lifecycle = lifecycle;
    this.inputs = inputs;
    this.window = window;
  }

  /**
   * The schema of an acceptance table.
   *
   * @param attributes attribute columns to allow, e.g. {@link CaseInputs#attributeColumns}
   * @return the schema
   * @throws NullPointerException if attributes is null
   */
  public static TableSchema schema(List<Column> attributes) {
    return CaseInputs.schemaWith(attributes).input(Column.of(CALLER_COUNT, ColumnType.NUMBER))
        .input(Column.of(PLACE_COUNT, ColumnType.NUMBER))
        .output(OutputColumn.of(DECISION, OutputType.TEXT).withAllowedValues(DECISIONS))
        .output(OutputColumn.of(REASON, OutputType.TEXT))
        .output(OutputColumn.of(LINE, OutputType.TEXT))
        .build();
  }

  /**
   * Acceptance rules over a live table.
   *
   * @param table the table, in {@link #schema}
   * @param lifecycle the lifecycle whose reasons and emergency lines the rows name
   * @param inputs how a case fills the table's inputs
   * @param window how far back {@value #CALLER_COUNT} and {@value #PLACE_COUNT} count, at most
   *     {@link AppealHistory#MAX_WINDOW}
   * @return the rules
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the row, if a row names a reason or line the
   *     lifecycle does not admit or gives no reason or line where one is needed
   */
  public static AcceptanceRules of(LiveTable table, CaseLifecycle lifecycle, CaseInputs inputs,
      Duration window) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(inputs, "inputs");
    AppealHistory.requireWindow(window);
    check(table.current(), lifecycle);
    return new AcceptanceRules(table, lifecycle, inputs, window);
  }

  /**
   * Reads an acceptance table from a CSV file (TSV by the extension {@code .tsv}).
   *
   * @param file the file
   * @param references the directory, taxonomy and areas its rows must name
   * @return the table and its warnings
   * @throws NullPointerException if an argument is null
   * @throws org.hotline12345.calendar.FileFormatException if the file breaks the format
   * @throws org.hotline12345.rules.table.TableVerificationException if verification finds errors
   */
  public static LoadedTable readCsv(Path file, References references) {
    return DecisionTables.readCsv(file, schema(List.of()), references);
  }

  /**
   * The preset acceptance table of a Chinese 12345 hotline (see the class description), over
   * the preset taxonomy, with a window of 30 days for the counts.
   *
   * @param lifecycle the lifecycle; it must admit the seeds' reasons and China's emergency lines
   * @return the rules
   * @throws NullPointerException if lifecycle is null
   */
  public static AcceptanceRules chinaPreset(CaseLifecycle lifecycle) {
    LoadedTable loaded = Presets.table("acceptance-cn.csv", schema(List.of()));
    return of(LiveTable.of(loaded.table(), Presets.references()), lifecycle,
        CaseInputs.in(java.time.ZoneId.of("Asia/Shanghai")).withAreas(Presets.areas())
            .withTaxonomy(Presets.taxonomy()),
        Duration.ofDays(30));
  }

  /**
   * The live table.
   *
   * @return the table holder
   */
  public LiveTable table() {
    return table;
  }

  /**
   * Swaps a new version in after checking its rows against the lifecycle.
   *
   * @param next the new version
   * @throws NullPointerException if next is null
   * @throws IllegalArgumentException if a row fails a check, or the live table refuses it
   */
  public void swap(DecisionTable next) {
    Objects.requireNonNull(next, "next");
    check(next, lifecycle);
    table.swap(next);
  }

  /**
   * The step that refers emergencies: it decides only when a REFER row wins.
   *
   * @return the step
   */
  public TriageStep referrals() {
    return (c, history) -> decide(c, history).filter(o -> o instanceof TriageOutcome.ReferToEmergency);
  }

  /**
   * The step that decides by the winning row, whatever it says; with no row matching, a person
   * decides.
   *
   * @return the step
   */
  public TriageStep decisions() {
    return this::decide;
  }

  private Optional<TriageOutcome> decide(Case c, AppealHistory history) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(history, "history");
    DecisionTable current = table.current();
    Inputs.Builder given = inputs.of(current, c);
    if (has(current, CALLER_COUNT)) {
      given.number(CALLER_COUNT, history.appealsFromCaller(c, window));
    }
    if (has(current, PLACE_COUNT)) {
      given.number(PLACE_COUNT, history.appealsAtPlace(c, window));
    }
    Decision decision = current.decide(given.build(), inputs.dayOf(c));
    Explanation why = decision.toExplanation();
    if (decision.first().isEmpty()) {
      return Optional.of(new TriageOutcome.HandToPerson(new Explanation(why.ruleSet(),
          why.version(), Optional.empty(), why.text() + "; a person decides (转人工)")));
    }
    Row row = decision.first().get();
    String verdict = row.output(DECISION).orElseThrow();
    return Optional.of(switch (verdict) {
      case "ACCEPT" -> new TriageOutcome.Accept(why);
      case "NOT_ACCEPT" -> new TriageOutcome.NotAccept(reason(lifecycle, row).orElseThrow(), why);
      case "REFER" -> new TriageOutcome.ReferToEmergency(line(lifecycle, row).orElseThrow(), why);
      default -> new TriageOutcome.HandToPerson(why);
    });
  }

  private static boolean has(DecisionTable table, String column) {
    return table.inputs().stream().anyMatch(c -> c.name().equals(column));
  }

  private static Optional<NotAcceptedReason> reason(CaseLifecycle lifecycle, Row row) {
    String code = row.output(REASON).orElse("").strip();
    return lifecycle.notAcceptedReasons().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  private static Optional<EmergencyLine> line(CaseLifecycle lifecycle, Row row) {
    String code = row.output(LINE).orElse("").strip();
    return lifecycle.emergencyLines().stream()
        .filter(l -> l.code().equals(code) || l.number().equals(code)).findFirst();
  }

  static void check(DecisionTable table, CaseLifecycle lifecycle) {
    Set<String> outputs = new java.util.HashSet<>();
    table.outputs().forEach(o -> outputs.add(o.name()));
    for (String needed : List.of(DECISION, REASON, LINE)) {
      if (!outputs.contains(needed)) {
        throw new IllegalArgumentException("acceptance table " + Texts.quote(table.ruleSetId())
            + " has no output column " + Texts.quote(needed));
      }
    }
    for (Row row : table.rows()) {
      String verdict = row.output(DECISION).orElse("").strip();
      if (!DECISIONS.contains(verdict)) {
        throw new IllegalArgumentException("acceptance table " + Texts.quote(table.ruleSetId())
            + " row " + Texts.quote(row.id()) + ": decision " + Texts.quote(verdict)
            + " is not one of " + DECISIONS);
      }
      if (verdict.equals("NOT_ACCEPT") && reason(lifecycle, row).isEmpty()) {
        throw new IllegalArgumentException("acceptance table " + Texts.quote(table.ruleSetId())
            + " row " + Texts.quote(row.id()) + ": reason " + Texts.quote(row.output(REASON)
            .orElse("")) + " is not one of the lifecycle's reasons for not accepting "
            + lifecycle.notAcceptedReasons().stream().map(NotAcceptedReason::code).sorted().toList());
      }
      if (verdict.equals("REFER") && line(lifecycle, row).isEmpty()) {
        throw new IllegalArgumentException("acceptance table " + Texts.quote(table.ruleSetId())
            + " row " + Texts.quote(row.id()) + ": line " + Texts.quote(row.output(LINE)
            .orElse("")) + " is not one of the lifecycle's emergency lines "
            + lifecycle.emergencyLines().stream().map(EmergencyLine::code).sorted().toList());
      }
    }
  }

  @Override
  public String toString() {
    DecisionTable current = table.current();
    return "AcceptanceRules[" + Texts.escape(current.ruleSetId(), 100) + " "
        + Texts.escape(current.version(), 100) + ", " + current.rows().size() + " rows, window "
        + window + "]";
  }
}
