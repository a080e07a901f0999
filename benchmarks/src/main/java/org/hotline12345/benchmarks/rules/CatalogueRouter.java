package org.hotline12345.benchmarks.rules;

/**
 * Routing (派单) against a dispatch catalogue (派单目录), the one decision that every routing
 * engine under benchmark answers, so that one JMH parameter runs every engine on the same rows
 * and the same appeals (as Caffeine's {@code BasicCache} does for caches).
 *
 * <p>The catalogue is a decision table (决策表) with hit policy FIRST: the first row, in row
 * order, whose category and area both match gives the lead department (主办单位). A row's area
 * may be "any" (the category's fallback row). An adapter translates the catalogue into its
 * engine's own form once, when it is loaded ({@link CatalogueSource#load()}), and asks the
 * engine on every call; what the engine answers is what the adapter returns.
 *
 * <p>Implementations need not be thread-safe: a benchmark thread loads its own.
 */
public interface CatalogueRouter {

  /**
   * The lead department of an appeal of the given category in the given area.
   *
   * @param category the appeal's leaf category code, for example {@code C0203}
   * @param area the appeal's area code, for example {@code 320105}
   * @return the lead department id of the first matching row, or {@code null} when no row
   *     matches (null rather than an {@code Optional}, so that no engine pays for a wrapper)
   */
  String route(String category, String area);
}
