package org.hotline12345.rules.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.rules.duplicates.DuplicateMatch.Criterion;
import org.hotline12345.rules.text.CharacterNgrams;

/**
 * Invariants of the duplicate finder over calls nobody thought of: callers who write the same
 * number differently or stay anonymous, two places, two categories and none, retold and other
 * texts, gaps around the window, cases closed right after they came in. Whatever the calls, the
 * finder never proposes the case itself, a closed case or one outside the window; what it
 * proposes meets its criterion; and it proposes a case exactly when one meets a criterion.
 */
class DuplicateFinderPropertiesTest {

  private static final Duration WINDOW = Duration.ofHours(12);
  private static final double THRESHOLD = 0.6;
  private static final DuplicateFinder FINDER = DuplicateFinder.builder().ruleSet("property", "1").window(WINDOW)
      .similarityThreshold(THRESHOLD).build();

  /** Phone numbers as typed, and the caller each stands for (-1 for anonymous). */
  private static final String[] PHONES = {"13812345678", "+86 138-1234-5678", "13900000000", null};
  private static final int[] CALLERS = {0, 0, 1, -1};
  private static final Area[] AREAS = {Hotline.HUNANLU, Hotline.NINGHAI, null};
  private static final CategoryCode[] CATEGORIES = {Hotline.NOISE, Hotline.LIGHTS, null};
  private static final String[] TEXTS = {
      "湖南路与中山路路口的路灯坏了三天，晚上一片漆黑，请尽快修理",
      "湖南路与中山路路口路灯坏了三天了，晚上一片漆黑，请尽快修理！",
      "湖南路某工地夜间施工噪音扰民，已持续一周",
      "小区里有人遛狗不拴绳，孩子被吓哭了"};

  /** One call: who, where, about what, how long after the call before, and whether it is closed at once. */
  record Call(int phone, int area, int category, int text, int minutesAfter, boolean closedAtOnce) {}

  /** A call as registered, with its case as it came in. */
  record Registered(Call call, Case c) {}

  @Provide
  Arbitrary<List<Call>> calls() {
    Arbitrary<Call> call = Combinators.combine(Arbitraries.integers().between(0, PHONES.length - 1),
        Arbitraries.integers().between(0, AREAS.length - 1), Arbitraries.integers().between(0, CATEGORIES.length - 1),
        Arbitraries.integers().between(0, TEXTS.length - 1), Arbitraries.integers().between(0, 480),
        Arbitraries.of(false, false, true)).as(Call::new);
    return call.list().ofMinSize(2).ofMaxSize(7);
  }

  private static List<Registered> register(Hotline hotline, List<Call> calls) {
    List<Registered> registered = new ArrayList<>();
    for (Call call : calls) {
      hotline.after(Duration.ofMinutes(call.minutesAfter()));
      Case c = hotline.calls(PHONES[call.phone()], AREAS[call.area()], CATEGORIES[call.category()], TEXTS[call.text()]);
      if (call.closedAtOnce()) {
        hotline.notAccepted(c);
      }
      registered.add(new Registered(call, c));
    }
    return registered;
  }

  private static boolean inWindowBefore(Case other, Case c) {
    return !other.registeredAt().isBefore(c.registeredAt().minus(WINDOW)) && !other.registeredAt().isAfter(c.registeredAt());
  }

  private static double similarity(Call a, Call b) {
    return CharacterNgrams.of(TEXTS[a.text()], 2).jaccard(CharacterNgrams.of(TEXTS[b.text()], 2));
  }

  /** Whether the other call's case meets a criterion for the call's case, by the calls alone. */
  private static boolean meetsACriterion(Registered c, Registered other) {
    if (other.call().closedAtOnce() || other.c().id().equals(c.c().id()) || !inWindowBefore(other.c(), c.c())) {
      return false;
    }
    boolean samePlace = AREAS[c.call().area()] != null && CATEGORIES[c.call().category()] != null
        && c.call().area() == other.call().area() && c.call().category() == other.call().category();
    boolean sameCaller = CALLERS[c.call().phone()] >= 0 && CALLERS[c.call().phone()] == CALLERS[other.call().phone()]
        && similarity(c.call(), other.call()) >= THRESHOLD;
    return samePlace || sameCaller;
  }

  @Property(tries = 80)
  void theFinderNeverProposesTheCaseItselfAClosedCaseOrOneOutsideTheWindow(@ForAll("calls") List<Call> calls) {
    Hotline hotline = Hotline.proposing();
    List<Registered> registered = register(hotline, calls);

    for (Registered r : registered) {
      Optional<DuplicateMatch> match = FINDER.find(r.c(), hotline.service.appealHistory());
      match.ifPresent(m -> {
        Case target = hotline.service.find(m.target()).orElseThrow();
        assertThat(target.id()).as("the target of %s", r.call()).isNotEqualTo(r.c().id());
        assertThat(target.isOpen()).as("the target of %s is open", r.call()).isTrue();
        assertThat(inWindowBefore(target, r.c())).as("the target of %s is in the window before it", r.call()).isTrue();
        Registered other = registered.stream().filter(x -> x.c().id().equals(target.id())).findFirst().orElseThrow();
        if (m.criterion() == Criterion.SAME_PLACE_AND_CATEGORY) {
          assertThat(other.call().area()).as("the target's place").isEqualTo(r.call().area());
          assertThat(other.call().category()).as("the target's category").isEqualTo(r.call().category());
          assertThat(AREAS[r.call().area()]).isNotNull();
        } else {
          assertThat(CALLERS[other.call().phone()]).as("the target's caller").isEqualTo(CALLERS[r.call().phone()])
              .isNotNegative();
          assertThat(m.similarity().orElseThrow()).as("the similarity found")
              .isEqualTo(similarity(r.call(), other.call())).isGreaterThanOrEqualTo(THRESHOLD);
        }
      });
    }
  }

  @Property(tries = 80)
  void theFinderProposesACaseExactlyWhenOneMeetsACriterion(@ForAll("calls") List<Call> calls) {
    Hotline hotline = Hotline.proposing();
    List<Registered> registered = register(hotline, calls);

    for (Registered r : registered) {
      boolean expected = registered.stream().anyMatch(other -> meetsACriterion(r, other));
      Optional<DuplicateMatch> match = FINDER.find(r.c(), hotline.service.appealHistory());
      assertThat(match.isPresent()).as("a proposal for %s among %s", r.call(), calls).isEqualTo(expected);
      match.ifPresent(m -> assertThat(registered.stream().filter(o -> Objects.equals(o.c().id(), m.target()))
          .anyMatch(o -> meetsACriterion(r, o))).as("the target meets a criterion").isTrue());
    }
  }
}
