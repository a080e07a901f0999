package org.hotline12345.persistence;

import java.util.Objects;

/**
 * An event with its position in the store's global log, for hosts that stream events
 * elsewhere: positions grow with every event appended and are never reused, and an event
 * becomes visible only after every event with a smaller position is.
 *
 * @param position the global position, 1 or more
 * @param event the event
 */
public record PositionedEvent(long position, StoredEvent event) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the event is null
   * @throws IllegalArgumentException if the position is below 1
   */
  public PositionedEvent {
    Objects.requireNonNull(event, "event");
    if (position < 1) {
      throw new IllegalArgumentException("position must be 1 or more, was " + position);
    }
  }

  /**
   * The position and the event as {@link StoredEvent#toString()} shows it, without its payload.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PositionedEvent[position=" + position + ", event=" + event + "]";
  }
}
