package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.core.timelimit.Stage;

/** Any valid historical case round-trips through the event codec and replays with the same facts. */
class HistoricalImportPropertiesTest {

  private static final List<DepartmentId> DEPARTMENTS = Scenario.DIRECTORY.all().stream().map(Department::getId).toList();
  private static final Instant FROM = Instant.parse("2007-01-01T00:00:00Z");
  private static final long YEARS = 25L * 365 * 86_400;

  @Provide
  Arbitrary<HistoricalCase> records() {
    Arbitrary<Instant> received = Arbitraries.longs().between(0, YEARS).map(FROM::plusSeconds);
    Arbitrary<HistoricalCase.Outcome> outcome = Arbitraries.of(HistoricalCase.Outcome.class);
    Arbitrary<Long> closedAfter = Arbitraries.longs().between(0, 90L * 86_400);
    Arbitrary<Optional<Long>> dueAfter = Arbitraries.longs().between(-86_400, 30L * 86_400).optional();
    Arbitrary<String> key = Arbitraries.strings().withCharRange('!', '~').withChars("路号 é").ofMinLength(1).ofMaxLength(40)
        .filter(k -> HistoricalCase.sourceKeyRule(k) == null);
    Arbitrary<List<DepartmentId>> departments = Arbitraries.of(DEPARTMENTS).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Optional<CategoryCode>> category = Arbitraries.of("bulky-items", "030101", "graffiti").map(CategoryCode::of)
        .optional();
    Arbitrary<Optional<Area>> area = Arbitraries.of(new Area("CD-13", "Council District 13"),
        new Area("CD-13:NC-44", "GREATER ECHO PARK ELYSIAN NC")).optional();
    return Combinators.combine(key, received, Arbitraries.of(Channel.class), Arbitraries.of(AppealType.class), departments,
        outcome, closedAfter, Combinators.combine(dueAfter, category, area).as(List::of))
        .as((k, r, channel, type, leads, o, closed, rest) -> {
          HistoricalCase.Builder b = HistoricalCase.builder().sourceKey(k).receivedAt(r).channel(channel).type(type)
              .lead(leads.get(0)).outcome(o);
          leads.subList(1, leads.size()).forEach(b::addAssisting);
          if (o.isClosed()) {
            b.closedAt(r.plusSeconds(closed));
          }
          @SuppressWarnings("unchecked")
          Optional<Long> due = (Optional<Long>) rest.get(0);
          due.ifPresent(d -> b.originalDueAt(r.plusSeconds(d)));
          @SuppressWarnings("unchecked")
          Optional<CategoryCode> c = (Optional<CategoryCode>) rest.get(1);
          c.ifPresent(b::category);
          @SuppressWarnings("unchecked")
          Optional<Area> a = (Optional<Area>) rest.get(2);
          a.ifPresent(b::area);
          return b.build();
        });
  }

  @Property(tries = 300)
  void any_valid_historical_case_round_trips_and_replays_with_the_same_facts(@ForAll("records") HistoricalCase record) {
    Instant importedAt = record.closedAt().orElse(record.receivedAt()).plus(Duration.ofHours(1));
    Transition t = Scenario.LIFECYCLE.importCase(record, Actor.system(), importedAt);

    CaseEvent back = EventCodec.decode(EventCodec.encode(t.event()));
    Case replayed = Case.replay(List.of(back));

    assertThat(back).isEqualTo(t.event());
    assertThat(replayed).isEqualTo(t.after());
    assertThat(CaseFacts.of(replayed)).isEqualTo(CaseFacts.of(t.after()));
    assertThat(CaseFacts.read(CaseFacts.textOf(replayed))).isEqualTo(CaseFacts.of(t.after()));
    assertThat(replayed.registeredAt()).isEqualTo(record.receivedAt());
    assertThat(replayed.closedAt()).isEqualTo(record.closedAt());
    assertThat(replayed.isOpen()).isEqualTo(!record.outcome().isClosed());
    StageDeadline resolution = replayed.deadline(Stage.RESOLUTION).orElseThrow();
    assertThat(resolution.start()).isEqualTo(record.receivedAt());
    boolean closedOnTime = record.outcome() == HistoricalCase.Outcome.RESOLVED
        && !record.closedAt().orElseThrow().isAfter(resolution.dueAt());
    assertThat(resolution.isMetOnTime()).isEqualTo(closedOnTime);
    CaseFacts.StageFact fact = CaseFacts.of(replayed).departments().get(0).stages().get(Stage.RESOLUTION);
    assertThat(fact.isMetOnTime()).isEqualTo(closedOnTime);
  }
}
