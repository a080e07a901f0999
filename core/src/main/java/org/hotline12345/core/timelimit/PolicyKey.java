package org.hotline12345.core.timelimit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;

/**
 * What a time-limit policy looks at: the appeal's type, its category with the category's
 * ancestors, its urgency, its area with the areas above it, its channel, and the hierarchy
 * level of the lead department (0 the city, 1 a district or municipal department, 2 a street).
 * Built with {@link #builder()}, so that a field added later breaks no caller; immutable.
 */
public final class PolicyKey {

  private final AppealType type;
  private final List<CategoryCode> categoryPath;
  private final Urgency urgency;
  private final List<String> areaPath;
  private final Optional<Channel> channel;
  private final OptionalInt leadLevel;
  private final Optional<LocalDate> receivedOn;

  private PolicyKey(Builder b) {
    this.type = b.type;
    this.categoryPath = List.copyOf(b.categoryPath);
    this.urgency = b.urgency;
    this.areaPath = List.copyOf(b.areaPath);
    this.channel = b.channel;
    this.leadLevel = b.leadLevel;
    this.receivedOn = b.receivedOn;
  }

  /**
   * A key of a type and an urgency alone.
   *
   * @param type the appeal type
   * @param urgency the urgency
   * @return the key
   * @throws NullPointerException if an argument is null
   */
  public static PolicyKey of(AppealType type, Urgency urgency) {
    return builder().type(type).urgency(urgency).build();
  }

  /**
   * Starts a key; type is required, urgency is {@code NORMAL} unless set, the rest optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this key's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.categoryPath = new ArrayList<>(categoryPath);
    b.urgency = urgency;
    b.areaPath = new ArrayList<>(areaPath);
    b.channel = channel;
    b.leadLevel = leadLevel;
    b.receivedOn = receivedOn;
    return b;
  }

  /** Builds a {@link PolicyKey}; not thread-safe. */
  public static final class Builder {
    private AppealType type;
    private List<CategoryCode> categoryPath = new ArrayList<>();
    private Urgency urgency = Urgency.NORMAL;
    private List<String> areaPath = new ArrayList<>();
    private Optional<Channel> channel = Optional.empty();
    private OptionalInt leadLevel = OptionalInt.empty();
    private Optional<LocalDate> receivedOn = Optional.empty();

    private Builder() {}

    /**
     * The appeal type; required.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(AppealType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * The category and then its ancestors, nearest first; empty while unclassified.
     *
     * @param path the path
     * @return this builder
     */
    public Builder categoryPath(List<CategoryCode> path) {
      this.categoryPath = noNulls(path, "path");
      return this;
    }

    /**
     * The urgency; {@code NORMAL} unless set.
     *
     * @param urgency the urgency
     * @return this builder
     */
    public Builder urgency(Urgency urgency) {
      this.urgency = Objects.requireNonNull(urgency, "urgency");
      return this;
    }

    /**
     * The area's code and then the codes of the areas above it (street, district, city),
     * nearest first; empty when the place is not known.
     *
     * @param path the area codes
     * @return this builder
     */
    public Builder areaPath(List<String> path) {
      this.areaPath = noNulls(path, "path");
      return this;
    }

    /**
     * The channel the appeal came by.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Optional.of(Objects.requireNonNull(channel, "channel"));
      return this;
    }

    /**
     * The hierarchy level of the lead department, once the case is dispatched.
     *
     * @param level 0 or more
     * @return this builder
     * @throws IllegalArgumentException if level is negative
     */
    public Builder leadLevel(int level) {
      if (level < 0) {
        throw new IllegalArgumentException("leadLevel: must be 0 or more, was " + level);
      }
      this.leadLevel = OptionalInt.of(level);
      return this;
    }

    /**
     * Sets the day the appeal was received, in the platform's zone: the day a policy whose rules
     * have effective dates (a table row valid from a date) decides on.
     *
     * @param day the day
     * @return this builder
     * @throws NullPointerException if day is null
     */
    public Builder receivedOn(LocalDate day) {
      this.receivedOn = Optional.of(Objects.requireNonNull(day, "day"));
      return this;
    }

    private static <T> List<T> noNulls(List<T> list, String name) {
      Objects.requireNonNull(list, name);
      List<T> copy = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        copy.add(Objects.requireNonNull(list.get(i), name + "[" + i + "]"));
      }
      return copy;
    }

    /**
     * Builds the key.
     *
     * @return the key
     * @throws IllegalStateException if the type is missing
     */
    public PolicyKey build() {
      if (type == null) {
        throw new IllegalStateException("PolicyKey needs type; set it on the builder");
      }
      return new PolicyKey(this);
    }
  }

  /**
   * The appeal type.
   *
   * @return the type
   */
  public AppealType type() {
    return type;
  }

  /**
   * The category and its ancestors, nearest first.
   *
   * @return the path, possibly empty
   */
  public List<CategoryCode> categoryPath() {
    return categoryPath;
  }

  /**
   * The urgency.
   *
   * @return the urgency
   */
  public Urgency urgency() {
    return urgency;
  }

  /**
   * The area and the areas above it, nearest first.
   *
   * @return the area codes, possibly empty
   */
  public List<String> areaPath() {
    return areaPath;
  }

  /**
   * The channel, if known.
   *
   * @return the channel
   */
  public Optional<Channel> channel() {
    return channel;
  }

  /**
   * The lead department's hierarchy level, once dispatched.
   *
   * @return the level
   */
  public OptionalInt leadLevel() {
    return leadLevel;
  }

  /**
   * The day the appeal was received in the platform's zone, if known: the day a policy with
   * effective dates decides on.
   *
   * @return the day
   */
  public Optional<LocalDate> receivedOn() {
    return receivedOn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyKey that && type == that.type && categoryPath.equals(that.categoryPath)
        && urgency == that.urgency && areaPath.equals(that.areaPath) && channel.equals(that.channel)
        && leadLevel.equals(that.leadLevel) && receivedOn.equals(that.receivedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, categoryPath, urgency, areaPath, channel, leadLevel, receivedOn);
  }

  @Override
  public String toString() {
    return "PolicyKey[" + type + ", " + categoryPath + ", " + urgency + ", areas " + areaPath
        + channel.map(c -> ", " + c).orElse("") + (leadLevel.isPresent() ? ", level " + leadLevel.getAsInt() : "")
        + receivedOn.map(d -> ", received " + d).orElse("") + "]";
  }
}
