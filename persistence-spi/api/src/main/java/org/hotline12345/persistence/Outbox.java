package org.hotline12345.persistence;

import java.util.Collection;
import java.util.List;

/**
 * The messages committed with their changes, waiting for the host to deliver them. Only
 * committed messages are pending; the messages of a unit of work that rolled back never are.
 */
public interface Outbox {

  /**
   * Undelivered messages, oldest first: in the order they were enqueued (a unit's messages in
   * the order it enqueued them, after those of the units that committed before it began). The
   * order does not depend on {@link OutboxMessage#createdAt()} or the ids.
   *
   * @param limit the most messages, 1 to 10,000
   * @return the messages
   * @throws IllegalArgumentException if the limit is not 1 to 10,000
   */
  List<OutboxMessage> pending(int limit);

  /**
   * Marks messages delivered, so they are not returned again; unknown ids are ignored. A store
   * may delete delivered messages; whether a delivered message's id can be enqueued again is
   * the store's choice.
   *
   * @param ids the message ids
   */
  void markDelivered(Collection<String> ids);
}
