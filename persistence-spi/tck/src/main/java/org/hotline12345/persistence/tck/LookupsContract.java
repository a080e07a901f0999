package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.hashOf;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Lookups of committed cases by id, by readable number and by the citizen's inquiry code, and
 * of their events; every field comes back as written, instants to the microsecond.
 */
abstract class LookupsContract extends ContractGroup {

  LookupsContract(HotlineStoreContract contract) {
    super(contract);
  }

  @Test
  void aCaseIsFoundByIdNumberAndInquiryCode() {
    StoredCase registered = insert(aCase("case-000001").number("HZ-20240304-0001").inquiryCode("K7Q2-M9XA").build());
    insert(aCase("case-000002").build());

    assertThat(store().cases().find("case-000001")).as("the case by id").contains(registered);
    assertThat(store().cases().findByNumber("HZ-20240304-0001")).as("the case by number").contains(registered);
    assertThat(store().cases().findByInquiryCodeHash(hashOf("K7Q2-M9XA"))).as("the case by inquiry code").contains(registered);
  }

  @Test
  void unknownKeysFindNothing() {
    insert(aCase("case-000001").build());

    assertThat(store().cases().find("case-000404")).as("an unknown id").isEmpty();
    assertThat(store().cases().findByNumber("HZ-404")).as("an unknown number").isEmpty();
    assertThat(store().cases().findByInquiryCodeHash(hashOf("NO-SUCH-CODE"))).as("an unknown inquiry code").isEmpty();
    assertThat(store().cases().events("case-000404")).as("the events of an unknown case").isEmpty();
    assertThat(eventsInUnit("case-000404")).as("the same, in a unit").isEmpty();
    assertThat(findInUnit("case-000404")).as("an unknown id, in a unit").isEmpty();
  }

  @Test
  void everyFieldComesBackAsWrittenWithMicrosecondInstants() {
    // Every optional field set on the first case, none on the second; schema versions vary.
    StoredCase full = aCase("case-000001").status("EXTENDED").appeal("REPORT", "WECHAT").category("0103.噪音")
        .area("320106:湖南路").lead("dept-gulou").assisting("dept-城管", "dept-a", "dept-b")
        .registeredAt(Instant.parse("2024-03-04T01:02:03.000001Z"))
        .lastEventAt(Instant.parse("2024-03-05T00:00:00.000001Z"))
        .nextAlarmAt(Instant.parse("2024-03-06T15:59:59.999999Z"))
        .resolutionDueAt(Instant.parse("2024-03-11T16:00:00.100200Z")).resolutionMet(false)
        .facts("{\"stages\":[{\"stage\":\"RESOLUTION\",\"department\":\"dept-gulou\"}],\"note\":\"办结\"}")
        .version(4).build();
    StoredCase bare = aCase("case-000002").registeredAt(Instant.parse("2024-12-31T23:59:59.999999Z")).build();
    StoredCase closed = aCase("case-000003").resolutionDueAt(minutes(60)).resolutionMet(true)
        .closedAt(Instant.parse("2024-03-05T08:30:00.000500Z")).lastEventAt(Instant.parse("2024-03-05T08:30:00.000500Z"))
        .version(2).build();
    List<StoredEvent> fullEvents = List.of(
        new StoredEvent("case-000001", 1, "case.registered", 1, Instant.parse("2024-03-04T01:02:03.000001Z"), "{}"),
        new StoredEvent("case-000001", 2, "case.accepted", 3, Instant.parse("2024-03-04T01:02:03.999999Z"), "{}"),
        new StoredEvent("case-000001", 3, "case.dispatched", 2, Instant.parse("2024-03-04T02:00:00.010101Z"), "{}"),
        new StoredEvent("case-000001", 4, "case.extended", Integer.MAX_VALUE,
            Instant.parse("2024-03-05T00:00:00.000001Z"), "{}"));

    store().inTransaction(uow -> {
      uow.insertCase(full, Optional.empty(), fullEvents);
      uow.insertCase(bare, Optional.empty(), eventsOf(bare));
      uow.insertCase(closed, Optional.empty(), eventsOf(closed));
      return null;
    });

    assertThat(store().cases().find("case-000001")).as("a case with every optional field").contains(full);
    assertThat(store().cases().find("case-000002")).as("a case with no optional field").contains(bare);
    assertThat(store().cases().find("case-000003")).as("a closed case").contains(closed);
    assertThat(store().cases().events("case-000001")).as("events with microsecond instants").isEqualTo(fullEvents);
    assertThat(findInUnit("case-000001")).as("the case, read in a unit").contains(full);
    assertThat(eventsInUnit("case-000001")).as("its events, read in a unit")
        .isEqualTo(fullEvents);
  }

  @Test
  void anUpdateReplacesEveryColumnSetOrCleared() {
    StoredCase dispatched = insert(aCase("case-000001").status("DISPATCHED").category("0103").area("320106")
        .lead("dept-a").assisting("dept-b", "dept-c").nextAlarmAt(minutes(120)).resolutionDueAt(minutes(7200))
        .facts("{\"v\":1}").build());

    StoredCase reassigned = update(nextVersionOf(dispatched).category("0104").area("320102").lead("dept-c")
        .assisting("dept-d").lastEventAt(minutes(30)).nextAlarmAt(minutes(240)).facts("{\"v\":2}").build());
    assertThat(store().cases().find("case-000001")).as("the case after a re-dispatch").contains(reassigned);

    StoredCase closed = update(nextVersionOf(reassigned).assisting().resolutionMet(true).closedAt(minutes(600))
        .lastEventAt(minutes(600)).build());
    assertThat(store().cases().find("case-000001")).as("the case once closed, without assisting departments")
        .contains(closed);
    assertThat(findInUnit("case-000001")).as("the same, read in a unit").contains(closed);
  }

  @Test
  void lookupsFollowAnUpdateThatChangesTheInquiryCode() {
    StoredCase registered = insert(aCase("case-000001").number("HZ-1").inquiryCode("OLD-CODE").build());
    StoredCase reissued = update(nextVersionOf(registered).status("DISPATCHED").inquiryCode("NEW-CODE").build());

    assertThat(store().cases().find("case-000001")).as("the case by id").contains(reissued);
    assertThat(store().cases().findByNumber("HZ-1")).as("the case by number").contains(reissued);
    assertThat(store().cases().findByInquiryCodeHash(hashOf("NEW-CODE"))).as("the case by its new code").contains(reissued);
    assertThat(store().cases().findByInquiryCodeHash(hashOf("OLD-CODE"))).as("the withdrawn code").isEmpty();
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> store().cases().find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store().cases().findByNumber(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store().cases().findByInquiryCodeHash(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store().cases().events(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store().departments().find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store().inTransaction(null)).isInstanceOf(NullPointerException.class);
  }
}
