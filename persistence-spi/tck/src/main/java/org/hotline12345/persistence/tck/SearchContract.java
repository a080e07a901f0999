package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * The search Open311's {@code GET requests} makes: cases in any of some categories, in any of
 * some statuses, registered in {@code [from, before)}; every criterion left out matches all;
 * by registration instant then case id.
 */
abstract class SearchContract extends ContractGroup {

  SearchContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<StoredCase> search(CaseSearch.Builder search) {
    return store().cases().search(search.build(), PageRequest.first(PageRequest.MAX_SIZE)).items();
  }

  @Test
  void categoriesStatusesAndTheRangeNarrowTogether() {
    StoredCase potholeOpen = insert(aCase("case-000001").category("pothole").status("DISPATCHED")
        .registeredAt(minutes(10)).build());
    StoredCase graffitiClosed = insert(aCase("case-000002").category("graffiti").registeredAt(minutes(20))
        .closedAt(minutes(30)).build());
    StoredCase potholeClosed = insert(aCase("case-000003").category("pothole").registeredAt(minutes(30))
        .closedAt(minutes(40)).build());
    StoredCase unclassified = insert(aCase("case-000004").registeredAt(minutes(40)).build());
    StoredCase noiseEarly = insert(aCase("case-000005").category("noise").registeredAt(minutes(-10)).build());

    assertThat(search(CaseSearch.builder())).as("every case").containsExactly(noiseEarly, potholeOpen, graffitiClosed,
        potholeClosed, unclassified);
    assertThat(search(CaseSearch.builder().categories(Set.of("pothole", "graffiti"))))
        .as("potholes and graffiti").containsExactly(potholeOpen, graffitiClosed, potholeClosed);
    assertThat(search(CaseSearch.builder().statuses(Set.of("CLOSED")))).as("closed cases")
        .containsExactly(graffitiClosed, potholeClosed);
    assertThat(search(CaseSearch.builder().categories(Set.of("pothole")).statuses(Set.of("CLOSED"))))
        .as("closed potholes").containsExactly(potholeClosed);
    assertThat(search(CaseSearch.builder().registeredFrom(minutes(10)).registeredBefore(minutes(40))))
        .as("cases registered from minute 10, before minute 40")
        .containsExactly(potholeOpen, graffitiClosed, potholeClosed);
    assertThat(search(CaseSearch.builder().categories(Set.of("pothole", "noise")).registeredFrom(minutes(0))))
        .as("potholes and noise from minute 0").containsExactly(potholeOpen, potholeClosed);
    assertThat(search(CaseSearch.builder().categories(Set.of("streetlight")))).as("an unused category").isEmpty();
  }

  @Test
  void tiesOnTheRegistrationAreBrokenByIdAcrossCategories() {
    StoredCase b = insert(aCase("case-000002").category("pothole").registeredAt(minutes(5)).build());
    StoredCase c = insert(aCase("case-000003").category("graffiti").registeredAt(minutes(5)).build());
    StoredCase a = insert(aCase("case-000001").category("graffiti").registeredAt(minutes(5)).build());

    assertThat(search(CaseSearch.builder().categories(Set.of("pothole", "graffiti")))).containsExactly(a, b, c);
  }

  @Test
  void aSearchNamingTooManyCategoriesIsRefused() {
    Set<String> many = IntStream.rangeClosed(0, CaseSearch.MAX_VALUES).mapToObj(i -> "cat-" + i)
        .collect(Collectors.toSet());
    assertThatThrownBy(() -> CaseSearch.builder().categories(many).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + CaseSearch.MAX_VALUES);
  }
}
