package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hotline12345.calendar.TimeLimit.workingDays;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.junit.jupiter.api.Test;

/**
 * With a taxonomy, registration checks the category and the attributes it requires, and a
 * time-limit rule for a category covers the categories under it; dispatch records the level.
 */
class RegistrationWithTaxonomyTest {

  private static final CategoryCode NOISE = CategoryCode.of("030101");
  private static final CategoryCode POLLUTION = CategoryCode.of("0301");

  private static CategoryTaxonomy taxonomy() throws Exception {
    try (Reader categories = reader("/taxonomy/cn-12345-categories.csv");
        Reader attributes = reader("/taxonomy/cn-12345-attributes.csv")) {
      return CategoryTaxonomy.readCsv(categories, attributes, "cn-12345");
    }
  }

  private static Reader reader(String resource) {
    return new InputStreamReader(RegistrationWithTaxonomyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
  }

  private static CaseLifecycle lifecycle() throws Exception {
    return Scenario.lifecycleBuilder()
        .taxonomy(taxonomy())
        .timeLimits(TimeLimitPolicies.seeds().toBuilder().rule(Stage.RESOLUTION, POLLUTION, workingDays(3)).build())
        .build();
  }

  private static Appeal noise(Map<String, String> attributes) {
    return Appeal.builder().from(Scenario.complaint()).category(NOISE).attributes(attributes).build();
  }

  @Test
  void a_noise_complaint_without_its_required_attributes_is_registered_but_not_accepted_naming_them()
      throws Exception {
    CaseLifecycle lifecycle = lifecycle();
    Scenario s = Scenario.of(lifecycle, noise(Map.of("volume", "很吵"))).given();
    assertThat(lifecycle.missingElements(s.current())).hasSize(3)
        .anySatisfy(v -> assertThat(v).startsWith("attributes[noise_source]: "))
        .anySatisfy(v -> assertThat(v).startsWith("attributes[recurring]: "))
        .anySatisfy(v -> assertThat(v).startsWith("attributes[volume]: "));

    CaseRuleException e = s.when(Scenario.accept()).thenRefused(RuleName.INCOMPLETE_ELEMENTS);
    assertThat(e.violations()).hasSize(3);
    assertThat(e.getMessage()).doesNotContain("很吵");
  }

  @Test
  void an_unknown_category_is_missing_until_a_classification_names_a_known_one() throws Exception {
    CaseLifecycle lifecycle = lifecycle();
    Appeal unknown = Appeal.builder().from(Scenario.complaint()).category(CategoryCode.of("999")).build();
    Scenario s = Scenario.of(lifecycle, unknown).given();
    assertThat(lifecycle.missingElements(s.current()))
        .containsExactly("category: 999 is not in the taxonomy");
    s.when(Scenario.accept()).thenRefused(RuleName.INCOMPLETE_ELEMENTS);

    Case classified = lifecycle.execute(s.current(), new CaseCommand.Classify(CategoryCode.of("010302")),
        Actor.dispatcher("d-1"), Scenario.T0).after();
    assertThat(lifecycle.missingElements(classified)).isEmpty();
    assertThat(lifecycle.execute(classified, Scenario.accept(), Actor.agent("a"), Scenario.T0)
        .after().status()).isEqualTo(CaseStatus.ACCEPTED);
  }

  @Test
  void a_rule_for_pollution_sets_the_noise_complaints_resolution_limit_and_dispatch_records_the_level()
      throws Exception {
    CaseLifecycle lifecycle = lifecycle();
    Appeal complete = noise(Map.of("noise_source", "施工", "recurring", "是"));
    Scenario s = Scenario.of(lifecycle, complete).given(Scenario.accept());
    Case after = s.when(Scenario.dispatch(Scenario.HUNANLU)).thenChange(CaseChange.Dispatched.class,
        d -> assertThat(d.level()).isEqualTo(2));
    assertThat(after.deadline(Stage.RESOLUTION).orElseThrow().limit()).isEqualTo(workingDays(3));
  }

  @Test
  void an_assisting_department_signs_for_its_part_without_moving_the_case() {
    Case after = Scenario.of(Scenario.complaint())
        .given(Scenario.accept(), new CaseCommand.Dispatch(Scenario.HUNANLU, List.of(Scenario.WATER), List.of(), false))
        .when(Scenario.signFor(Scenario.WATER)).thenChange(new CaseChange.SignedFor(Scenario.WATER));
    assertThat(after.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(after.assignments()).filteredOn(a -> a.department().equals(Scenario.WATER))
        .singleElement().satisfies(a -> assertThat(a.signedAt()).isPresent());
  }

  @Test
  void an_unclassified_case_is_classified_and_its_time_limits_follow_the_category() throws Exception {
    CaseLifecycle lifecycle = lifecycle();
    Appeal unclassified = Appeal.builder().from(Scenario.complaint()).build();
    Case c = lifecycle.register(unclassified, Actor.agent("a"), Scenario.T0).after();
    assertThat(c.category()).isEmpty();
    c = lifecycle.execute(c, new CaseCommand.Accept(), Actor.agent("a"), Scenario.T0.plusSeconds(60)).after();
    Case classified = lifecycle.execute(c, new CaseCommand.Classify(POLLUTION), Actor.system(),
        Scenario.T0.plusSeconds(120)).after();
    assertThat(classified.category()).contains(POLLUTION);
    assertThat(classified.appeal().getCategory()).as("the citizen's appeal stays as given").isEmpty();
    Case dispatched = lifecycle.execute(classified, CaseCommand.Dispatch.to(Scenario.HUNANLU), Actor.dispatcher("d"),
        Scenario.T0.plusSeconds(180)).after();
    assertThat(dispatched.deadline(Stage.RESOLUTION).orElseThrow().limit()).isEqualTo(workingDays(3));
    Case accepted = c;
    assertThat(catchThrowableOfType(() -> lifecycle.execute(accepted, new CaseCommand.Classify(CategoryCode.of("999999")),
        Actor.system(), Scenario.T0.plusSeconds(120)), CaseRuleException.class).rule()).isEqualTo(RuleName.UNKNOWN_CATEGORY);
    assertThat(catchThrowableOfType(() -> lifecycle.execute(dispatched, new CaseCommand.Classify(NOISE),
        Actor.system(), Scenario.T0.plusSeconds(240)), CaseRuleException.class).rule())
        .isEqualTo(RuleName.NOT_ALLOWED_IN_STATUS);
  }
}
