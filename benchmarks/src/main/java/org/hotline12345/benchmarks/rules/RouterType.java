package org.hotline12345.benchmarks.rules;

import java.util.Objects;
import java.util.function.Function;
import org.hotline12345.benchmarks.rules.impl.CamundaDmnRouter;
import org.hotline12345.benchmarks.rules.impl.DroolsRouters;
import org.hotline12345.benchmarks.rules.impl.EasyRulesRouter;
import org.hotline12345.benchmarks.rules.impl.EvreteRouter;
import org.hotline12345.benchmarks.rules.impl.HotlineTableRouter;
import org.hotline12345.benchmarks.rules.impl.JdmnRouter;

/**
 * The routing engines under benchmark, each fed the same {@link DispatchCatalogue} in its own
 * input form; a JMH {@code @Param} over this enum runs every engine on the same rows and the
 * same appeals.
 *
 * <p>{@link #HOTLINE} is this project's engine ({@code org.hotline12345.rules.table}), adapted by
 * {@link HotlineTableRouter}: it reads {@link DispatchCatalogue#toCsv()}, the file a dispatch
 * office edits, with {@code DecisionTables.readCsv} under the schema {@code category}
 * (CATEGORY), {@code area} (AREA), {@code =lead} (DEPARTMENT), verifying it against a directory,
 * a taxonomy and an area hierarchy that hold what the generated catalogues name; every route
 * builds the decision's {@code Inputs} (the category by its code, the area with the city above
 * it) and reads the lead from {@code table.decide(inputs, day)}. The peers follow it; the
 * equivalence test and both benchmarks cover every constant.
 */
public enum RouterType {

  /**
   * hotline-rules' decision tables: the catalogue's CSV read, compiled and verified, the
   * {@code Inputs} built on every decision.
   */
  HOTLINE(HotlineTableRouter::source),

  /**
   * Not an engine: the plain loop over the rows ({@link DispatchCatalogue#route}) that every
   * engine's answers are checked against, measured as the baseline an engine should beat.
   */
  PLAIN_LOOP(catalogue -> () -> catalogue::route),

  /** Drools, DRL rules with salience by row order, a stateless session per decision. */
  DROOLS_STATELESS(DroolsRouters::stateless),

  /** Drools, the same rules, one stateful session kept and reused for every decision. */
  DROOLS_SESSION(DroolsRouters::reusedSession),

  /** Easy Rules, rules with priority by row order, stopping at the first that fires. */
  EASY_RULES(EasyRulesRouter::source),

  /** Evrete, rules with salience by row order, one stateful session kept and reused. */
  EVRETE(EvreteRouter::source),

  /** Camunda's DMN engine, reading the DMN 1.3 file, hit policy FIRST, default configuration. */
  CAMUNDA_DMN(CamundaDmnRouter::source),

  /** Camunda's DMN engine as above, with its legacy (Java, cached) FEEL engine. */
  CAMUNDA_DMN_LEGACY_FEEL(CamundaDmnRouter::legacyFeel),

  /**
   * jDMN, translating the DMN 1.3 file to Java source that is compiled and loaded; up to
   * {@link JdmnRouter#MAX_ROWS} rows (its generated code does not compile beyond).
   */
  JDMN(JdmnRouter::translated),

  /** jDMN's interpreter, reading the DMN 1.3 file, for tables of any size. */
  JDMN_INTERPRETED(JdmnRouter::interpreted);

  private final Function<DispatchCatalogue, CatalogueSource> writer;

  RouterType(Function<DispatchCatalogue, CatalogueSource> writer) {
    this.writer = writer;
  }

  /**
   * Writes the catalogue in this engine's input form, ready to be loaded.
   *
   * @param catalogue the catalogue
   * @return the source, whose {@link CatalogueSource#load()} parses and builds it
   * @throws NullPointerException when catalogue is null
   * @throws IllegalArgumentException when this engine cannot load a catalogue of that size
   */
  public CatalogueSource source(DispatchCatalogue catalogue) {
    return writer.apply(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Loads the catalogue into this engine.
   *
   * @param catalogue the catalogue
   * @return a router, for one thread
   * @throws NullPointerException when catalogue is null
   * @throws IllegalArgumentException when this engine cannot load a catalogue of that size
   */
  public CatalogueRouter load(DispatchCatalogue catalogue) {
    return source(catalogue).load();
  }

  /**
   * Whether this engine can load a catalogue of the given size.
   *
   * @param size the number of rows
   * @return false only for jDMN above {@link JdmnRouter#MAX_ROWS}
   */
  public boolean supports(int size) {
    return this != JDMN || size <= JdmnRouter.MAX_ROWS;
  }
}
