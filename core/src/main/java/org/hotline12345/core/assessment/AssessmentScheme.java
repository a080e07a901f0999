package org.hotline12345.core.assessment;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.internal.Texts;
import org.hotline12345.core.internal.assessment.SchemeFile;
import org.hotline12345.persistence.Keys;

/**
 * A city's assessment scheme (考核方案) as data: the terms that turn indicator rates into points,
 * the base score, how assisting departments (协办) and a basically satisfied citizen count, the
 * caps on bonuses and deductions (加分项, 扣分项), and the reasons for a one-vote veto (一票否决).
 * Built in code or read from a small CSV or TSV file; {@link AssessmentSchemes} has the presets.
 *
 * <p>A department's score is {@code base + weighted points − deductions of the terms − manual
 * deductions + bonuses}, not below 0; the weighted points of terms without data that period (no
 * callback reached the citizen, say) are shared out over the weighted terms that have data, so a
 * department is not punished for what it could not be judged on. A vetoed department scores the
 * scheme's {@linkplain #vetoScore() veto score} and ranks after every department not vetoed.
 *
 * <pre>{@code
 * AssessmentScheme county = AssessmentScheme.builder()
 *     .id("county-2025").name("某县12345考核").version("2025")
 *     .term(Term.weighted(Indicator.RESPONSE, 30))
 *     .term(Term.weighted(Indicator.RESOLUTION, 35))
 *     .term(Term.weighted(Indicator.SATISFACTION, 35))
 *     .basicallySatisfiedWeight(0.8)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentScheme {

  /** The most terms a scheme has. */
  public static final int MAX_TERMS = 64;

  private final String id;
  private final String name;
  private final String version;
  private final double base;
  private final List<Term> terms;
  private final double assistingWeight;
  private final double satisfiedWeight;
  private final double basicallySatisfiedWeight;
  private final double bonusCap;
  private final double deductionCap;
  private final double vetoScore;
  private final Set<VetoReason> vetoReasons;

  private AssessmentScheme(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.version = b.version;
    this.base = b.base;
    this.terms = List.copyOf(b.terms);
    this.assistingWeight = b.assistingWeight;
    this.satisfiedWeight = b.satisfiedWeight;
    this.basicallySatisfiedWeight = b.basicallySatisfiedWeight;
    this.bonusCap = b.bonusCap;
    this.deductionCap = b.deductionCap;
    this.vetoScore = b.vetoScore;
    this.vetoReasons = Collections.unmodifiableSet(EnumSet.copyOf(b.vetoReasons));
  }

  /**
   * A builder: base 0, lead only (assisting weight 0), satisfied and basically satisfied both
   * 1, no caps, veto score 0, every veto reason.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this scheme, to build a changed copy (a new version).
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Reads a scheme from a CSV file (UTF-8; format in {@code docs/assessment.md}): a header
   * {@code kind,name,value} with the optional columns {@code target} and {@code per_point}, then
   * a record a setting, satisfaction weight, term or veto reason.
   *
   * @param file the file
   * @return the scheme
   * @throws NullPointerException if file is null
   * @throws FileFormatException naming the file, the line and the column of the first problem
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static AssessmentScheme readCsv(Path file) {
    return SchemeFile.read(file, ',');
  }

  /**
   * Reads a scheme from CSV text.
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @return the scheme
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException naming the source, the line and the column of the first problem
   */
  public static AssessmentScheme readCsv(Reader text, String source) {
    return SchemeFile.read(text, source, ',');
  }

  /**
   * Reads a scheme from a TSV file (tab-separated, as spreadsheets save it), same columns.
   *
   * @param file the file
   * @return the scheme
   * @throws NullPointerException if file is null
   * @throws FileFormatException naming the file, the line and the column of the first problem
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static AssessmentScheme readTsv(Path file) {
    return SchemeFile.read(file, '\t');
  }

  /**
   * Reads a scheme from TSV text.
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @return the scheme
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException naming the source, the line and the column of the first problem
   */
  public static AssessmentScheme readTsv(Reader text, String source) {
    return SchemeFile.read(text, source, '\t');
  }

  /**
   * The scheme as the CSV text {@link #readCsv} reads back equal: a city starts from a preset's
   * text and edits it.
   *
   * @return the CSV text
   */
  public String toCsv() {
    return SchemeFile.write(this);
  }

  /**
   * The scheme's id, for example {@code beijing-3rates}: 1 to 64 of {@code A-Z a-z 0-9 . _ : -}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The scheme's name, for example {@code 北京式三率考核}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The scheme's version, for example {@code 2025}: a period is assessed under one version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The base score (基础分) every department starts from: 0 for a weighted scheme, 100 for a
   * scheme of deductions.
   *
   * @return the base, 0 to 1,000
   */
  public double base() {
    return base;
  }

  /**
   * The terms, in order.
   *
   * @return the terms, at least one, each indicator at most once
   */
  public List<Term> terms() {
    return terms;
  }

  /**
   * How an assisting department (协办单位) counts in the case outcomes it shares (on-time
   * resolution, resolution, satisfaction, reopens) and in signing for: 0 leaves assisting
   * departments out, 1 counts them as fully as the lead.
   *
   * @return the weight, 0 to 1
   */
  public double assistingWeight() {
    return assistingWeight;
  }

  /**
   * What a satisfaction level counts for in the satisfaction rate: satisfied and basically
   * satisfied as the scheme says, dissatisfied 0; not reached does not count at all.
   *
   * @param satisfaction the level
   * @return the weight, 0 to 1
   * @throws NullPointerException if satisfaction is null
   * @throws IllegalArgumentException for {@link Satisfaction#NOT_REACHED}, which counts for nothing
   */
  public double weightOf(Satisfaction satisfaction) {
    Objects.requireNonNull(satisfaction, "satisfaction");
    return switch (satisfaction) {
      case SATISFIED -> satisfiedWeight;
      case BASICALLY_SATISFIED -> basicallySatisfiedWeight;
      case DISSATISFIED -> 0;
      case NOT_REACHED -> throw new IllegalArgumentException("satisfaction: a callback that did not reach the citizen"
          + " is not counted");
    };
  }

  /**
   * The most bonus points (加分) a department gets in a period.
   *
   * @return the cap, {@link Double#POSITIVE_INFINITY} for none
   */
  public double bonusCap() {
    return bonusCap;
  }

  /**
   * The most points manual deductions (扣分) take in a period.
   *
   * @return the cap, {@link Double#POSITIVE_INFINITY} for none
   */
  public double deductionCap() {
    return deductionCap;
  }

  /**
   * The score of a vetoed department (一票否决).
   *
   * @return the score, 0 or more
   */
  public double vetoScore() {
    return vetoScore;
  }

  /**
   * The reasons this scheme vetoes for.
   *
   * @return the reasons, at least one
   */
  public Set<VetoReason> vetoReasons() {
    return vetoReasons;
  }

  /**
   * The best score without bonuses: the base plus every weighted term's points.
   *
   * @return the score
   */
  public double fullScore() {
    return base + terms.stream().filter(t -> t.kind() == Term.Kind.WEIGHTED).mapToDouble(Term::points).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentScheme s && id.equals(s.id) && name.equals(s.name) && version.equals(s.version)
        && base == s.base && terms.equals(s.terms) && assistingWeight == s.assistingWeight
        && satisfiedWeight == s.satisfiedWeight && basicallySatisfiedWeight == s.basicallySatisfiedWeight
        && bonusCap == s.bonusCap && deductionCap == s.deductionCap && vetoScore == s.vetoScore
        && vetoReasons.equals(s.vetoReasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, terms);
  }

  @Override
  public String toString() {
    return "AssessmentScheme[" + id + " " + version + ", base " + Numbers.plain(base) + ", " + terms + "]";
  }

  /** Builds a scheme; every setter checks its argument and names it. */
  public static final class Builder {
    private String id;
    private String name;
    private String version;
    private double base;
    private final List<Term> terms = new ArrayList<>();
    private double assistingWeight;
    private double satisfiedWeight = 1;
    private double basicallySatisfiedWeight = 1;
    private double bonusCap = Double.POSITIVE_INFINITY;
    private double deductionCap = Double.POSITIVE_INFINITY;
    private double vetoScore;
    private final Set<VetoReason> vetoReasons = EnumSet.allOf(VetoReason.class);

    private Builder() {}

    private Builder(AssessmentScheme s) {
      id = s.id;
      name = s.name;
      version = s.version;
      base = s.base;
      terms.addAll(s.terms);
      assistingWeight = s.assistingWeight;
      satisfiedWeight = s.satisfiedWeight;
      basicallySatisfiedWeight = s.basicallySatisfiedWeight;
      bonusCap = s.bonusCap;
      deductionCap = s.deductionCap;
      vetoScore = s.vetoScore;
      vetoReasons.clear();
      vetoReasons.addAll(s.vetoReasons);
    }

    /**
     * The id.
     *
     * @param id 1 to 64 of {@code A-Z a-z 0-9 . _ : -}
     * @return this builder
     * @throws NullPointerException if id is null
     * @throws IllegalArgumentException if the id breaks the rule
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      Keys.requireId("id", id);
      this.id = id;
      return this;
    }

    /**
     * The name.
     *
     * @param name 1 to 100 characters, not blank
     * @return this builder
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if the name breaks the rule
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      this.name = Texts.requireText("name", name, 100);
      return this;
    }

    /**
     * The version.
     *
     * @param version 1 to 64 characters, not blank
     * @return this builder
     * @throws NullPointerException if version is null
     * @throws IllegalArgumentException if the version breaks the rule
     */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version");
      this.version = Texts.requireText("version", version, 64);
      return this;
    }

    /**
     * The base score.
     *
     * @param base 0 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder base(double base) {
      this.base = inRange("base", base, 0, Term.MAX_POINTS);
      return this;
    }

    /**
     * Adds a term.
     *
     * @param term the term; its indicator not in an earlier term
     * @return this builder
     * @throws NullPointerException if term is null
     * @throws IllegalArgumentException if the indicator has a term already, or there are too many
     */
    public Builder term(Term term) {
      Objects.requireNonNull(term, "term");
      if (terms.stream().anyMatch(t -> t.indicator() == term.indicator())) {
        throw new IllegalArgumentException("term: indicator " + term.indicator() + " has a term already");
      }
      if (terms.size() == MAX_TERMS) {
        throw new IllegalArgumentException("term: a scheme has at most " + MAX_TERMS + " terms");
      }
      terms.add(term);
      return this;
    }

    /**
     * The assisting departments' weight.
     *
     * @param weight 0 (lead only) to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder assistingWeight(double weight) {
      this.assistingWeight = inRange("assistingWeight", weight, 0, 1);
      return this;
    }

    /**
     * What a satisfied citizen counts for.
     *
     * @param weight 0 to 1; at least the basically satisfied weight when built
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder satisfiedWeight(double weight) {
      this.satisfiedWeight = inRange("satisfiedWeight", weight, 0, 1);
      return this;
    }

    /**
     * What a basically satisfied citizen counts for, for example 0.8.
     *
     * @param weight 0 to 1; at most the satisfied weight when built
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder basicallySatisfiedWeight(double weight) {
      this.basicallySatisfiedWeight = inRange("basicallySatisfiedWeight", weight, 0, 1);
      return this;
    }

    /**
     * The cap on bonus points a period.
     *
     * @param cap 0 or more, or {@link Double#POSITIVE_INFINITY} for none
     * @return this builder
     * @throws IllegalArgumentException if negative or NaN
     */
    public Builder bonusCap(double cap) {
      this.bonusCap = inRange("bonusCap", cap, 0, Double.POSITIVE_INFINITY);
      return this;
    }

    /**
     * The cap on manual deductions a period.
     *
     * @param cap 0 or more, or {@link Double#POSITIVE_INFINITY} for none
     * @return this builder
     * @throws IllegalArgumentException if negative or NaN
     */
    public Builder deductionCap(double cap) {
      this.deductionCap = inRange("deductionCap", cap, 0, Double.POSITIVE_INFINITY);
      return this;
    }

    /**
     * The score of a vetoed department.
     *
     * @param score 0 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder vetoScore(double score) {
      this.vetoScore = inRange("vetoScore", score, 0, Term.MAX_POINTS);
      return this;
    }

    /**
     * The reasons the scheme vetoes for, replacing those set.
     *
     * @param reasons at least one
     * @return this builder
     * @throws NullPointerException if reasons or one of them is null
     * @throws IllegalArgumentException if empty
     */
    public Builder vetoReasons(Set<VetoReason> reasons) {
      Objects.requireNonNull(reasons, "reasons");
      if (reasons.isEmpty() || reasons.contains(null)) {
        throw new IllegalArgumentException("vetoReasons: at least one, none null");
      }
      vetoReasons.clear();
      vetoReasons.addAll(reasons);
      return this;
    }

    /**
     * Builds the scheme.
     *
     * @return the scheme
     * @throws IllegalStateException naming what is missing: the id, name, version, or a term;
     *     or if basically satisfied weighs more than satisfied
     */
    public AssessmentScheme build() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id");
      }
      if (name == null) {
        missing.add("name");
      }
      if (version == null) {
        missing.add("version");
      }
      if (terms.isEmpty()) {
        missing.add("a term");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a scheme needs " + String.join(", ", missing));
      }
      if (basicallySatisfiedWeight > satisfiedWeight) {
        throw new IllegalStateException("basicallySatisfiedWeight (" + basicallySatisfiedWeight
            + ") must not exceed satisfiedWeight (" + satisfiedWeight + ")");
      }
      return new AssessmentScheme(this);
    }

    private static double inRange(String field, double value, double min, double max) {
      if (!(value >= min && value <= max)) {
        throw new IllegalArgumentException(field + ": must be from " + Numbers.plain(min) + " to "
            + (Double.isInfinite(max) ? "infinity" : Numbers.plain(max)) + ", was " + value);
      }
      return value;
    }
  }
}
