package org.hotline12345.rules.impact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.department.DepartmentId;

/**
 * One decision taken both ways on every selected case of the period: how many cases it was taken
 * on, on how many the current and the candidate rules decide differently, and those differences
 * counted by change, by department, by category and by area, with examples and a check against
 * what really happened. Lists are ordered for reading: the largest counts first.
 *
 * @param kind the decision
 * @param compared the cases on which both rule sets decided (for routing, those accepted; for
 *     time limits, those dispatched)
 * @param differing of those, the cases decided differently (for time limits, a different limit in
 *     at least one stage)
 * @param failed the cases on which either rule set threw instead of deciding (not compared)
 * @param currentRuleSets the rule sets and versions the current decisions named, at most {@link
 *     #MAX_RULE_SETS}; empty where the port gives no structured explanation (time limits)
 * @param candidateRuleSets the same for the candidate decisions
 * @param changes each change from a current decision to a candidate one, with its count
 * @param departments for routing, each department as lead (主办) under either rule set: how many
 *     compared cases each sends it; empty for the other decisions
 * @param categories per category code (分类): cases compared and differing
 * @param areas per area code (行政区划): cases compared and differing
 * @param reality how both rule sets compare with what really happened
 * @param examples the first differing cases, in registration order, at most the report's limit
 */
public record Comparison(DecisionKind kind, long compared, long differing, long failed,
    List<RuleSetUse> currentRuleSets, List<RuleSetUse> candidateRuleSets, List<Change> changes,
    List<DepartmentShare> departments, List<Group> categories, List<Group> areas, RealityCheck reality,
    List<Example> examples) {

  /** The most rule sets (and versions) listed for each side. */
  public static final int MAX_RULE_SETS = 20;

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field, a list or a row is null
   * @throws IllegalArgumentException if a count is negative or {@code differing} exceeds {@code
   *     compared}
   */
  public Comparison {
    Objects.requireNonNull(kind, "kind");
    Counts.requireParts("compared", compared, "differing", differing, "differing", differing);
    Counts.require("failed", failed);
    currentRuleSets = List.copyOf(currentRuleSets);
    candidateRuleSets = List.copyOf(candidateRuleSets);
    changes = List.copyOf(changes);
    departments = List.copyOf(departments);
    categories = List.copyOf(categories);
    areas = List.copyOf(areas);
    Objects.requireNonNull(reality, "reality");
    examples = List.copyOf(examples);
  }

  /**
   * Whether any compared case is decided differently.
   *
   * @return true if {@code differing > 0}
   */
  public boolean hasDifferences() {
    return differing > 0;
  }

  /**
   * A rule set's version and how many decisions named it.
   *
   * @param ruleSet the rule set's id
   * @param version its version
   * @param decisions the decisions that named it
   */
  public record RuleSetUse(String ruleSet, String version, long decisions) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if decisions is negative
     */
    public RuleSetUse {
      Objects.requireNonNull(ruleSet, "ruleSet");
      Objects.requireNonNull(version, "version");
      Counts.require("decisions", decisions);
    }
  }

  /**
   * A change from one decision to another, and the cases it happens to.
   *
   * @param current the current rules' decision, for example {@code nj.gulou}, {@code accept (受理)}
   *     or {@code 办结 RESOLUTION: 5 working days}
   * @param candidate the candidate rules' decision
   * @param cases how many compared cases change so
   * @param caseNumbers the first of them, at most {@link #MAX_NUMBERS}, in registration order
   */
  public record Change(String current, String candidate, long cases, List<CaseNumber> caseNumbers) {

    /** The most case numbers a change lists. */
    public static final int MAX_NUMBERS = 5;

    /**
     * Checks the fields and copies the list.
     *
     * @throws NullPointerException if a field or a number is null
     * @throws IllegalArgumentException if cases is negative, or more numbers are listed than
     *     allowed or than cases counted
     */
    public Change {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(candidate, "candidate");
      Counts.require("cases", cases);
      caseNumbers = List.copyOf(caseNumbers);
      if (caseNumbers.size() > Math.min(cases, MAX_NUMBERS)) {
        throw new IllegalArgumentException("caseNumbers: at most " + MAX_NUMBERS + " and at most cases (" + cases
            + "), were " + caseNumbers.size());
      }
    }
  }

  /**
   * A department (承办单位) as lead: how many compared cases each rule set sends it.
   *
   * @param department the department
   * @param name its name in the directory, or its id when the directory does not hold it
   * @param current the cases the current rules send it
   * @param candidate the cases the candidate rules send it
   */
  public record DepartmentShare(DepartmentId department, String name, long current, long candidate) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a count is negative
     */
    public DepartmentShare {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(name, "name");
      Counts.require("current", current);
      Counts.require("candidate", candidate);
    }

    /**
     * How many more cases the candidate rules send it.
     *
     * @return {@code candidate - current}, negative when it gets fewer
     */
    public long change() {
      return candidate - current;
    }
  }

  /**
   * A category or an area: cases compared and differing in it.
   *
   * @param code the category or area code; empty for the cases without one
   * @param compared the cases compared
   * @param differing of those, the cases decided differently
   */
  public record Group(Optional<String> code, long compared, long differing) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if code is null
     * @throws IllegalArgumentException if a count is negative or differing exceeds compared
     */
    public Group {
      Objects.requireNonNull(code, "code");
      Counts.requireParts("compared", compared, "differing", differing, "differing", differing);
    }
  }
}
