package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.core.internal.Sealer;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Personal data out of the append-only log: given a whole life of a confidential complaint,
 * when its events are stored sealed with the case's key, then no stored payload holds the
 * citizen's data or any free text; and when the key is destroyed, every event still decodes,
 * the case still replays with every fact a statistic needs, and the personal data is gone.
 */
class PersonalDataErasureTest {

  private static final String REMARK = "诉求人要求上门查看";

  private static Scenario life() {
    return Scenario.of(PrivacyTest.confidential(AppealType.COMPLAINT)).given(
        Scenario.accept(), Scenario.dispatch(HUNANLU, NINGHAI),
        Scenario.returnBy(HUNANLU, "不属于本街道"), Scenario.approveReturn(), Scenario.signFor(NINGHAI),
        new CaseCommand.RecordContact(NINGHAI, Remark.of(REMARK)),
        Scenario.askExtension(NINGHAI, 2), Scenario.approveExtension(), Scenario.reply(NINGHAI),
        Scenario.approveReply(), Scenario.callBack(Satisfaction.SATISFIED, true),
        new CaseCommand.Close(Remark.of("办结")));
  }

  @Test
  void sealed_events_hold_no_personal_data_and_open_with_the_key() {
    Scenario s = life();
    String caseId = s.current().id().value();
    Sealer sealer = Sealer.withKey(Sealer.newKey(), caseId);
    List<CaseEvent> decoded = new ArrayList<>();
    for (CaseEvent e : s.history()) {
      StoredEvent stored = EventCodec.encode(e, sealer);
      assertThat(stored.payload()).doesNotContain(PrivacyTest.NAME, PrivacyTest.PHONE, PrivacyTest.ID,
          PrivacyTest.ADDRESS, "湖南路", REMARK, "不属于本街道", "已责令");
      decoded.add(EventCodec.decode(stored, sealer));
    }
    assertThat(decoded).isEqualTo(s.history());
  }

  @Test
  void destroying_the_key_erases_the_personal_data_and_keeps_every_fact() {
    Scenario s = life();
    String caseId = s.current().id().value();
    Sealer sealer = Sealer.withKey(Sealer.newKey(), caseId);
    List<StoredEvent> stored = s.history().stream().map(e -> EventCodec.encode(e, sealer)).toList();

    List<CaseEvent> afterErasure = stored.stream().map(e -> EventCodec.decode(e, Sealer.erased(caseId))).toList();
    Case erased = Case.replay(afterErasure);
    Case original = s.current();

    assertThat(erased.status()).isEqualTo(original.status());
    assertThat(erased.closedAt()).isEqualTo(original.closedAt());
    assertThat(erased.deadlines()).isEqualTo(original.deadlines());
    assertThat(erased.assignments().stream().map(Assignment::deadlines).toList())
        .isEqualTo(original.assignments().stream().map(Assignment::deadlines).toList());
    assertThat(erased.callbacks()).isEqualTo(original.callbacks());
    assertThat(erased.returnedBy()).isEqualTo(original.returnedBy());
    assertThat(erased.appeal().getType()).isEqualTo(AppealType.COMPLAINT);
    assertThat(erased.appeal().getReceivedAt()).isEqualTo(original.appeal().getReceivedAt());
    assertThat(erased.appeal().getCitizen().isConfidential()).isTrue();

    assertThat(erased.appeal().getContent()).isEqualTo(Sealer.ERASED);
    assertThat(erased.appeal().getCitizen().getName()).isEmpty();
    assertThat(erased.appeal().getCitizen().getPhone()).isEmpty();
    assertThat(erased.appeal().getCitizen().getIdNumber()).isEmpty();
    assertThat(erased.appeal().getLocation().getAddress()).isEmpty();
    assertThat(afterErasure).anySatisfy(e -> assertThat(e.change()).isInstanceOfSatisfying(
        CaseChange.ContactRecorded.class, c -> assertThat(c.note().text()).isEqualTo(Sealer.ERASED)));
    assertThat(erased.deadline(Stage.RESOLUTION).orElseThrow().isMetOnTime())
        .isEqualTo(original.deadline(Stage.RESOLUTION).orElseThrow().isMetOnTime());
    assertThatThrownBy(() -> Sealer.erased(caseId).seal("新的备注")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_sealed_text_does_not_open_in_another_case_or_with_another_key() {
    byte[] key = Sealer.newKey();
    String sealed = Sealer.withKey(key, "case-1").seal("张三 13812345678");
    assertThatThrownBy(() -> Sealer.withKey(key, "case-2").open(sealed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("张三");
    assertThatThrownBy(() -> Sealer.withKey(Sealer.newKey(), "case-1").open(sealed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Sealer.withKey(key, "case-1").open(sealed)).isEqualTo("张三 13812345678");
  }

  @Property(tries = 200)
  void any_text_seals_and_opens_back_and_never_shows_through(@ForAll String text) {
    Sealer sealer = Sealer.withKey(Sealer.newKey(), "case-x");
    String sealed = sealer.seal(text);
    assertThat(sealer.open(sealed)).isEqualTo(text);
    if (text.length() >= 4) {
      assertThat(sealed).doesNotContain(text);
    }
    assertThat(sealer.seal(text)).as("a fresh nonce each time").isNotEqualTo(sealed);
  }
}
