package org.hotline12345.rules.internal.impact;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.rules.impact.Comparison;
import org.hotline12345.rules.impact.DecisionKind;
import org.hotline12345.rules.impact.Example;
import org.hotline12345.rules.impact.Failure;
import org.hotline12345.rules.impact.ImpactReport;
import org.hotline12345.rules.impact.RealityCheck;

/** Writes an {@link ImpactReport} as the plain text a dispatch office reads. */
public final class ReportText {

  private ReportText() {}

  /**
   * The report as text.
   *
   * @param report the report
   * @return the text, lines ending in {@code \n}
   */
  public static String of(ImpactReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out = new StringBuilder();
    out.append("Rule-change impact (规则变更影响评估)\n");
    out.append("Cases registered from ").append(report.from()).append(" to ").append(report.to()).append(": ")
        .append(report.casesInPeriod()).append(" in the period, ").append(report.casesSelected())
        .append(" selected\n");
    if (!report.categories().isEmpty() || !report.areas().isEmpty()) {
      TreeSet<String> categories = new TreeSet<>();
      report.categories().forEach(c -> categories.add(c.value()));
      out.append("Selected: categories (分类) ").append(categories.isEmpty() ? "any" : String.join(", ", categories)
          + " and under").append("; areas (区域) ")
          .append(report.areas().isEmpty() ? "any" : String.join(", ", new TreeSet<>(report.areas()))).append('\n');
    }
    for (Comparison c : report.comparisons()) {
      comparison(out, c);
    }
    if (report.failureCount() > 0) {
      out.append("\nFailures (未能比较): ").append(report.failureCount()).append('\n');
      TextTable table = new TextTable("case", "decision", "step", "exception");
      for (Failure f : report.failures()) {
        table.row(f.caseNumber().value(), f.decision().map(DecisionKind::name).orElse("-"), f.step(),
            f.exceptionType());
      }
      table.writeTo(out);
      more(out, report.failureCount(), report.failures().size());
    }
    return out.toString();
  }

  private static void comparison(StringBuilder out, Comparison c) {
    out.append("\n== ").append(title(c.kind())).append(" ==\n");
    out.append("Compared ").append(c.compared()).append(" cases; decided differently: ").append(c.differing())
        .append(percent(c.differing(), c.compared())).append("; failed: ").append(c.failed()).append('\n');
    ruleSets(out, "Current rules:  ", c.currentRuleSets());
    ruleSets(out, "Candidate rules:", c.candidateRuleSets());
    if (!c.changes().isEmpty()) {
      out.append("\nChanges (current -> candidate)\n");
      TextTable table = new TextTable("current", "candidate", ">cases", "case numbers");
      c.changes().forEach(ch -> table.row(ch.current(), ch.candidate(), ch.cases(), numbers(ch.caseNumbers(),
          ch.cases())));
      table.writeTo(out);
    }
    if (!c.departments().isEmpty()) {
      out.append("\nDepartments as lead (主办单位)\n");
      TextTable table = new TextTable("department", "name", ">current", ">candidate", ">change");
      c.departments().forEach(d -> table.row(d.department().value(), d.name(), d.current(), d.candidate(),
          signed(d.change())));
      table.writeTo(out);
    }
    groups(out, "By category (分类)", "category", c.categories());
    groups(out, "By area (区域)", "area", c.areas());
    reality(out, c.kind(), c.reality());
    if (!c.examples().isEmpty()) {
      out.append("\nExamples (示例)\n");
      c.examples().forEach(e -> example(out, e));
      more(out, c.differing(), c.examples().size());
    }
  }

  private static String title(DecisionKind kind) {
    String english = switch (kind) {
      case TRIAGE -> "Triage";
      case ROUTING -> "Routing";
      case TIME_LIMITS -> "Time limits";
    };
    return english + " (" + kind.chinese() + ")";
  }

  private static void ruleSets(StringBuilder out, String label, List<Comparison.RuleSetUse> uses) {
    if (uses.isEmpty()) {
      return;
    }
    out.append(label);
    for (int i = 0; i < uses.size(); i++) {
      Comparison.RuleSetUse u = uses.get(i);
      out.append(i == 0 ? " " : ", ").append(u.ruleSet()).append(" v").append(u.version()).append(" (")
          .append(u.decisions()).append(u.decisions() == 1 ? " decision)" : " decisions)");
    }
    out.append('\n');
  }

  private static void groups(StringBuilder out, String title, String column, List<Comparison.Group> groups) {
    if (groups.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    TextTable table = new TextTable(column, ">compared", ">different");
    groups.forEach(g -> table.row(g.code().orElse("(none)"), g.compared(), g.differing()));
    table.writeTo(out);
  }

  private static void reality(StringBuilder out, DecisionKind kind, RealityCheck r) {
    out.append("\nAgainst what really happened (实际办理)\n  ");
    String what = switch (kind) {
      case TRIAGE -> " cases triaged (已研判): the current rules decide as really decided in ";
      case ROUTING -> " cases finally handled by a department that signed for them (签收): the current rules"
          + " send the case straight there in ";
      case TIME_LIMITS -> " cases dispatched: the current rules set the limits really set in ";
    };
    out.append("Of ").append(r.known()).append(what).append(r.currentAgrees()).append(", the candidate rules in ")
        .append(r.candidateAgrees()).append(".\n");
    if (r.returnedFrom().isEmpty()) {
      return;
    }
    TextTable table = new TextTable("returned from (退单)", "name", ">returned", ">current straight",
        ">candidate straight");
    r.returnedFrom().forEach(x -> table.row(x.department().value(), x.name(), x.returned(), x.currentStraight(),
        x.candidateStraight()));
    table.writeTo(out);
    for (RealityCheck.ReturnedFrom x : r.returnedFrom()) {
      out.append("  The candidate would have sent ").append(x.candidateStraight()).append(" of the ")
          .append(x.returned()).append(x.returned() == 1 ? " case" : " cases").append(" returned from ")
          .append(x.department().value()).append(" (").append(x.name())
          .append(") straight to the department that finally handled ").append(x.returned() == 1 ? "it" : "them")
          .append("; the current rules ").append(x.currentStraight()).append(".\n");
    }
  }

  private static void example(StringBuilder out, Example e) {
    out.append("  ").append(e.caseNumber().value()).append("  category ")
        .append(e.category().map(CategoryCode::value).orElse("(none)")).append("  area ")
        .append(e.area().orElse("(none)")).append('\n');
    out.append("    current:   ").append(e.current()).append("  [").append(e.currentWhy()).append("]\n");
    out.append("    candidate: ").append(e.candidate()).append("  [").append(e.candidateWhy()).append("]\n");
    e.real().ifPresent(r -> out.append("    really:    ").append(r).append('\n'));
  }

  private static String numbers(List<CaseNumber> numbers, long cases) {
    StringBuilder text = new StringBuilder();
    numbers.forEach(n -> text.append(text.length() == 0 ? "" : ", ").append(n.value()));
    return cases > numbers.size() ? text + ", ..." : text.toString();
  }

  private static void more(StringBuilder out, long total, int listed) {
    if (total > listed) {
      out.append("  (").append(total - listed).append(" more not listed)\n");
    }
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole);
  }

  private static String signed(long n) {
    return n > 0 ? "+" + n : Long.toString(n);
  }
}
