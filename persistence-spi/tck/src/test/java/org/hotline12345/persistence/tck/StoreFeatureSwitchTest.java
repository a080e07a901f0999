package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * A host that switches features off sees their tests skipped, with the feature named, and
 * every other test still run: the kit run through the JUnit engine, as a build would run it.
 */
class StoreFeatureSwitchTest {

  /** A host whose store offers no optional feature. Not run by the build on its own. */
  static class StoreWithoutFeatures extends HotlineStoreContract {
    @Override
    protected HotlineStore newEmptyStore() {
      return new InMemoryStore();
    }

    @Override
    protected Set<StoreFeature> features() {
      return EnumSet.noneOf(StoreFeature.class);
    }
  }

  /** A host that returns a store which is not empty. */
  static class StoreNotEmptied extends HotlineStoreContract {
    @Override
    protected HotlineStore newEmptyStore() {
      InMemoryStore store = new InMemoryStore();
      store.departments().save(StoreFixtures.department("dept-left-over"));
      return store;
    }
  }

  private static Events run(Class<?> host) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(host)).execute().testEvents();
  }

  @Test
  void testsOfSwitchedOffFeaturesAreSkippedNamingTheFeatureAndTheRestRun() {
    Events events = run(StoreWithoutFeatures.class);

    List<Event> skipped = events.aborted().list();
    assertThat(skipped).as("tests skipped (aborted by an assumption) when every optional feature is off")
        .hasSize(39);
    assertThat(skipped).allSatisfy(e -> assertThat(messageOf(e))
        .as("the reason %s was skipped", e.getTestDescriptor().getDisplayName())
        .containsPattern("switches off (CONCURRENT_WRITERS|LARGE_PAYLOADS|REOPEN|RECENT_CASES|WATCH_BOARD)"));
    assertThat(skipped).anySatisfy(e -> assertThat(e.getTestDescriptor().getDisplayName())
        .isEqualTo("oneMebibytePayloadsRoundTrip()"));
    assertThat(skipped).anySatisfy(e -> assertThat(e.getTestDescriptor().getDisplayName())
        .isEqualTo("writersThatRetryOnConflictLoseNoUpdate()"));
    assertThat(skipped).anySatisfy(e -> assertThat(e.getTestDescriptor().getDisplayName())
        .isEqualTo("everyQueryGivesExactlyTheCasesItsDefinitionMatches()"));
    assertThat(skipped).anySatisfy(e -> assertThat(e.getTestDescriptor().getDisplayName())
        .isEqualTo("theCountsHandWorked()"));
    assertThat(events.failed().count()).as("tests failed").isZero();
    assertThat(events.succeeded().count() + skipped.size()).as("tests run or skipped").isEqualTo(203);
  }

  private static String messageOf(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage).orElse("");
  }

  @Test
  void aStoreThatIsNotEmptyFailsEveryTestNamingTheFactory() {
    Events events = run(StoreNotEmptied.class);

    assertThat(events.succeeded().count()).as("tests passed on a store that was not emptied").isZero();
    assertThat(events.failed().list()).isNotEmpty()
        .allSatisfy(e -> assertThat(messageOf(e)).contains("newEmptyStore() must return a store with no cases"));
  }
}
