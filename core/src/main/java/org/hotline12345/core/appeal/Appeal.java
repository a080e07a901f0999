package org.hotline12345.core.appeal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.immutables.value.Value;

/**
 * An appeal (诉求): what a citizen or an enterprise raises through a {@link Channel}, as the
 * hotline recorded it. Immutable; built with {@link #builder()}.
 *
 * <p>The builder refuses a missing channel, type, content, location, citizen or receipt time,
 * naming every missing one at once. The finer rules (content not blank, a phone number of the
 * right form, a location that locates, a citizen who is reachable or anonymous, the ID check
 * digit, attachment and text sizes) are Jakarta Validation constraints on the getters, checked
 * by the host's validator or by the lifecycle's appeal check; a violation names the property
 * and the rule, never the value.
 *
 * <p>{@code toString} shows no personal data: not the citizen's name, phone or ID number, not
 * the address, not the content.
 */
@Value.Immutable
public abstract class Appeal {

  /**
   * The channel it came through.
   *
   * @return the channel
   */
  @NotNull
  public abstract Channel getChannel();

  /**
   * Its type.
   *
   * @return the type
   */
  @NotNull
  public abstract AppealType getType();

  /**
   * The category from the taxonomy, once classified.
   *
   * @return the category code, or empty while unclassified
   */
  public abstract Optional<CategoryCode> getCategory();

  /**
   * The free text of the appeal, as recorded.
   *
   * @return the content
   */
  @NotBlank
  @Size(max = 20_000)
  public abstract String getContent();

  /**
   * Where the matter is.
   *
   * @return the location
   */
  @NotNull
  @Valid
  public abstract Location getLocation();

  /**
   * Who raised it.
   *
   * @return the citizen
   */
  @NotNull
  @Valid
  public abstract Citizen getCitizen();

  /**
   * The enterprise that raised it, when a business did (涉企诉求).
   *
   * @return the enterprise, or empty
   */
  public abstract Optional<@Valid Enterprise> getEnterprise();

  /**
   * When the hotline received it.
   *
   * @return the instant
   */
  @NotNull
  public abstract Instant getReceivedAt();

  /**
   * The identifier the channel gave it, for idempotent intake: the same external id twice is
   * the same appeal.
   *
   * @return the external id, or empty
   */
  public abstract Optional<@Size(min = 1, max = 128) String> getExternalId();

  /**
   * Attachments, by reference.
   *
   * @return the attachments
   */
  @Size(max = 50)
  public abstract List<AttachmentRef> getAttachments();

  /**
   * Category-specific attributes by attribute code, as Open311 service definitions have them.
   *
   * @return the attribute values
   */
  @Size(max = 100)
  public abstract Map<String, @Size(max = 2_000) String> getAttributes();

  /**
   * How urgent the agent judged it; {@link Urgency#NORMAL} unless set.
   *
   * @return the urgency
   */
  @Value.Default
  public Urgency getUrgency() {
    return Urgency.NORMAL;
  }

  /**
   * For a report (举报): the department it accuses, to which it is never routed.
   *
   * @return the accused department, or empty
   */
  public abstract Optional<DepartmentId> getAccusedDepartment();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Appeal}; refuses to build while a required attribute is missing. */
  public static class Builder extends ImmutableAppeal.Builder {}

  /**
   * This appeal with its category set, as a classifier or an agent sets it.
   *
   * @param category the category
   * @return the classified appeal
   */
  public Appeal withCategory(CategoryCode category) {
    return builder().from(this).category(category).build();
  }

  /** Never shows personal data or the content. */
  @Override
  public String toString() {
    return "Appeal[" + getType() + " via " + getChannel()
        + getCategory().map(c -> ", category " + c).orElse("")
        + ", received " + getReceivedAt() + ", " + getUrgency()
        + getExternalId().map(e -> ", external id " + e).orElse("")
        + ", " + getCitizen() + ", " + getLocation()
        + ", " + getContent().length() + " characters"
        + (getAttachments().isEmpty() ? "" : ", " + getAttachments().size() + " attachment(s)") + "]";
  }
}
