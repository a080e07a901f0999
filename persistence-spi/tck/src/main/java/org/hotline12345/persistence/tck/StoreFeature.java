package org.hotline12345.persistence.tck;

/**
 * Groups of contract tests a host may switch off in {@link HotlineStoreContract#features()},
 * when its store deliberately does not offer what they test. A switched-off group is reported
 * as skipped, with the feature named, never as passed.
 */
public enum StoreFeature {

  /**
   * Units of work that overlap in time, on several threads: a unit that waits while another
   * commits, two units writing over the same version or the same key, read-modify-write loops
   * on one case, many submissions with the same intake key, commits followed by a reader of the
   * event log. Switch off only for a store that runs one unit of work at a time, for example
   * one over an embedded database opened for a single connection; the tests would wait for
   * the guard's minute and fail.
   */
  CONCURRENT_WRITERS,

  /**
   * Payloads of a mebibyte (about a million characters) in events and outbox messages. The
   * contract allows payloads of any length; switch off only for a store that caps payloads
   * below that, and document the cap for the hosts that use it.
   */
  LARGE_PAYLOADS,

  /**
   * Opening the store again over the same data, as after a restart of the host: sequences
   * continue where they were, and what was committed is still there. Needs {@link
   * HotlineStoreContract#reopenStore}; switch off only for a store that keeps nothing when it
   * is closed, and never use such a store where case numbers must survive a restart.
   */
  REOPEN,

  /**
   * A caller's or a place's recent cases ({@code CaseQueries.recent} and {@code countRecent}),
   * and the caller key ({@code StoredCase.callerKey()}) they go by: the appeal history the core
   * asks on intake (诉求历史). Added to the contract after its first release: switch it off only
   * while the store does not implement them yet; the core's questions about callers and places
   * then fail with the store's {@link UnsupportedOperationException}.
   */
  RECENT_CASES,

  /**
   * The supervision board (红黄牌看板): {@code CaseQueries.watchCounts} and {@code watched}, and
   * the watched deadline of the case row they go by ({@code StoredCase.watchedStage()}, {@code
   * watchedDueAt()}, {@code yellowAt()}). Added to the contract after its first release: switch
   * it off only while the store does not implement them yet; the core's board then fails with
   * the store's {@link UnsupportedOperationException}.
   */
  WATCH_BOARD
}
