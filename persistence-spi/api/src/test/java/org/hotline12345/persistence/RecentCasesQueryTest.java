package org.hotline12345.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The appeal-history query: what it needs, what it refuses, which cases it matches, and that
 * it never prints the caller key; a store written before the query refuses it, naming the
 * conformance kit's feature.
 */
class RecentCasesQueryTest {

  private static final Instant T0 = Instant.parse("2024-03-04T01:02:03.123456Z");
  private static final String CALLER = "5f0c9a7d1e2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5";
  private static final String OTHER = "0000000000000000000000000000000000000000000000000000000000000000";

  private static StoredCase.Builder row(String caseId, Instant registeredAt) {
    return StoredCaseTest.registered().caseId(caseId).caseNumber("N-" + caseId).registeredAt(registeredAt)
        .lastEventAt(registeredAt);
  }

  @Test
  void aQueryNeedsACallerOrAnAreaAndAWindow() {
    assertThatThrownBy(() -> RecentCasesQuery.builder().category("0103").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a RecentCasesQuery needs callerKey or area and registeredIn (the window); not set");
    assertThatThrownBy(() -> RecentCasesQuery.builder().area("320106").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("registeredIn");
  }

  @Test
  void everyBrokenRuleIsNamedAtOnceAndTheCallerKeyNever() {
    assertThatThrownBy(() -> RecentCasesQuery.builder().callerKey("13812345678").area("湖南 路").category("")
        .excluding("case 1").registeredIn(T0, T0.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callerKey must be 32 to 128 characters")
        .hasMessageContaining("area must be")
        .hasMessageContaining("category must be")
        .hasMessageContaining("excluding must be")
        .hasMessageContaining("must not end")
        .hasMessageNotContaining("13812345678");
    assertThatThrownBy(() -> RecentCasesQuery.builder().callerKey(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("callerKey");
  }

  @Test
  void aCaseMatchesWhenItMeetsEveryCriterionGiven() {
    RecentCasesQuery query = RecentCasesQuery.builder().callerKey(CALLER).area("320106").category("0103")
        .openOnly(true).registeredIn(T0, T0.plusSeconds(3600)).excluding("case-9").build();
    StoredCase match = row("case-1", T0).callerKey(CALLER).area("320106").category("0103").build();

    assertThat(query.matches(match)).as("a case meeting every criterion").isTrue();
    assertThat(List.of(
        match.toBuilder().callerKey(OTHER).build(),
        match.toBuilder().callerKey(Optional.empty()).build(),
        match.toBuilder().area("320102").build(),
        match.toBuilder().area(Optional.empty()).build(),
        match.toBuilder().category("0104").build(),
        match.toBuilder().open(false).status("CLOSED").build(),
        row("case-2", T0.plusSeconds(3600)).callerKey(CALLER).area("320106").category("0103").build(),
        row("case-3", T0.minusNanos(1000)).callerKey(CALLER).area("320106").category("0103").build(),
        match.toBuilder().caseId("case-9").build()))
        .as("cases that each miss one criterion").noneMatch(query::matches);
    RecentCasesQuery anyCallerAtThePlace = RecentCasesQuery.builder().area("320106")
        .registeredIn(T0, T0.plusSeconds(3600)).build();
    assertThat(anyCallerAtThePlace.matches(match.toBuilder().callerKey(Optional.empty()).open(false)
        .category(Optional.empty()).build())).as("a closed, unclassified, anonymous case at the place").isTrue();
  }

  @Test
  void itPrintsItsCriteriaButNotTheCallerKey() {
    RecentCasesQuery query = RecentCasesQuery.builder().callerKey(CALLER).registeredIn(T0, T0.plusSeconds(60)).build();

    assertThat(query.toString()).doesNotContain(CALLER).contains("callerKey=***", "area=any", T0.toString());
    assertThat(query).isEqualTo(RecentCasesQuery.builder().callerKey(CALLER).registeredIn(T0, T0.plusSeconds(60))
        .build()).isNotEqualTo(RecentCasesQuery.builder().callerKey(OTHER).registeredIn(T0, T0.plusSeconds(60))
        .build());
  }

  /** Queries of a store written before the appeal history: every one it had, none of the new ones. */
  static final class OlderQueries implements CaseQueries {
    @Override
    public Optional<StoredCase> find(String caseId) {
      return Optional.empty();
    }

    @Override
    public Optional<StoredCase> findByNumber(String caseNumber) {
      return Optional.empty();
    }

    @Override
    public Optional<StoredCase> findByInquiryCodeHash(String inquiryCodeHash) {
      return Optional.empty();
    }

    @Override
    public Optional<byte[]> caseKey(String caseId) {
      return Optional.empty();
    }

    @Override
    public List<StoredEvent> events(String caseId) {
      return List.of();
    }

    @Override
    public Page<StoredCase> byStatus(Set<String> statuses, Optional<String> leadDepartment, PageRequest page) {
      return new Page<>(List.of(), Optional.empty());
    }

    @Override
    public Page<StoredCase> dueBefore(Instant instant, PageRequest page) {
      return new Page<>(List.of(), Optional.empty());
    }

    @Override
    public Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page) {
      return new Page<>(List.of(), Optional.empty());
    }

    @Override
    public Page<StoredCase> openByCategoryAndArea(String category, String area, Instant from, Instant to,
        PageRequest page) {
      return new Page<>(List.of(), Optional.empty());
    }

    @Override
    public Page<StoredCase> byDepartment(String departmentId, DepartmentRole role, boolean openOnly, PageRequest page) {
      return new Page<>(List.of(), Optional.empty());
    }

    @Override
    public Page<StoredCase> search(CaseSearch search, PageRequest page) {
      return new Page<>(List.of(), Optional.empty());
    }
  }

  @Test
  void aStoreWrittenBeforeTheQueryRefusesItNamingTheFeature() {
    RecentCasesQuery query = RecentCasesQuery.builder().area("320106").registeredIn(T0, T0.plusSeconds(60)).build();
    OlderQueries older = new OlderQueries();

    assertThatThrownBy(() -> older.recent(query, 10)).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("CaseQueries.recent").hasMessageContaining("RECENT_CASES");
    assertThatThrownBy(() -> older.countRecent(query)).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("CaseQueries.countRecent").hasMessageContaining("RECENT_CASES");
  }
}
