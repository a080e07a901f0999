package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.OfficeHours;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.BoardEntry;
import org.hotline12345.core.supervision.BoardQuery;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.supervision.SupervisionBoard;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * The supervision board (督办看板) as a clerk reads it in October 2025, on the China mainland
 * calendar with office hours 09:00-12:00 and 13:30-17:30: three complaints, two at 湖南路街道 and one
 * at 宁海路街道.
 * <ul>
 *   <li>A: dispatched to 湖南路 on Monday 29 September at 10:00, signed for and contacted at once;
 *       resolution due 24:00 on 13 October (30 September, 9, 10, 11 make-up, 13), yellow from
 *       24:00 on 11 October.</li>
 *   <li>B: dispatched to 湖南路 on Thursday 9 October at 10:00, signed for and contacted; due 24:00 on
 *       15 October (10, 11, 13, 14, 15), yellow from 24:00 on 14 October.</li>
 *   <li>C: dispatched to 宁海路 on Monday 13 October at 09:00, not signed for: signing for is due at
 *       11:00, yellow from 10:36.</li>
 * </ul>
 */
class SupervisionBoardTest {

  private static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  private static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");

  private final InMemoryStore store = new InMemoryStore();
  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final HotlineService service = HotlineService.builder().store(store).clock(clock)
      .lifecycle(ServiceFixtures.lifecycleBuilder().calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland()
          .withOfficeHours(OfficeHours.parse("09:00-12:00, 13:30-17:30")))).build())
      .build();

  private final CaseId a = dispatched(HUNANLU, "2025-09-29T10:00", true, "wx-a");
  private final CaseId b = dispatched(HUNANLU, "2025-10-09T10:00", true, "wx-b");
  private final CaseId c = dispatched(NINGHAI, "2025-10-13T09:00", false, "wx-c");

  private static Instant beijing(String local) {
    return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
  }

  private CaseId dispatched(DepartmentId street, String local, boolean signed, String externalId) {
    Instant at = beijing(local);
    clock.now = at.minus(Duration.ofMinutes(3));
    Appeal appeal = Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId)
        .receivedAt(at.minus(Duration.ofMinutes(5))).build();
    CaseId id = service.submit(appeal, Actor.agent("agent-1")).registered().id();
    service.execute(id, new CaseCommand.Accept(), Actor.agent("agent-1"));
    clock.now = at;
    service.execute(id, CaseCommand.Dispatch.to(street), Actor.dispatcher("dispatcher-1"));
    if (signed) {
      Actor handler = Actor.handler("handler-1", street);
      clock.now = at.plus(Duration.ofMinutes(10));
      service.execute(id, new CaseCommand.SignFor(street), handler);
      service.execute(id, new CaseCommand.RecordContact(street, Remark.of("已电话联系")), handler);
    }
    return id;
  }

  private Page<BoardEntry> page(BoardQuery query, int size) {
    return service.boardPage(query, PageRequest.first(size));
  }

  @Test
  void each_row_carries_its_most_pressing_watched_deadline() {
    StoredCase rowA = store.cases().find(a.value()).orElseThrow();
    assertThat(rowA.watchedStage()).contains("RESOLUTION");
    assertThat(rowA.watchedDueAt()).contains(beijing("2025-10-14T00:00"));
    assertThat(rowA.yellowAt()).contains(beijing("2025-10-12T00:00"));
    StoredCase rowC = store.cases().find(c.value()).orElseThrow();
    assertThat(rowC.watchedStage()).as("signing for, due first").contains("SIGN_FOR");
    assertThat(rowC.watchedDueAt()).contains(beijing("2025-10-13T11:00"));
    assertThat(rowC.yellowAt()).contains(beijing("2025-10-13T10:36"));
  }

  @Test
  void on_monday_13_october_at_10_the_platform_sees_one_yellow_and_two_green() {
    clock.now = beijing("2025-10-13T10:00");
    SupervisionBoard platform = service.board(Optional.empty());

    assertThat(platform.row(Stage.SIGN_FOR)).isEqualTo(new SupervisionBoard.Row(Stage.SIGN_FOR, 1, 0, 0));
    assertThat(platform.row(Stage.RESOLUTION)).isEqualTo(new SupervisionBoard.Row(Stage.RESOLUTION, 1, 1, 0));
    assertThat(platform.row(Stage.CALLBACK).total()).isZero();
    assertThat(platform.total()).isEqualTo(3);
    assertThat(platform.total(Light.YELLOW)).isEqualTo(1);
    assertThat(service.board(Optional.of(HUNANLU)).rows()).extracting(SupervisionBoard.Row::stage,
        SupervisionBoard.Row::green, SupervisionBoard.Row::yellow, SupervisionBoard.Row::red).containsExactly(
            tuple(Stage.SIGN_FOR, 0L, 0L, 0L), tuple(Stage.FIRST_CONTACT, 0L, 0L, 0L),
            tuple(Stage.RESOLUTION, 1L, 1L, 0L), tuple(Stage.CALLBACK, 0L, 0L, 0L));

    assertThat(page(BoardQuery.platform(), 10).items()).extracting(BoardEntry::caseId, BoardEntry::stage,
        BoardEntry::light, BoardEntry::workingDaysLeft, BoardEntry::officeTimeLeft).containsExactly(
            tuple(c, Stage.SIGN_FOR, Light.GREEN, 0L, Optional.of(Duration.ofHours(1))),
            // due today; the rest of Monday's office time: 10:00-12:00 and 13:30-17:30
            tuple(a, Stage.RESOLUTION, Light.YELLOW, 0L, Optional.of(Duration.ofHours(6))),
            // 14 and 15 October left after today: 6 hours today and 7 on each
            tuple(b, Stage.RESOLUTION, Light.GREEN, 2L, Optional.of(Duration.ofHours(20))));
    BoardEntry first = page(BoardQuery.platform(), 10).items().get(0);
    assertThat(first.leadDepartment()).contains(NINGHAI);
    assertThat(first.dueAt()).isEqualTo(ZonedDateTime.parse("2025-10-13T11:00+08:00[Asia/Shanghai]"));
    assertThat(first.caseNumber().value()).startsWith("NJ20251013");
    assertThat(first.toString()).doesNotContain("张三", "13812345678", "湖南路1号");
  }

  @Test
  void on_wednesday_15_october_two_are_red_by_two_working_days_and_one_is_due_today() {
    clock.now = beijing("2025-10-15T10:00");
    assertThat(page(BoardQuery.platform().withLight(Light.RED), 10).items()).extracting(BoardEntry::caseId,
        BoardEntry::workingDaysLeft, BoardEntry::officeTimeLeft).containsExactly(
            tuple(c, -2L, Optional.of(Duration.ofHours(-13))),
            tuple(a, -2L, Optional.of(Duration.ofHours(-8))));
    assertThat(page(BoardQuery.of(HUNANLU).withLight(Light.YELLOW), 10).items()).extracting(BoardEntry::caseId,
        BoardEntry::workingDaysLeft).containsExactly(tuple(b, 0L));
    assertThat(page(BoardQuery.of(NINGHAI).withStage(Stage.RESOLUTION), 10).items())
        .as("宁海路's case is watched at signing for").isEmpty();
    assertThat(page(BoardQuery.of(HUNANLU).withLight(Light.GREEN), 10).items()).isEmpty();
    SupervisionBoard gulouStreet = service.board(Optional.of(HUNANLU));
    assertThat(gulouStreet.row(Stage.RESOLUTION)).isEqualTo(new SupervisionBoard.Row(Stage.RESOLUTION, 0, 1, 1));
  }

  @Test
  void the_board_pages_most_urgent_first_and_a_case_leaves_it_when_its_stage_is_done() {
    clock.now = beijing("2025-10-13T10:00");
    Page<BoardEntry> one = page(BoardQuery.platform(), 1);
    assertThat(one.items()).extracting(BoardEntry::caseId).containsExactly(c);
    Page<BoardEntry> two = service.boardPage(BoardQuery.platform(), PageRequest.after(1, one.next().orElseThrow()));
    assertThat(two.items()).extracting(BoardEntry::caseId).containsExactly(a);

    clock.now = beijing("2025-10-13T10:05");
    service.execute(c, new CaseCommand.SignFor(NINGHAI), Actor.handler("handler-2", NINGHAI));
    assertThat(store.cases().find(c.value()).orElseThrow().watchedStage()).as("then first contact").contains(
        "FIRST_CONTACT");
    clock.now = beijing("2025-10-13T10:10");
    service.execute(a, new CaseCommand.Reply(HUNANLU, Remark.of("已处理"), true), Actor.handler("handler-1", HUNANLU));
    assertThat(page(BoardQuery.of(HUNANLU), 10).items()).extracting(BoardEntry::caseId).containsExactly(b);
  }

  @Test
  void the_return_window_is_no_stage_of_the_board() {
    assertThatThrownBy(() -> BoardQuery.platform().withStage(Stage.RETURN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stage: RETURN is never supervised and never on the board");
  }
}
