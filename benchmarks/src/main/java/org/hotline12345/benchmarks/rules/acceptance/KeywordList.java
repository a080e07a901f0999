package org.hotline12345.benchmarks.rules.acceptance;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.triage.AcceptanceRules;

/**
 * The acceptance tables (受理规则) the benchmark decides with: the preset of China's lines as it
 * ships, and the same table with about a thousand generated keywords more, to show how each way
 * of looking for keywords grows with the list.
 */
public enum KeywordList {

  /**
   * The preset {@code acceptance-cn.csv} of hotline-rules as it ships: 14 rows, 60 keywords in
   * 12 KEYWORDS cells (emergencies first, then the reasons for not accepting), read with
   * {@code Presets.table("acceptance-cn.csv", AcceptanceRules.schema(List.of()))}.
   */
  PRESET {
    @Override
    public DecisionTable table() {
      return Presets.table(FILE, AcceptanceRules.schema(List.of())).table();
    }
  },

  /**
   * The preset with {@value #GENERATED_ROWS} generated rows of {@value #KEYWORDS_PER_ROW}
   * keywords each inserted before the frequent-caller row: 1,060 keywords in all. See {@link
   * #scaled(List)}.
   */
  SCALED_1000 {
    @Override
    public DecisionTable table() {
      return scaled(AcceptanceAppeal.mix().stream().map(AcceptanceAppeal::text).toList());
    }
  };

  /** The preset file's name. */
  static final String FILE = "acceptance-cn.csv";

  /** How many rows the scaled table adds. */
  public static final int GENERATED_ROWS = 100;

  /** How many keywords each added row has. */
  public static final int KEYWORDS_PER_ROW = 10;

  /** The seed of the generated keywords. */
  public static final long SEED = 20261201L;

  /** The row the generated rows are inserted before. */
  private static final String FREQUENT_ROW = "\nP-FREQUENT,";

  /** The column names of a table file's header line: the first line not a directive. */
  private static List<String> header(String csv) {
    for (String line : csv.split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        return List.of(line.strip().split(","));
      }
    }
    throw new IllegalStateException("the preset " + FILE + " has no header");
  }

  /**
   * Reads the table, verified against the preset references.
   *
   * @return the table
   */
  public abstract DecisionTable table();

  /**
   * The preset with the generated rows: {@value #GENERATED_ROWS} NOT_ACCEPT rows ({@code
   * G001} to {@code G100}, reason OUTSIDE_LOCAL_POWERS) of {@value #KEYWORDS_PER_ROW} keywords,
   * each keyword of 3 or 4 characters drawn from the characters of the given texts, so that an
   * automaton and {@code String.contains} meet their first characters often, as they meet real
   * words. A keyword found in one of the texts is drawn again: the added rows never win on the
   * benchmark's appeals, and every appeal is decided as by the preset, only against a longer
   * list. The rows go after the preset's reasons and before its frequent-caller row, so that an
   * appeal that the preset accepts is checked against every keyword.
   *
   * @param texts the texts no generated keyword may occur in, and whose characters they use
   * @return the table, verified against the preset references
   */
  public static DecisionTable scaled(List<String> texts) {
    StringBuilder alphabet = new StringBuilder();
    Set<Character> seen = new LinkedHashSet<>();
    for (String text : texts) {
      for (char c : text.toCharArray()) {
        if (Character.isIdeographic(c) && seen.add(c)) {
          alphabet.append(c);
        }
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Set<String> keywords = new LinkedHashSet<>();
    while (keywords.size() < GENERATED_ROWS * KEYWORDS_PER_ROW) {
      int length = 3 + random.nextInt(2);
      StringBuilder keyword = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        keyword.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = keyword.toString();
      if (texts.stream().noneMatch(text -> text.contains(candidate))) {
        keywords.add(candidate);
      }
    }
    List<String> drawn = new ArrayList<>(keywords);
    String preset = PRESET.table().toCsv();
    int at = preset.indexOf(FREQUENT_ROW);
    if (at < 0) {
      throw new IllegalStateException("the preset " + FILE + " has no row P-FREQUENT");
    }
    List<String> header = header(preset);
    StringBuilder rows = new StringBuilder();
    for (int r = 0; r < GENERATED_ROWS; r++) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(switch (column.replace("=", "")) {
          case "id" -> String.format("G%03d", r + 1);
          case "description" -> "generated";
          case CaseInputs.TEXT -> "\"" + String.join(", ",
              drawn.subList(r * KEYWORDS_PER_ROW, (r + 1) * KEYWORDS_PER_ROW)) + "\"";
          case AcceptanceRules.DECISION -> "NOT_ACCEPT";
          case AcceptanceRules.REASON -> "OUTSIDE_LOCAL_POWERS";
          default -> "";
        });
      }
      rows.append(String.join(",", cells)).append('\n');
    }
    String csv = preset.substring(0, at + 1) + rows + preset.substring(at + 1);
    return DecisionTables.readCsv(new StringReader(csv), "acceptance-scaled.csv",
        AcceptanceRules.schema(List.of()), Presets.references()).table();
  }
}
