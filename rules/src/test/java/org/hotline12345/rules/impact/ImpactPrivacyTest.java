package org.hotline12345.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.timelimit.TimeLimitPolicy;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.junit.jupiter.api.Test;

/**
 * A report goes to a dispatch office's meeting and into a host's screens: it never shows a
 * citizen's name, phone or address, nor what they said, even when the rules compared are careless
 * with them (an explanation quoting the appeal, a knowledge-base answer, an exception message).
 */
class ImpactPrivacyTest {

  private final DispatchOffice office = new DispatchOffice();
  private final DispatchOffice.Morning morning = office.aMorningOfCalls();

  /** A careless triage: its explanation quotes the citizen, its answer repeats the appeal. */
  private static final Triage CARELESS_TRIAGE = (c, history) -> {
    String quoted = c.appeal().getCitizen().getName().orElse("") + " " + c.appeal().getContent();
    Explanation why = new Explanation("careless", "9", Optional.of("Q1"), "because " + quoted);
    return c.category().filter(DispatchOffice.SHOP_NOISE::equals).isPresent()
        ? new TriageOutcome.AnswerDirectly(Remark.of("您反映的" + quoted), why) : new TriageOutcome.Accept(why);
  };

  /** A careless router: it throws with the address in its message on street lights. */
  private static final Router CARELESS_ROUTER = (c, eligibility) -> {
    if (c.category().filter(DispatchOffice.STREET_LIGHTS::equals).isPresent()) {
      throw new IllegalArgumentException("no route for " + c.appeal().getLocation().getAddress().orElse(""));
    }
    return DispatchOffice.catalogue("2024.2", DispatchOffice.candidateRows()).route(c, eligibility);
  };

  /** A policy of its own: one hour for every stage (a policy sees the key only, never the appeal). */
  private static final TimeLimitPolicy CARELESS_POLICY = new TimeLimitPolicy() {
    @Override
    public TimeLimit limitFor(Stage stage, PolicyKey key) {
      return TimeLimit.hours(1);
    }

    @Override
    public String explain(Stage stage, PolicyKey key) {
      return "one hour for every stage";
    }
  };

  @Test
  void no_name_phone_address_or_appeal_text_reaches_the_report_its_records_or_its_text() {
    Triage accept = (c, history) -> new TriageOutcome.Accept(new Explanation("acceptance", "1", Optional.empty(), "ok"));
    ImpactReport report = RuleChangeImpact.builder().service(office.service)
        .registeredBetween(morning.from(), morning.to())
        .triage(accept, CARELESS_TRIAGE)
        .routing(DispatchOffice.catalogue("2024.1", DispatchOffice.currentRows()), CARELESS_ROUTER)
        .timeLimits(TimeLimitPolicies.seeds(), CARELESS_POLICY)
        .build().run();

    List<String> printed = new ArrayList<>();
    printed.add(report.toText());
    printed.add(report.toString());
    for (Comparison c : report.comparisons()) {
      printed.add(c.toString());
      c.examples().forEach(e -> printed.add(e.toString()));
    }
    report.failures().forEach(f -> printed.add(f.toString()));

    // The rules really did differ and fail, so the report had something to show.
    assertThat(report.comparison(DecisionKind.TRIAGE).orElseThrow().differing()).isEqualTo(1);
    assertThat(report.failureCount()).isEqualTo(2);
    assertThat(report.comparison(DecisionKind.TIME_LIMITS).orElseThrow().differing()).isEqualTo(7);
    assertThat(printed).allSatisfy(text -> assertThat(text)
        .doesNotContain(DispatchOffice.NAME)
        .doesNotContain(DispatchOffice.PHONE.substring(0, 9))
        .doesNotContain(DispatchOffice.ADDRESS).doesNotContain("马台街")
        .doesNotContain(DispatchOffice.TEXT).doesNotContain("打桩"));
  }
}
