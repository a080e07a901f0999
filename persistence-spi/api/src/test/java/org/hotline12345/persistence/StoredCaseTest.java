package org.hotline12345.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The case row's builder: every missing field named at once, every rule checked, copies that change one thing. */
class StoredCaseTest {

  private static final Instant T0 = Instant.parse("2024-03-04T01:02:03.123456Z");
  private static final String HASH = "198a7ece0fd401d94cfb2ae5b7124e5d4175d264c7facb2d2429c8fdcf12dc48";

  static StoredCase.Builder registered() {
    return StoredCase.builder().caseId("case-1").caseNumber("NJ20240304000001").inquiryCodeHash(HASH)
        .status("REGISTERED").open(true).appealType("COMPLAINT").channel("PHONE")
        .registeredAt(T0).lastEventAt(T0).version(1);
  }

  @Test
  void aBuilderWithNothingSetNamesEveryRequiredField() {
    assertThatThrownBy(() -> StoredCase.builder().category("0103").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a StoredCase needs caseId, caseNumber, inquiryCodeHash, status, open, appealType, channel,"
            + " registeredAt, lastEventAt, version; not set");
  }

  @Test
  void optionalFieldsAreAbsentUnlessSet() {
    StoredCase c = registered().build();

    assertThat(c.category()).isEmpty();
    assertThat(c.area()).isEmpty();
    assertThat(c.leadDepartment()).isEmpty();
    assertThat(c.assistingDepartments()).isEmpty();
    assertThat(c.nextAlarmAt()).isEmpty();
    assertThat(c.resolutionDueAt()).isEmpty();
    assertThat(c.resolutionMet()).isEmpty();
    assertThat(c.closedAt()).isEmpty();
    assertThat(c.facts()).isEmpty();
    assertThat(c.callerKey()).isEmpty();
    assertThat(c.watchedStage()).isEmpty();
    assertThat(c.watchedDueAt()).isEmpty();
    assertThat(c.yellowAt()).isEmpty();
  }

  @Test
  void aCallerKeyIsAHashOfTheIdAlphabetAndTakesPartInEqualityButNotInPrinting() {
    StoredCase withCaller = registered().callerKey(HASH).build();

    assertThat(withCaller.callerKey()).contains(HASH);
    assertThat(withCaller).isNotEqualTo(registered().build());
    assertThat(withCaller.toBuilder().build()).isEqualTo(withCaller).hasSameHashCodeAs(withCaller);
    assertThat(withCaller.toBuilder().callerKey(Optional.empty()).build()).isEqualTo(registered().build());
    assertThat(withCaller.toString()).doesNotContain(HASH);
    assertThatThrownBy(() -> registered().callerKey("13812345678").build()).as("a phone number where a hash belongs")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callerKey must be 32 to 128 characters of A-Z a-z 0-9 . _ : -")
        .hasMessageNotContaining("13812345678");
    assertThatThrownBy(() -> registered().callerKey(HASH.substring(0, 40) + "张三" + HASH.substring(42)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callerKey").hasMessageNotContaining("张三");
  }

  @Test
  void toBuilderCopiesEveryFieldAndChangesOnlyWhatIsSet() {
    StoredCase dispatched = registered().status("DISPATCHED").category("0103").area("320106001")
        .leadDepartment("nj.gulou").assistingDepartments(List.of("nj.gulou.hunanlu", "城管局"))
        .lastEventAt(T0.plusSeconds(60)).nextAlarmAt(T0.plusSeconds(7200)).resolutionDueAt(T0.plusSeconds(86_400))
        .resolutionMet(false).facts("{\"stages\":[]}").version(3).build();

    assertThat(dispatched.toBuilder().build()).isEqualTo(dispatched).hasSameHashCodeAs(dispatched);
    StoredCase closed = dispatched.toBuilder().open(false).status("CLOSED").closedAt(T0.plusSeconds(90_000))
        .nextAlarmAt(Optional.empty()).version(4).build();
    assertThat(closed.open()).isFalse();
    assertThat(closed.nextAlarmAt()).isEmpty();
    assertThat(closed.assistingDepartments()).containsExactly("nj.gulou.hunanlu", "城管局");
    assertThat(closed.facts()).contains("{\"stages\":[]}");
    assertThat(closed).isNotEqualTo(dispatched);
  }

  @Test
  void everyBrokenRuleIsNamedAtOnce() {
    assertThatThrownBy(() -> registered().caseId("case 1").status("").category("").area("a/b")
        .assistingDepartments(List.of("nj.gulou", "nj.gulou")).facts("").version(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caseId must be 1 to 64 characters of A-Z a-z 0-9 . _ : -; its character 5 is U+0020")
        .hasMessageContaining("status must be")
        .hasMessageContaining("category must be")
        .hasMessageContaining("area must be")
        .hasMessageContaining("assistingDepartments[1] repeats an earlier assisting department")
        .hasMessageContaining("facts must be 1 to 16000 characters")
        .hasMessageContaining("version must be 1 or more, was 0");
  }

  @Test
  void emptyOptionalTextIsRefused() {
    assertThatThrownBy(() -> registered().leadDepartment(Optional.of("")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadDepartment");
    assertThatThrownBy(() -> registered().facts(Optional.of("")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facts");
  }

  @Test
  void aPlainInquiryCodeIsTooShortToPassForAHash() {
    assertThatThrownBy(() -> registered().inquiryCodeHash("K7Q2M9XAB3CD").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inquiryCodeHash must be 32 to 128 characters")
        .hasMessageNotContaining("K7Q2M9XAB3CD");
  }

  @Test
  void theLastEventCannotPrecedeTheRegistration() {
    assertThatThrownBy(() -> registered().lastEventAt(T0.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastEventAt");
  }

  @Test
  void caseNumbersMayHoldAnyVisibleCharacterButNoSpaceOrInvisibleOne() {
    assertThat(registered().caseNumber("宁2024-鼓楼-０１😀").build().caseNumber()).isEqualTo("宁2024-鼓楼-０１😀");
    for (String bad : List.of("NJ 1", "NJ\u00A01", "NJ\u200B1", "NJ\n1", "NJ\u202E1", "", "N".repeat(65), "NJ\uD800")) {
      assertThatThrownBy(() -> registered().caseNumber(bad).build()).as("case number %s", Printable.escape(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseNumber");
    }
  }

  @Test
  void settersRefuseNullNamingTheField() {
    assertThatThrownBy(() -> registered().category((String) null)).hasMessage("category");
    assertThatThrownBy(() -> registered().nextAlarmAt((Optional<Instant>) null)).hasMessage("nextAlarmAt");
    assertThatThrownBy(() -> registered().assistingDepartments(java.util.Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("assistingDepartments");
  }

  @Test
  void tooManyAssistingDepartmentsAreRefused() {
    List<String> many = java.util.stream.IntStream.range(0, 65).mapToObj(i -> "dept-" + i).toList();
    assertThatThrownBy(() -> registered().assistingDepartments(many).build())
        .hasMessageContaining("at most 64");
  }

  @Test
  void aWatchedDeadlineIsStageDueAndYellowTogetherAndComesBackWhole() {
    StoredCase watched = registered().status("DISPATCHED").watchedStage("SIGN_FOR").yellowAt(T0.plusSeconds(5760))
        .watchedDueAt(T0.plusSeconds(7200)).build();

    assertThat(watched.watchedStage()).contains("SIGN_FOR");
    assertThat(watched.yellowAt()).contains(T0.plusSeconds(5760));
    assertThat(watched.watchedDueAt()).contains(T0.plusSeconds(7200));
    assertThat(watched.toBuilder().build()).isEqualTo(watched).hasSameHashCodeAs(watched);
    assertThat(watched).as("the same row watching a later due instant")
        .isNotEqualTo(watched.toBuilder().watchedDueAt(T0.plusSeconds(7201)).build())
        .as("the same row with another stage").isNotEqualTo(watched.toBuilder().watchedStage("RESOLUTION").build())
        .as("the same row turning yellow later").isNotEqualTo(watched.toBuilder().yellowAt(T0.plusSeconds(5761)).build());
    assertThat(watched.toString()).contains("watchedStage=SIGN_FOR", "watchedDueAt=" + T0.plusSeconds(7200),
        "yellowAt=" + T0.plusSeconds(5760));
    StoredCase closed = watched.toBuilder().open(false).status("CLOSED").closedAt(T0.plusSeconds(3600))
        .watchedStage(Optional.empty()).watchedDueAt(Optional.empty()).yellowAt(Optional.empty()).version(2).build();
    assertThat(closed.watchedStage()).isEmpty();
    assertThat(closed.watchedDueAt()).isEmpty();
    assertThat(closed.yellowAt()).isEmpty();
    assertThat(registered().build().toString()).contains("watchedStage=none, watchedDueAt=none, yellowAt=none");
  }

  @Test
  void aWatchedDeadlineWithSomeOfItsFieldsIsRefusedNamingThem() {
    assertThatThrownBy(() -> registered().watchedDueAt(T0).build()).as("a due instant alone")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watchedStage, watchedDueAt and yellowAt must be all present or all absent;"
            + " watchedDueAt present, watchedStage and yellowAt absent");
    assertThatThrownBy(() -> registered().watchedStage("SIGN_FOR").yellowAt(T0).build()).as("no due instant")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watchedStage and yellowAt present, watchedDueAt absent");
    StoredCase watched = registered().watchedStage("SIGN_FOR").yellowAt(T0).watchedDueAt(T0).build();
    assertThatThrownBy(() -> watched.toBuilder().watchedStage(Optional.empty()).build())
        .as("a stage cleared alone").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watchedStage absent");
  }

  @Test
  void aDeadlineTurnsYellowAtOrBeforeItIsDueAndItsStageIsAnId() {
    assertThat(registered().watchedStage("RESOLUTION").yellowAt(T0).watchedDueAt(T0).build().yellowAt())
        .as("yellow at the due instant itself").contains(T0);
    assertThatThrownBy(() -> registered().watchedStage("RESOLUTION").yellowAt(T0.plusNanos(1000))
        .watchedDueAt(T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yellowAt (" + T0.plusNanos(1000) + ") must not be after watchedDueAt (" + T0 + ")");
    assertThatThrownBy(() -> registered().watchedStage("签收").yellowAt(T0).watchedDueAt(T0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watchedStage must be");
    assertThatThrownBy(() -> registered().watchedStage((String) null)).hasMessage("watchedStage");
    assertThatThrownBy(() -> registered().watchedDueAt((Optional<Instant>) null)).hasMessage("watchedDueAt");
    assertThatThrownBy(() -> registered().yellowAt((Instant) null)).hasMessage("yellowAt");
  }

  @Test
  void eventsMessagesAndDepartmentsRefuseKeysOutsideTheirAlphabet() {
    assertThatThrownBy(() -> new StoredEvent("case-1", 1, "Registered event", 1, T0, "{}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("type must be");
    assertThatThrownBy(() -> new StoredEvent("case-1", 1, "case.registered", 0, T0, "{}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("schemaVersion must be 1 or more, was 0");
    assertThatThrownBy(() -> new StoredEvent("case-1", 1, "case.registered", 1, T0, "bad \uDC00 text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload").hasMessageContaining("unpaired");
    assertThatThrownBy(() -> new OutboxMessage("m#1", "case.registered", "case-1", "{}", T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must be");
    assertThat(new OutboxMessage("m" + "1".repeat(127), "case.registered", "case-1", "", T0).id()).hasSize(128);
    assertThatThrownBy(() -> new StoredDepartment("dept 1", "n", "k", Optional.empty(), true, "cn", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must be");
    assertThatThrownBy(() -> new StoredDepartment("dept-1", "n", "k", Optional.of(""), true, "cn", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("parent must be");
  }
}
