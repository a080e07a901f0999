/**
 * JMH benchmarks of routing (派单) against a dispatch catalogue (派单目录), a decision table
 * (决策表) with hit policy FIRST: hotline-rules' own decision tables side by side with the rules
 * engines a hotline team might otherwise use: Drools, Easy Rules, Evrete, Camunda's DMN engine
 * and jDMN.
 *
 * <p>Laid out as Caffeine's benchmarks are: one small interface ({@link
 * org.hotline12345.benchmarks.rules.CatalogueRouter}), an enum of the engines ({@link
 * org.hotline12345.benchmarks.rules.RouterType}) with adapters in {@code impl}, and a JMH
 * parameter over the enum. Every engine gets the same generated catalogue ({@link
 * org.hotline12345.benchmarks.rules.DispatchCatalogue}, written as DMN 1.3 by {@link
 * org.hotline12345.benchmarks.rules.DmnCatalogueWriter}, as the CSV a dispatch office edits, or
 * as DRL, or as rule objects) and routes the same appeals; a test checks every engine's answers
 * against a plain loop over the rows. {@link org.hotline12345.benchmarks.rules.RoutingBenchmark} measures one decision,
 * {@link org.hotline12345.benchmarks.rules.HotlineRoutingBenchmark} the parts of hotline-rules'
 * decision, {@link org.hotline12345.benchmarks.rules.CatalogueLoadBenchmark} loading 10,000 rows;
 * acceptance with the full keyword list is in the {@code acceptance} package.
 */
package org.hotline12345.benchmarks.rules;
