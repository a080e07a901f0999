package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Citizen;
import org.junit.jupiter.api.Test;

/**
 * No {@code toString}, exception message or event {@code toString} holds the citizen's name,
 * phone number, ID number or address; confidential cases and reports show department staff
 * masked contact data only.
 */
class PrivacyTest {

  static final String NAME = "欧阳娜娜";
  static final String PHONE = "13912345678";
  static final String ID = "11010519491231002X";
  static final String ADDRESS = "鼓楼区湖南路88号3栋502室";

  static Appeal confidential(AppealType type) {
    return Appeal.builder().from(Scenario.appeal(type))
        .citizen(Citizen.builder().name(NAME).phone(PHONE).idNumber(ID).confidential(true).build())
        .location(org.hotline12345.core.appeal.Location.builder().address(ADDRESS).build())
        .content("投诉人" + NAME + "，电话" + PHONE + "，住" + ADDRESS)
        .build();
  }

  private static void assertClean(String text) {
    assertThat(text).doesNotContain(NAME, PHONE, ID, ADDRESS, "欧阳", "5678", "3912");
  }

  @Test
  void no_text_of_a_whole_lifecycle_holds_personal_data() {
    Scenario s = Scenario.of(confidential(AppealType.COMPLAINT)).given(
        Scenario.accept(), Scenario.dispatch(HUNANLU, NINGHAI),
        Scenario.returnBy(HUNANLU, "不属于本街道"), Scenario.approveReturn(), Scenario.signFor(NINGHAI), Scenario.contact(NINGHAI),
        Scenario.askExtension(NINGHAI, 2), Scenario.approveExtension(), Scenario.reply(NINGHAI),
        Scenario.approveReply(), Scenario.callBack(Satisfaction.DISSATISFIED, false),
        new CaseCommand.Reopen(Remark.of("诉求人" + NAME + "不满意")));
    List<String> texts = new ArrayList<>();
    texts.add(s.current().toString());
    texts.add(s.current().appeal().toString());
    texts.add(s.current().appeal().getCitizen().toString());
    texts.add(s.current().appeal().getLocation().toString());
    texts.add(s.issuedCode().toString());
    texts.add(s.current().inquiryCodeHash().toString());
    s.history().forEach(e -> texts.add(e.toString()));
    s.history().forEach(e -> texts.add(e.change().toString()));
    assertThat(s.current().inquiryCodeHash().toString()).matches("InquiryCodeHash\\[[0-9a-f]{8}…]");
    // a hash's random hex digits may spell "3912" by chance: they are not personal data
    texts.forEach(t -> assertClean(t.replaceAll("[0-9a-f]{8}…", "#")));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("Registered"));
    assertThat(s.issuedCode().toString()).doesNotContain(s.issuedCode().value());
    s.history().forEach(e -> assertThat(EventCodecRoundTripTest.encoded(e)).doesNotContain(s.issuedCode().value()));
  }

  @Test
  void refusals_hold_no_personal_data() {
    Scenario s = Scenario.of(confidential(AppealType.COMPLAINT)).given(Scenario.accept());
    List<CaseRuleException> refusals = List.of(
        s.when(Scenario.accept()).thenRefused(RuleName.NOT_ALLOWED_IN_STATUS),
        s.when(Scenario.signFor(HUNANLU)).thenRefused(RuleName.NOT_ALLOWED_IN_STATUS),
        s.when(new CaseCommand.AnswerDirectly(Remark.of(NAME))).thenRefused(RuleName.ONLY_CONSULTATIONS_ANSWERED_DIRECTLY),
        s.when(Scenario.dispatch(HUNANLU)).at(Scenario.T0.minus(Duration.ofDays(1))).thenRefused(RuleName.OUT_OF_ORDER));
    refusals.forEach(e -> assertClean(e.getMessage()));
    Appeal bad = Appeal.builder().from(confidential(AppealType.COMPLAINT))
        .citizen(Citizen.builder().name(NAME).phone("12").idNumber("110105194912310021").build()).build();
    CaseRuleException incomplete = Scenario.of(bad).given().when(Scenario.accept())
        .thenRefused(RuleName.INCOMPLETE_ELEMENTS);
    assertThat(incomplete.violations()).isNotEmpty();
    assertThat(Scenario.LIFECYCLE.missingElements(Scenario.of(bad).given().current()))
        .allSatisfy(PrivacyTest::assertClean)
        .noneMatch(v -> v.contains("110105194912310021"));
    assertClean(incomplete.getMessage());
    assertThat(incomplete.getMessage()).doesNotContain("110105194912310021");
  }

  @Test
  void department_staff_see_a_confidential_citizen_masked_and_agents_see_it_whole() {
    Case c = Scenario.of(confidential(AppealType.COMPLAINT)).given(Scenario.accept(), Scenario.dispatch(HUNANLU)).current();
    Citizen seen = c.appealAsSeenBy(Actor.handler("s", HUNANLU)).getCitizen();
    assertThat(seen.getName()).contains("欧***");
    assertThat(seen.getPhone()).contains("139******78");
    assertThat(seen.getIdNumber()).contains("11***************X");
    assertThat(c.appealAsSeenBy(Actor.agent("a")).getCitizen().getPhone()).contains(PHONE);
  }

  @Test
  void a_report_is_masked_for_department_staff_even_without_confidentiality() {
    Appeal report = Appeal.builder().from(Scenario.appeal(AppealType.REPORT))
        .citizen(Citizen.builder().name(NAME).phone(PHONE).build()).build();
    Case c = Scenario.of(report).given(Scenario.accept()).current();
    assertThat(c.appealAsSeenBy(Actor.handler("s", HUNANLU)).getCitizen().getPhone()).contains("139******78");
  }
}
