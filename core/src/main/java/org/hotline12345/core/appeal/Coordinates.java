package org.hotline12345.core.appeal;

/**
 * A point on the earth (WGS 84 degrees) where the matter of an appeal is.
 *
 * @param latitude from -90 to 90
 * @param longitude from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if a value is out of range or not a number
   */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180");
    }
  }

  /** Coordinates locate a place precise enough to identify a home: kept out of text. */
  @Override
  public String toString() {
    return "Coordinates[***]";
  }
}
