/**
 * Adapters that put each routing engine under benchmark behind {@link
 * org.hotline12345.benchmarks.rules.CatalogueRouter}, as Caffeine's {@code impl} package does
 * for caches. Each adapter writes the catalogue in its engine's own input form, has the engine
 * load it, and on every decision asks the engine and returns what it answers. Hit policy FIRST
 * is kept in each engine's own terms: salience (Drools, Evrete), priority (Easy Rules), the
 * decision table's hit policy (Camunda, jDMN).
 */
package org.hotline12345.benchmarks.rules.impl;
