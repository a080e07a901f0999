package org.hotline12345.persistence.tck;

/**
 * Groups of contract tests a host may switch off in {@link HotlineStoreContract#features()},
 * when its store deliberately does not offer what they test. A switched-off group is reported
 * as skipped, with the feature named, never as passed.
 */
public enum StoreFeature {

  /**
   * Many threads writing to one store at once: read-modify-write loops on one case, many
   * submissions with the same intake key, concurrent commits read by a tailing event-log
   * reader. Switch off only for a store that serializes every unit of work itself, for
   * example one over an embedded database opened for a single connection.
   */
  CONCURRENT_WRITERS,

  /**
   * Payloads of a mebibyte (about a million characters) in events and outbox messages. The
   * contract allows payloads of any length; switch off only for a store that caps payloads
   * below that, and document the cap for the hosts that use it.
   */
  LARGE_PAYLOADS
}
