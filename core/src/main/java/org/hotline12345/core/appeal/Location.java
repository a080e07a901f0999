package org.hotline12345.core.appeal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * Where the matter of an appeal is (诉求地点): the address as the citizen gave it, the area of
 * the administrative hierarchy, and coordinates when known. At least one of the three. The
 * address is personal data when it is a home: never in {@code toString}.
 *
 * <p>When built, the address must be well-formed UTF-16 and at most
 * {@value AppealLimits#MAX_ADDRESS_LENGTH} characters, or the builder throws an
 * {@link IllegalArgumentException}; that it is not blank and that the location locates are
 * Jakarta constraints, checked at registration.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * Location shop = Location.builder()
 *     .address("鼓楼区湖南路88号")
 *     .area(new Area("320106", "鼓楼区"))
 *     .coordinates(new Coordinates(32.0656, 118.7789))
 *     .build();
 * Location areaOnly = Location.builder().from(shop).address(Optional.empty())
 *     .coordinates(Optional.empty()).build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it. No field is required by the builder; registration
 * requires at least one of the three.
 * <ul>
 *   <li>{@code address(String)}, {@code address(Optional)};</li>
 *   <li>{@code area(Area)}, {@code area(Optional)};</li>
 *   <li>{@code coordinates(Coordinates)}, {@code coordinates(Optional)};</li>
 *   <li>{@code from(Location)}: every field of an existing location, for a copy with some
 *       fields changed.</li>
 * </ul>
 */
@Value.Immutable
public abstract class Location {

  /**
   * The address text as given, for example {@code 鼓楼区湖南路1号}; not blank.
   *
   * @return the address, if given
   */
  public abstract Optional<@Pattern(regexp = Texts.VISIBLE, message = "must not be blank") String> getAddress();

  /**
   * The area of the administrative hierarchy, for example the street (街道).
   *
   * @return the area, if known
   */
  public abstract Optional<@Valid Area> getArea();

  /**
   * The coordinates, if known.
   *
   * @return the coordinates
   */
  public abstract Optional<Coordinates> getCoordinates();

  /**
   * Whether the location says something: an address, an area or coordinates.
   *
   * @return true if at least one is present
   */
  @AssertTrue(message = "a location needs an address, an area or coordinates")
  public boolean isLocated() {
    return getAddress().filter(a -> !Texts.isBlank(a)).isPresent() || getArea().isPresent()
        || getCoordinates().isPresent();
  }

  @Value.Check
  void check() {
    Invariants.of("Location").text("address", getAddress(), AppealLimits.MAX_ADDRESS_LENGTH).check();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Location}; its methods are listed under "Building one" in the description of
   * {@link Location}.
   */
  public static class Builder extends ImmutableLocation.Builder {}

  /** The area's name (escaped), and whether an address and coordinates are given. */
  @Override
  public String toString() {
    return "Location[" + getArea().map(a -> Texts.forDisplay(a.name(), 110)).orElse("no area")
        + (getAddress().isPresent() ? ", address ***" : "")
        + (getCoordinates().isPresent() ? ", coordinates ***" : "") + "]";
  }
}
