package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline12345.persistence.HotlineStore;

/** The check that a host's factory really returns an empty store. */
final class Emptiness {

  private Emptiness() {}

  /**
   * Fails, naming the factory, if the store holds events (so cases), pending outbox messages
   * or departments.
   */
  static void check(HotlineStore store) {
    String hint = "newEmptyStore() must return a store with no cases, events, outbox messages or"
        + " departments; empty the tables (or use a new schema) before each test";
    assertThat(store.events().since(0, 1)).as("the event log of a new store; " + hint).isEmpty();
    assertThat(store.outbox().pending(1)).as("the pending outbox of a new store; " + hint).isEmpty();
    assertThat(store.departments().all()).as("the department directory of a new store; " + hint).isEmpty();
  }
}
