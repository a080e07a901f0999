package org.hotline12345.benchmarks.rules;

/**
 * A dispatch catalogue already written in one engine's own input form (DMN XML, DRL text, or
 * the rule objects an engine without a file format is built from), ready to be loaded. Writing
 * that form is set-up; {@link #load()} is what the loading benchmark measures: parse, compile
 * and index, until the engine can route.
 */
@FunctionalInterface
public interface CatalogueSource {

  /**
   * Parses and builds the engine's catalogue.
   *
   * @return a router over the catalogue, for one thread
   */
  CatalogueRouter load();
}
