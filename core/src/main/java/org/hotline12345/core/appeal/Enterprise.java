package org.hotline12345.core.appeal;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * The enterprise (企业) on whose behalf an appeal is raised, when a business rather than a
 * person raises it (涉企诉求). For a sole trader (个体工商户) the name is a person's name: it
 * is personal data, never in {@code toString}.
 *
 * <p>When built, name and credit code must be well-formed UTF-16 and at most
 * {@value AppealLimits#MAX_ENTERPRISE_NAME_LENGTH} and
 * {@value AppealLimits#MAX_CREDIT_CODE_LENGTH} characters, or the builder throws an
 * {@link IllegalArgumentException}; a name that is not blank and a credit code of the right
 * form are Jakarta constraints, checked at registration.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * Enterprise bakery = Enterprise.builder()
 *     .name("南京某某食品有限公司")
 *     .creditCode("91320106MA1XXXXX0X")
 *     .build();
 * Enterprise renamed = Enterprise.builder().from(bakery).name("南京某某餐饮管理有限公司").build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it.
 * <ul>
 *   <li>{@code name(String)}, <b>required</b>: the registered name;</li>
 *   <li>{@code creditCode(String)}, {@code creditCode(Optional)}: the unified social credit
 *       code;</li>
 *   <li>{@code from(Enterprise)}: every field of an existing enterprise, for a copy with some
 *       fields changed.</li>
 * </ul>
 */
@Value.Immutable
public abstract class Enterprise {

  /**
   * The registered name; not blank.
   *
   * @return the name
   */
  @Pattern(regexp = Texts.VISIBLE, message = "must not be blank")
  public abstract String getName();

  /**
   * The unified social credit code (统一社会信用代码), 18 characters, if given.
   *
   * @return the code
   */
  public abstract Optional<@Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}",
      message = "must be an 18-character unified social credit code") String> getCreditCode();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Enterprise}; its methods are listed under "Building one" in the description
   * of {@link Enterprise}.
   */
  public static class Builder extends ImmutableEnterprise.Builder {}

  @Value.Check
  void check() {
    Invariants.of("Enterprise")
        .text("name", getName(), AppealLimits.MAX_ENTERPRISE_NAME_LENGTH)
        .text("creditCode", getCreditCode(), AppealLimits.MAX_CREDIT_CODE_LENGTH)
        .check();
  }

  /** Never shows the name (a sole trader's is a person's name) nor the credit code. */
  @Override
  public String toString() {
    return "Enterprise[" + (getCreditCode().isPresent() ? "credit code ***" : "no credit code") + "]";
  }
}
