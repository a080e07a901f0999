package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.calendar.MovableClock;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * Assessment from the store, end to end: cases handled through the service under the seeds'
 * limits (sign for within 2 hours, contact within 3 working days, resolve within 5), then March
 * 2024 scored from the rows' facts in pages, exactly as from the cases themselves.
 */
class StoredAssessmentTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");
  static final Actor AGENT = Actor.agent("a-1");
  static final Actor DISPATCHER = Actor.dispatcher("d-1");

  private final InMemoryStore store = new InMemoryStore();
  private final MovableClock clock = MovableClock.at(ServiceFixtures.T0, ZONE);
  private final HotlineService service = HotlineService.builder().store(store)
      .lifecycle(ServiceFixtures.lifecycle()).clock(clock).build();

  private Case run(CaseId id, CaseCommand command, Actor actor, Duration after) {
    clock.advance(after);
    return service.execute(id, command, actor);
  }

  private CaseId dispatched(DepartmentId lead) {
    CaseId id = service.submit(ServiceFixtures.complaint(), AGENT).registered().id();
    run(id, new CaseCommand.Accept(), AGENT, Duration.ofMinutes(5));
    run(id, CaseCommand.Dispatch.to(lead), DISPATCHER, Duration.ofMinutes(5));
    return id;
  }

  private void handleAndClose(CaseId id, DepartmentId department, Satisfaction satisfaction) {
    Actor handler = Actor.handler("h-1", department);
    run(id, new CaseCommand.RecordContact(department, Remark.of("已电话联系")), handler, Duration.ofHours(3));
    run(id, new CaseCommand.Reply(department, Remark.of("已处理"), true), handler, Duration.ofDays(1));
    run(id, new CaseCommand.ReviewReply(true, Remark.none()), DISPATCHER, Duration.ofHours(1));
    run(id, new CaseCommand.CallBack(true, satisfaction, Remark.none()), AGENT, Duration.ofHours(1));
    run(id, new CaseCommand.Close(Remark.none()), AGENT, Duration.ofMinutes(5));
  }

  @Test
  void the_month_read_from_the_store_in_pages_scores_as_the_cases_themselves() {
    List<CaseId> ids = new ArrayList<>();
    // A: 湖南路 signs in 30 minutes, handles and closes; the citizen is satisfied.
    CaseId a = dispatched(HUNANLU);
    run(a, new CaseCommand.SignFor(HUNANLU), Actor.handler("h-1", HUNANLU), Duration.ofMinutes(30));
    handleAndClose(a, HUNANLU, Satisfaction.SATISFIED);
    ids.add(a);
    // B: 湖南路 asks to return it; the platform denies; it signs 3 hours later (late), asks for an extension.
    CaseId b = dispatched(HUNANLU);
    run(b, new CaseCommand.Return(HUNANLU, Remark.of("不属于本街道")), Actor.handler("h-1", HUNANLU),
        Duration.ofMinutes(20));
    run(b, new CaseCommand.DenyReturn(Remark.of("属于本街道职责")), DISPATCHER, Duration.ofMinutes(40));
    run(b, new CaseCommand.SignFor(HUNANLU), Actor.handler("h-1", HUNANLU), Duration.ofHours(2));
    run(b, new CaseCommand.RequestExtension(HUNANLU, TimeLimit.workingDays(2), Remark.of("需协调")),
        Actor.handler("h-1", HUNANLU), Duration.ofHours(1));
    run(b, new CaseCommand.ApproveExtension(), DISPATCHER, Duration.ofMinutes(30));
    handleAndClose(b, HUNANLU, Satisfaction.BASICALLY_SATISFIED);
    ids.add(b);
    // C: 宁海路 signs and never resolves: open, and overdue by the end of March.
    CaseId c = dispatched(NINGHAI);
    run(c, new CaseCommand.SignFor(NINGHAI), Actor.handler("h-2", NINGHAI), Duration.ofMinutes(10));
    ids.add(c);

    AssessmentPeriod march = AssessmentPeriod.ofMonth(YearMonth.of(2024, 3), ZONE);
    Assessment assessment = Assessment.of(AssessmentSchemes.county(), march);
    Scorecards fromStore = assessment.score(AssessedCases.closedOrDueIn(store.cases(), march, 2));
    List<AssessedCase> fromCases = ids.stream().map(id -> AssessedCase.of(service.find(id).orElseThrow())).toList();
    Scorecards fromMemory = assessment.score(fromCases);

    assertThat(fromStore).isEqualTo(fromMemory);
    assertThat(fromStore.casesRead()).isEqualTo(3);
    Scorecard hunanlu = fromStore.find(HUNANLU).orElseThrow();
    // Signed in time: A; B signed late after its denied return: 1 of 2. Wrong returns: B's, denied: 1 of 2.
    assertThat(hunanlu.tally(Indicator.SIGN_FOR_ON_TIME)).isEqualTo(new Tally(1, 2, 2, 0));
    assertThat(hunanlu.tally(Indicator.WRONG_RETURN_RATE)).isEqualTo(new Tally(1, 2, 2, 0));
    assertThat(hunanlu.tally(Indicator.RETURN_RATE)).isEqualTo(new Tally(0, 2, 2, 0));
    assertThat(hunanlu.tally(Indicator.EXTENSION_RATE)).isEqualTo(new Tally(1, 2, 2, 0));
    assertThat(hunanlu.tally(Indicator.ON_TIME)).isEqualTo(new Tally(2, 2, 2, 0));
    assertThat(hunanlu.tally(Indicator.SATISFACTION)).isEqualTo(new Tally(1.8, 2, 2, 0));
    // 宁海路's open case counts only against the fair on-time rate.
    Scorecard ninghai = fromStore.find(NINGHAI).orElseThrow();
    assertThat(ninghai.tally(Indicator.ON_TIME)).isEqualTo(new Tally(0, 1, 1, 0));
    assertThat(ninghai.tally(Indicator.RESPONSE)).isEqualTo(Tally.NONE);
    assertThat(ninghai.isScored()).isFalse();
    // The drill-down's second pass reads the store again.
    assertThat(assessment.drillDown(AssessedCases.closedOrDueIn(store.cases(), march, 2), HUNANLU,
        Indicator.WRONG_RETURN_RATE, 10).numerator()).extracting(CountedCase::id).containsExactly(b);
  }
}
