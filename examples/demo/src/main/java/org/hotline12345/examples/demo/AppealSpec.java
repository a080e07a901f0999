package org.hotline12345.examples.demo;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;

/**
 * One generated appeal (诉求) before it is submitted: when, how, what and where, and what the
 * generator meant by it. The citizen's name, phone and the text are personal data: this record's
 * {@link #toString()} shows none of them.
 *
 * @param index its place in the month's appeals, from 0
 * @param at when it comes in
 * @param channel the channel
 * @param type the appeal type
 * @param category the category it is really about, empty for a consultation of the knowledge base
 * @param categoryGiven whether the agent records the category at intake (else the classifier
 *     or a clerk does)
 * @param text what the citizen says
 * @param areaCode the area's code, empty when the citizen names none
 * @param areaName the area's name, empty when none
 * @param attributes the category's attributes the agent records
 * @param citizenName the citizen's name, empty when anonymous
 * @param phone the citizen's phone, empty when anonymous
 * @param kind what the generator meant
 */
record AppealSpec(int index, Instant at, Channel channel, AppealType type, Optional<String> category,
    boolean categoryGiven, String text, Optional<String> areaCode, Optional<String> areaName,
    Map<String, String> attributes, Optional<String> citizenName, Optional<String> phone, Kind kind) {

  /** What the generator meant an appeal to be. */
  enum Kind {
    /** An ordinary appeal for a department. */
    ORDINARY,
    /** A question the knowledge base answers. */
    KNOWLEDGE,
    /** An emergency for 110/119/120/122/96333. */
    EMERGENCY,
    /** A call with nothing to handle (打错了). */
    EMPTY,
    /** A matter already in legal proceedings. */
    IN_PROCEEDINGS,
    /** A noise complaint without the elements the category requires. */
    INCOMPLETE,
    /** The same caller again with the same words, while the first case is open. */
    REPEAT,
    /** A caller who appeals again and again (a frequent caller, 高频来电). */
    FREQUENT
  }

  @Override
  public String toString() {
    return "AppealSpec[#" + index + " " + kind + " " + type + " via " + channel + " at " + at + "]";
  }
}
