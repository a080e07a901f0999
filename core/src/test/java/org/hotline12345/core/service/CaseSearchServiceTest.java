package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** The service's case search, as Open311's {@code GET requests} asks it. */
class CaseSearchServiceTest {

  private Instant now = ServiceFixtures.T0;
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final HotlineService service = HotlineService.builder().store(new InMemoryStore())
      .lifecycle(ServiceFixtures.lifecycle()).clock(clock).build();

  private Case submitted(String category) {
    Appeal appeal = Appeal.builder().from(ServiceFixtures.complaint()).category(CategoryCode.of(category))
        .receivedAt(now).build();
    Case c = service.submit(appeal, Actor.agent("a-1")).registered();
    now = now.plus(Duration.ofHours(1));
    return c;
  }

  @Test
  void given_cases_of_two_categories_when_searching_one_category_and_the_open_statuses_then_only_those_come_oldest_first() {
    Case noise = submitted("030101");
    Case road = submitted("020101");
    Case noiseRefused = submitted("030101");
    service.execute(noiseRefused.id(), new CaseCommand.NotAccept(NotAcceptedReason.OUTSIDE_LOCAL_POWERS,
        Remark.of("不属于受理范围")), Actor.agent("a-1"));
    Case laterNoise = submitted("030101");

    CaseSearch openNoise = CaseSearch.builder().categories(Set.of("030101"))
        .statuses(Set.of("REGISTERED", "ACCEPTED")).build();
    var page1 = service.casesMatching(openNoise, PageRequest.first(1));
    var page2 = service.casesMatching(openNoise, PageRequest.after(1, page1.next().orElseThrow()));

    assertThat(page1.items()).extracting(CaseSummary::id).containsExactly(noise.id());
    assertThat(page2.items()).extracting(CaseSummary::id).containsExactly(laterNoise.id());
    assertThat(page2.next()).isEmpty();
    assertThat(service.casesMatching(CaseSearch.builder().registeredFrom(road.registeredAt())
        .registeredBefore(laterNoise.registeredAt()).build(), PageRequest.first(10)).items())
        .extracting(CaseSummary::id).containsExactly(road.id(), noiseRefused.id());
  }

  @Test
  void a_missing_search_or_page_is_named() {
    assertThatThrownBy(() -> service.casesMatching(null, PageRequest.first(1)))
        .isInstanceOf(NullPointerException.class).hasMessage("search");
    assertThatThrownBy(() -> service.casesMatching(CaseSearch.builder().build(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("page");
  }
}
