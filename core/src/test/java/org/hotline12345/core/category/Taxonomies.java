package org.hotline12345.core.category;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The test taxonomies in {@code src/test/resources/taxonomy}: a small 12345-style one with
 * numeric codes by level, and an LA-311-style service list.
 */
final class Taxonomies {

  static final CategoryCode URBAN = CategoryCode.of("01");
  static final CategoryCode CITY_APPEARANCE = CategoryCode.of("0103");
  static final CategoryCode STREET_VENDORS = CategoryCode.of("010301");
  static final CategoryCode GARBAGE = CategoryCode.of("010302");
  static final CategoryCode TRANSPORT = CategoryCode.of("02");
  static final CategoryCode ROADS = CategoryCode.of("0201");
  static final CategoryCode ROAD_DAMAGE = CategoryCode.of("020101");
  static final CategoryCode PUBLIC_TRANSPORT = CategoryCode.of("0202");
  static final CategoryCode BUS_ROUTES = CategoryCode.of("020201");
  static final CategoryCode ENVIRONMENT = CategoryCode.of("03");
  static final CategoryCode POLLUTION = CategoryCode.of("0301");
  static final CategoryCode NOISE = CategoryCode.of("030101");
  static final CategoryCode COOKING_FUMES = CategoryCode.of("030102");
  static final CategoryCode WATER_OUTAGE = CategoryCode.of("040101");
  static final CategoryCode WATER_QUALITY = CategoryCode.of("040102");

  static final CategoryCode SANITATION = CategoryCode.of("sanitation");
  static final CategoryCode BULKY_ITEMS = CategoryCode.of("bulky-items");
  static final CategoryCode GRAFFITI = CategoryCode.of("graffiti-removal");

  private Taxonomies() {}

  static Path resource(String name) {
    try {
      return Path.of(Taxonomies.class.getResource("/taxonomy/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CategoryTaxonomy china() {
    return CategoryTaxonomy.readCsv(
        resource("cn-12345-categories.csv"), resource("cn-12345-attributes.csv"));
  }

  static CategoryTaxonomy losAngeles() {
    return CategoryTaxonomy.readCsv(
        resource("la-311-categories.csv"), resource("la-311-attributes.csv"));
  }
}
