package org.hotline12345.core.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a department is vetoed (一票否决): conduct that fails the period whatever the rates say.
 * A scheme lists the reasons it applies.
 */
public enum VetoReason {
  /** Perfunctory handling (敷衍应付): a reply that answers nothing, a case closed on paper only. */
  PERFUNCTORY("敷衍应付"),
  /** Shirking and buck-passing (推诿扯皮) between departments. */
  BUCK_PASSING("推诿扯皮"),
  /** Fraud (弄虚作假): a falsified reply, callback or record, a citizen pressed to say satisfied. */
  FRAUD("弄虚作假"),
  /** Dereliction of duty (失职渎职). */
  DERELICTION("失职渎职"),
  /** Breach of confidentiality (泄露秘密): the citizen's identity or a report disclosed. */
  CONFIDENTIALITY_BREACH("泄露诉求人信息或秘密"),
  /** Retaliation against a complainant or whistle-blower (打击报复). */
  RETALIATION("打击报复诉求人"),
  /** A serious incident caused by the handling (造成恶劣影响): public outcry, mass incident. */
  SERIOUS_INCIDENT("造成恶劣影响"),
  /** Another reason the scheme names in its own words (其他). */
  OTHER("其他");

  private final String chinese;

  VetoReason(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 弄虚作假}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The reason of a name: its constant's name in any case, or its Chinese name.
   *
   * @param name the name
   * @return the reason, or empty
   * @throws NullPointerException if name is null
   */
  public static Optional<VetoReason> named(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip();
    for (VetoReason reason : values()) {
      if (reason.name().equals(key.toUpperCase(Locale.ROOT)) || reason.chinese.equals(key)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
