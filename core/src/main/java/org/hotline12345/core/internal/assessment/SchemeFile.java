package org.hotline12345.core.internal.assessment;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.assessment.VetoReason;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.internal.Texts;

/**
 * The scheme file (考核方案文件): a header {@code kind,name,value[,target,per_point]}, then one
 * record a setting ({@code setting,base,100}), satisfaction weight ({@code
 * satisfaction,BASICALLY_SATISFIED,0.8}), weighted term ({@code weight,RESPONSE,30}), deduction
 * ({@code deduct,ON_TIME,40,100%,0.4}) or veto reason ({@code veto,FRAUD}). Read with the SDK's
 * CSV reader, so a bad file fails with a {@link FileFormatException} naming the line and column.
 */
public final class SchemeFile {

  private static final List<String> REQUIRED = List.of("kind", "name", "value");
  private static final List<String> OPTIONAL = List.of("target", "per_point");
  private static final String SETTINGS = "id, name, version, base, assisting_weight, bonus_cap, deduction_cap,"
      + " veto_score";

  private SchemeFile() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param separator {@code ','} or a tab
   * @return the scheme
   */
  public static AssessmentScheme read(Path file, char separator) {
    java.util.Objects.requireNonNull(file, "file");
    return parse(reader(separator).read(file), file.toString());
  }

  /**
   * Reads text.
   *
   * @param text the text
   * @param source the name for messages
   * @param separator {@code ','} or a tab
   * @return the scheme
   */
  public static AssessmentScheme read(Reader text, String source, char separator) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(source, "source");
    return parse(reader(separator).read(text, source), source);
  }

  private static CsvReader reader(char separator) {
    return CsvReader.withColumns(REQUIRED, OPTIONAL).withSeparator(separator);
  }

  private static AssessmentScheme parse(List<CsvReader.Row> rows, String source) {
    AssessmentScheme.Builder builder = AssessmentScheme.builder();
    Set<String> seen = new HashSet<>();
    Set<VetoReason> vetoes = EnumSet.noneOf(VetoReason.class);
    for (CsvReader.Row row : rows) {
      String kind = row.get("kind").toLowerCase(Locale.ROOT);
      String name = row.get("name");
      if (!kind.equals("veto") && !kind.equals("weight") && !kind.equals("deduct")
          && !seen.add(kind + ":" + name.toLowerCase(Locale.ROOT))) {
        throw row.error("name", kind + " " + Texts.quote(name) + " is set twice");
      }
      if (!kind.equals("deduct") && (!row.get("target").isEmpty() || !row.get("per_point").isEmpty())) {
        throw row.error(row.get("target").isEmpty() ? "per_point" : "target",
            "only a deduct row has a target and a per_point");
      }
      try {
        switch (kind) {
          case "setting" -> setting(builder, row, name);
          case "satisfaction" -> satisfaction(builder, row, name);
          case "weight" -> builder.term(Term.weighted(indicator(row), number(row, "value")));
          case "deduct" -> builder.term(Term.deduction(indicator(row), rate(row, "target"),
              number(row, "per_point"), number(row, "value")));
          case "veto" -> vetoes.add(VetoReason.named(name).orElseThrow(() -> row.error("name",
              "veto reason " + Texts.quote(name) + " is not one of " + EnumSet.allOf(VetoReason.class))));
          default -> throw row.error("kind", "kind " + Texts.quote(row.get("kind"))
              + " is not one of setting, satisfaction, weight, deduct, veto");
        }
      } catch (FileFormatException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw row.error(columnOf(kind, e.getMessage()), e.getMessage());
      }
    }
    if (!vetoes.isEmpty()) {
      builder.vetoReasons(vetoes);
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new FileFormatException(source, 0, e.getMessage());
    }
  }

  /** The column a refusal of the builder is about. */
  private static String columnOf(String kind, String message) {
    if (kind.equals("setting") || kind.equals("satisfaction") || message.startsWith("points")) {
      return "value";
    }
    if (message.startsWith("target")) {
      return "target";
    }
    return message.startsWith("pointsPerPercent") ? "per_point" : "name";
  }

  private static void setting(AssessmentScheme.Builder builder, CsvReader.Row row, String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "id" -> builder.id(row.get("value"));
      case "name" -> builder.name(row.get("value"));
      case "version" -> builder.version(row.get("value"));
      case "base" -> builder.base(number(row, "value"));
      case "assisting_weight" -> builder.assistingWeight(number(row, "value"));
      case "bonus_cap" -> builder.bonusCap(number(row, "value"));
      case "deduction_cap" -> builder.deductionCap(number(row, "value"));
      case "veto_score" -> builder.vetoScore(number(row, "value"));
      default -> throw row.error("name", "setting " + Texts.quote(name) + " is not one of " + SETTINGS);
    }
  }

  private static void satisfaction(AssessmentScheme.Builder builder, CsvReader.Row row, String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    if (key.equals(Satisfaction.SATISFIED.name()) || name.strip().equals("满意")) {
      builder.satisfiedWeight(number(row, "value"));
    } else if (key.equals(Satisfaction.BASICALLY_SATISFIED.name()) || name.strip().equals("基本满意")) {
      builder.basicallySatisfiedWeight(number(row, "value"));
    } else {
      throw row.error("name", "satisfaction " + Texts.quote(name) + " is neither SATISFIED (满意) nor"
          + " BASICALLY_SATISFIED (基本满意)");
    }
  }

  private static Indicator indicator(CsvReader.Row row) {
    String name = row.get("name");
    return Indicator.named(name).orElseThrow(() -> row.error("name", "indicator " + Texts.quote(name)
        + " is not one of " + List.of(Indicator.values()) + " (or its Chinese name)"));
  }

  private static double number(CsvReader.Row row, String column) {
    String text = row.get(column);
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value) && !text.strip().isEmpty() && text.strip().chars().allMatch(c -> c == '.'
          || c == '-' || (c >= '0' && c <= '9'))) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw row.error(column, column + " " + Texts.quote(text) + " is not a number such as 35 or 0.8");
  }

  /** A rate: {@code 95%} or {@code 0.95}. */
  private static double rate(CsvReader.Row row, String column) {
    String text = row.get(column).strip();
    if (text.endsWith("%")) {
      String digits = text.substring(0, text.length() - 1).strip();
      Optional<Double> percent = Optional.empty();
      try {
        percent = Optional.of(Double.parseDouble(digits)).filter(d -> d >= 0 && d <= 100
            && digits.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9')));
      } catch (NumberFormatException e) {
        // refused below
      }
      return percent.map(p -> p / 100).orElseThrow(() -> row.error(column, column + " " + Texts.quote(text)
          + " is not a percentage from 0% to 100%"));
    }
    double value = number(row, column);
    if (value < 0 || value > 1) {
      throw row.error(column, column + " " + Texts.quote(text) + " is not a rate from 0 to 1 (or 0% to 100%)");
    }
    return value;
  }

  /**
   * The scheme as the text {@link #read} reads back equal.
   *
   * @param scheme the scheme
   * @return CSV text
   */
  public static String write(AssessmentScheme scheme) {
    StringBuilder out = new StringBuilder();
    out.append("kind,name,value,target,per_point\n");
    row(out, "setting", "id", quoted(scheme.id()));
    row(out, "setting", "name", quoted(scheme.name()));
    row(out, "setting", "version", quoted(scheme.version()));
    row(out, "setting", "base", exact(scheme.base()));
    row(out, "setting", "assisting_weight", exact(scheme.assistingWeight()));
    if (Double.isFinite(scheme.bonusCap())) {
      row(out, "setting", "bonus_cap", exact(scheme.bonusCap()));
    }
    if (Double.isFinite(scheme.deductionCap())) {
      row(out, "setting", "deduction_cap", exact(scheme.deductionCap()));
    }
    row(out, "setting", "veto_score", exact(scheme.vetoScore()));
    row(out, "satisfaction", "SATISFIED", exact(scheme.weightOf(Satisfaction.SATISFIED)));
    row(out, "satisfaction", "BASICALLY_SATISFIED", exact(scheme.weightOf(Satisfaction.BASICALLY_SATISFIED)));
    for (Term term : scheme.terms()) {
      if (term.kind() == Term.Kind.WEIGHTED) {
        row(out, "weight", term.indicator().name(), exact(term.points()));
      } else {
        out.append("deduct,").append(term.indicator().name()).append(',').append(exact(term.points())).append(',')
            .append(exact(term.target())).append(',').append(exact(term.pointsPerPercent())).append('\n');
      }
    }
    for (VetoReason reason : scheme.vetoReasons()) {
      row(out, "veto", reason.name(), "");
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String kind, String name, String value) {
    out.append(kind).append(',').append(name).append(',').append(value).append(",,\n");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** A number written so that it reads back as the same double. */
  private static String exact(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
