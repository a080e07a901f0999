package org.hotline12345.persistence;

import java.util.Collection;
import java.util.List;

/** The messages committed with their changes, waiting for the host to deliver them. */
public interface Outbox {

  /**
   * Undelivered messages, oldest first.
   *
   * @param limit the most messages, 1 to 10,000
   * @return the messages
   */
  List<OutboxMessage> pending(int limit);

  /**
   * Marks messages delivered, so they are not returned again; unknown ids are ignored.
   *
   * @param ids the message ids
   */
  void markDelivered(Collection<String> ids);
}
