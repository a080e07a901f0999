package org.hotline12345.core.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The enterprise (企业) on whose behalf an appeal is raised, when a business rather than a
 * person raises it (涉企诉求).
 */
@Value.Immutable
public abstract class Enterprise {

  /**
   * The registered name.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = 200)
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

  /** Builds an {@link Enterprise}. */
  public static class Builder extends ImmutableEnterprise.Builder {}

  @Override
  public String toString() {
    return "Enterprise[" + getName() + "]";
  }
}
