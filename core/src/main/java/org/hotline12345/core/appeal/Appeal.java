package org.hotline12345.core.appeal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * An appeal (诉求): what a citizen or an enterprise raises through a {@link Channel}, as the
 * hotline recorded it. Immutable; built with {@link #builder()}.
 *
 * <p>The builder refuses a missing channel, type, content, location, citizen or receipt time,
 * naming every missing one at once ({@link IllegalStateException}), and what no stored appeal
 * may hold (an unpaired surrogate in any text, a text over its maximum length, too many
 * attachments or attributes, a blank attribute key), naming every broken field and rule at once
 * ({@link IllegalArgumentException}); {@link AppealLimits} lists the bounds. The rules of
 * completeness and form (content not blank, a phone number of the right form, a plausible ID
 * number, a location that locates, a citizen who is reachable or anonymous) are Jakarta
 * Validation constraints on the getters, checked by the host's validator or by the lifecycle's
 * appeal check; a violation names the property and the rule, never the value.
 *
 * <p>{@code toString} shows no personal data: not the citizen's name, phone or ID number, not
 * the address, not the content.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * Appeal appeal = Appeal.builder()
 *     .channel(Channel.PHONE)
 *     .type(AppealType.COMPLAINT)
 *     .content("湖南路88号楼下烧烤店油烟直排，晚上十点后仍在营业")
 *     .location(Location.builder().address("鼓楼区湖南路88号").build())
 *     .citizen(Citizen.builder().name("张三").phone("13812345678").build())
 *     .receivedAt(Instant.parse("2025-10-09T13:30:00Z"))
 *     .externalId("wx-20251009-0001")
 *     .build();
 * Appeal urgent = Appeal.builder().from(appeal).urgency(Urgency.URGENT).build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it.
 * <ul>
 *   <li>{@code channel(Channel)}, <b>required</b>;</li>
 *   <li>{@code type(AppealType)}, <b>required</b>;</li>
 *   <li>{@code content(String)}, <b>required</b>: the free text;</li>
 *   <li>{@code location(Location)}, <b>required</b>: see {@link Location};</li>
 *   <li>{@code citizen(Citizen)}, <b>required</b>: see {@link Citizen}, or
 *       {@link Citizen#anonymous()};</li>
 *   <li>{@code receivedAt(Instant)}, <b>required</b>;</li>
 *   <li>{@code category(CategoryCode)}, {@code category(Optional)}: once classified;</li>
 *   <li>{@code enterprise(Enterprise)}, {@code enterprise(Optional)}: see {@link Enterprise};</li>
 *   <li>{@code externalId(String)}, {@code externalId(Optional)};</li>
 *   <li>{@code addAttachments(AttachmentRef...)}, {@code addAllAttachments(Iterable)},
 *       {@code attachments(Iterable)};</li>
 *   <li>{@code putAttributes(String, String)}, {@code putAllAttributes(Map)},
 *       {@code attributes(Map)} (which replaces them all);</li>
 *   <li>{@code urgency(Urgency)}: {@link Urgency#NORMAL} if not called;</li>
 *   <li>{@code accusedDepartment(DepartmentId)}, {@code accusedDepartment(Optional)}: for a
 *       report (举报);</li>
 *   <li>{@code from(Appeal)}: every field of an existing appeal, for a copy with some fields
 *       changed (as {@link #withCategory} and {@link #maskedForHandler} make).</li>
 * </ul>
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
   * The free text of the appeal, as recorded; not blank (spaces and invisible characters alone
   * are blank), at most {@value AppealLimits#MAX_CONTENT_LENGTH} characters.
   *
   * @return the content
   */
  @Pattern(regexp = Texts.VISIBLE, message = "must not be blank")
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
   * the same appeal. Not blank, at most {@value AppealLimits#MAX_EXTERNAL_ID_LENGTH}
   * characters.
   *
   * @return the external id, or empty
   */
  public abstract Optional<@Pattern(regexp = Texts.VISIBLE, message = "must not be blank") String> getExternalId();

  /**
   * Attachments, by reference; at most {@value AppealLimits#MAX_ATTACHMENTS}.
   *
   * @return the attachments
   */
  public abstract List<AttachmentRef> getAttachments();

  /**
   * Category-specific attributes by attribute code, as Open311 service definitions have them:
   * at most {@value AppealLimits#MAX_ATTRIBUTES}, keys not blank and at most
   * {@value AppealLimits#MAX_ATTRIBUTE_KEY_LENGTH} characters, values at most
   * {@value AppealLimits#MAX_ATTRIBUTE_VALUE_LENGTH}.
   *
   * @return the attribute values
   */
  public abstract Map<String, String> getAttributes();

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

  /**
   * Builds an {@link Appeal}; refuses to build while a required attribute is missing or an
   * invariant (see {@link AppealLimits}) is broken. Its methods are listed under "Building one"
   * in the description of {@link Appeal}.
   */
  public static class Builder extends ImmutableAppeal.Builder {}

  @Value.Check
  void check() {
    Invariants invariants = Invariants.of("Appeal")
        .text("content", getContent(), AppealLimits.MAX_CONTENT_LENGTH)
        .text("externalId", getExternalId(), AppealLimits.MAX_EXTERNAL_ID_LENGTH)
        .size("attachments", getAttachments().size(), AppealLimits.MAX_ATTACHMENTS)
        .size("attributes", getAttributes().size(), AppealLimits.MAX_ATTRIBUTES);
    getAttributes().forEach((key, value) -> invariants
        .notBlank("attributes key", key)
        .text("attributes key", key, AppealLimits.MAX_ATTRIBUTE_KEY_LENGTH)
        .text("attributes[" + Texts.forDisplay(key, 70) + "]", value, AppealLimits.MAX_ATTRIBUTE_VALUE_LENGTH));
    invariants.check();
  }

  /**
   * Whether handlers (承办人) may see this appeal only {@linkplain #maskedForHandler() masked}:
   * it is a report (举报), or its citizen asked for confidentiality (保密). A case holding such
   * an appeal among its merged ones is sensitive as a whole; the lifecycle decides that.
   *
   * @return true for a report or a confidential citizen
   */
  public boolean isSensitive() {
    return getType() == AppealType.REPORT || getCitizen().isConfidential();
  }

  /**
   * This appeal as a handler of a report or a confidential case sees it, whatever its own type:
   * the citizen {@linkplain Citizen#masked() masked}; the location keeps its area only (the
   * detailed address reads {@code ***}, the coordinates are dropped); the enterprise's name
   * masked as a name and its credit code as an ID number; and in the content and the attribute
   * values, the detailed address, the citizen's and the enterprise's names, every run of seven
   * or more digits (phone and ID numbers; dates such as {@code 2024-09-30} stay) and every
   * number holding the citizen's own phone number masked. Channel, type, category, times,
   * urgency, external id, attachments and attribute keys are kept. Masking a masked appeal
   * changes nothing.
   *
   * <p>Example: {@code 我是欧阳娜娜，电话139 1234 5678，住鼓楼区湖南路88号} with that name, phone and
   * address becomes {@code 我是欧***，电话*** **** ****，住***}.
   *
   * @return the masked appeal; it no longer passes the Jakarta constraints of form
   */
  public Appeal maskedForHandler() {
    Citizen citizen = getCitizen();
    Location location = getLocation();
    List<String> names = new ArrayList<>();
    citizen.getName().ifPresent(names::add);
    getEnterprise().ifPresent(e -> names.add(e.getName()));
    Masks.TextMask mask = new Masks.TextMask(location.getAddress().stream().toList(), names,
        citizen.getPhone().stream().toList());
    Map<String, String> attributes = new LinkedHashMap<>();
    getAttributes().forEach((key, value) -> attributes.put(key, mask.apply(value)));
    return builder().from(this)
        .citizen(citizen.masked())
        .location(Location.builder().from(location)
            .address(location.getAddress().map(a -> Masks.ADDRESS))
            .coordinates(Optional.empty())
            .build())
        .enterprise(getEnterprise().map(e -> Enterprise.builder().from(e)
            .name(Masks.name(e.getName()))
            .creditCode(e.getCreditCode().map(Masks::code))
            .build()))
        .content(mask.apply(getContent()))
        .attributes(attributes)
        .build();
  }

  /**
   * This appeal with its category set, as a classifier or an agent sets it.
   *
   * @param category the category
   * @return the classified appeal
   */
  public Appeal withCategory(CategoryCode category) {
    return builder().from(this).category(category).build();
  }

  /** Never shows personal data or the content; the external id is escaped and cut. */
  @Override
  public String toString() {
    return "Appeal[" + getType() + " via " + getChannel()
        + getCategory().map(c -> ", category " + c).orElse("")
        + ", received " + getReceivedAt() + ", " + getUrgency()
        + getExternalId().map(e -> ", external id " + Texts.forDisplay(e, 140)).orElse("")
        + ", " + getCitizen() + ", " + getLocation()
        + ", " + getContent().length() + " characters"
        + (getAttachments().isEmpty() ? "" : ", " + getAttachments().size() + " attachment(s)") + "]";
  }
}
