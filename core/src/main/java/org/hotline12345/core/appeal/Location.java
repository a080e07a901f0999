package org.hotline12345.core.appeal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the matter of an appeal is (诉求地点): the address as the citizen gave it, the area of
 * the administrative hierarchy, and coordinates when known. At least one of the three. The
 * address is personal data when it is a home: never in {@code toString}.
 */
@Value.Immutable
public abstract class Location {

  /**
   * The address text as given, for example {@code 鼓楼区湖南路1号}.
   *
   * @return the address, if given
   */
  public abstract Optional<@Size(min = 1, max = 500) String> getAddress();

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
    return getAddress().filter(a -> !a.isBlank()).isPresent() || getArea().isPresent()
        || getCoordinates().isPresent();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static class Builder extends ImmutableLocation.Builder {}

  @Override
  public String toString() {
    return "Location[" + getArea().map(Area::name).orElse("no area")
        + (getAddress().isPresent() ? ", address ***" : "")
        + (getCoordinates().isPresent() ? ", coordinates ***" : "") + "]";
  }
}
