package org.hotline12345.core.casefile;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reason for not accepting an appeal (不予受理理由). The platform configures which reasons
 * it uses; {@link #SEEDS} are the nine reasons the published rules name.
 *
 * @param code a stable code, upper case letters, digits and underscores
 * @param label the reason in words, for example {@code 要素不全}
 */
public record NotAcceptedReason(String code, String label) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

  /** Outside the powers of local government (不属于本级政府职责范围). */
  public static final NotAcceptedReason OUTSIDE_LOCAL_POWERS =
      new NotAcceptedReason("OUTSIDE_LOCAL_POWERS", "不属于本级政府职责范围");
  /** An emergency for 110/119/120/122/96333 (应由紧急热线处理). */
  public static final NotAcceptedReason EMERGENCY_MATTER =
      new NotAcceptedReason("EMERGENCY_MATTER", "应由110、119、120、122、96333等紧急热线处理");
  /** Party committees, people's congresses, CPPCC, courts, procuratorates, military. */
  public static final NotAcceptedReason OTHER_INSTITUTIONS =
      new NotAcceptedReason("OTHER_INSTITUTIONS", "属党委、人大、政协、法院、检察院、军队等职责");
  /** In litigation, arbitration or administrative reconsideration (已进入诉讼、仲裁、行政复议). */
  public static final NotAcceptedReason IN_LEGAL_PROCEEDINGS =
      new NotAcceptedReason("IN_LEGAL_PROCEEDINGS", "已进入诉讼、仲裁、行政复议等法定程序");
  /** State or commercial secrets, personal privacy, cadre discipline (涉密、隐私、干部人事). */
  public static final NotAcceptedReason SECRETS_OR_DISCIPLINE =
      new NotAcceptedReason("SECRETS_OR_DISCIPLINE", "涉及国家秘密、商业秘密、个人隐私或干部人事");
  /** Already handled, nothing new (已办结且无新情况). */
  public static final NotAcceptedReason ALREADY_HANDLED =
      new NotAcceptedReason("ALREADY_HANDLED", "已依法处理且无新情况、新理由");
  /** Malicious or without substance (恶意或无实质内容). */
  public static final NotAcceptedReason MALICIOUS_OR_EMPTY =
      new NotAcceptedReason("MALICIOUS_OR_EMPTY", "恶意诉求或无实质内容");
  /** Essential elements missing (要素不全). */
  public static final NotAcceptedReason INCOMPLETE_ELEMENTS =
      new NotAcceptedReason("INCOMPLETE_ELEMENTS", "诉求要素不全");
  /** A consumer dispute already in mediation (消费纠纷已在调解中). */
  public static final NotAcceptedReason CONSUMER_DISPUTE_IN_MEDIATION =
      new NotAcceptedReason("CONSUMER_DISPUTE_IN_MEDIATION", "消费纠纷已进入调解程序");

  /** The nine reasons of the seeds, in their order. */
  public static final List<NotAcceptedReason> SEEDS = List.of(OUTSIDE_LOCAL_POWERS, EMERGENCY_MATTER,
      OTHER_INSTITUTIONS, IN_LEGAL_PROCEEDINGS, SECRETS_OR_DISCIPLINE, ALREADY_HANDLED,
      MALICIOUS_OR_EMPTY, INCOMPLETE_ELEMENTS, CONSUMER_DISPUTE_IN_MEDIATION);

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the code is not upper case letters, digits and
   *     underscores, or the label is blank
   */
  public NotAcceptedReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: must be 1 to 64 of A-Z, 0-9 and _, was "
          + org.hotline12345.core.internal.Texts.quote(code));
    }
    org.hotline12345.core.internal.Texts.requireText("label", label, 200);
  }
}
