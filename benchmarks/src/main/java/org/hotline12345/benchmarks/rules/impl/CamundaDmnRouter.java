package org.hotline12345.benchmarks.rules.impl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline12345.benchmarks.rules.CatalogueRouter;
import org.hotline12345.benchmarks.rules.CatalogueSource;
import org.hotline12345.benchmarks.rules.DispatchCatalogue;
import org.hotline12345.benchmarks.rules.DmnCatalogueWriter;

/**
 * Camunda's DMN engine ({@code org.camunda.bpm.dmn:camunda-engine-dmn}) reading the catalogue's
 * DMN 1.3 file ({@link DmnCatalogueWriter}) and evaluating its decision table with hit policy
 * FIRST, in two configurations: the default (FEEL by the Scala FEEL engine) and the legacy FEEL
 * behaviour (Camunda's Java FEEL engine, with its cache of compiled expressions). The engine is
 * built once with the source; loading is parsing the file into a decision. Camunda evaluates
 * every rule of the table on every decision and applies the hit policy to the matches.
 */
public final class CamundaDmnRouter implements CatalogueRouter {

  private final DmnEngine engine;
  private final DmnDecision decision;

  private CamundaDmnRouter(DmnEngine engine, byte[] dmn) {
    this.engine = engine;
    this.decision = engine.parseDecision(DmnCatalogueWriter.DECISION_ID,
        new ByteArrayInputStream(dmn));
  }

  /**
   * The catalogue's DMN file, and an engine in the default configuration to read it.
   *
   * @param catalogue the catalogue
   * @return the source
   */
  public static CatalogueSource source(DispatchCatalogue catalogue) {
    byte[] dmn = catalogue.toDmn().getBytes(StandardCharsets.UTF_8);
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    return () -> new CamundaDmnRouter(engine, dmn);
  }

  /**
   * The catalogue's DMN file, and an engine with Camunda's legacy FEEL behaviour ({@code
   * enableFeelLegacyBehavior(true)}): its Java FEEL engine, which compiles each distinct unary
   * test once and keeps it in a cache, instead of the Scala FEEL engine, which parses the tests
   * of every row on every decision.
   *
   * @param catalogue the catalogue
   * @return the source
   */
  public static CatalogueSource legacyFeel(DispatchCatalogue catalogue) {
    byte[] dmn = catalogue.toDmn().getBytes(StandardCharsets.UTF_8);
    DmnEngineConfiguration configuration =
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnEngine engine = ((DefaultDmnEngineConfiguration) configuration)
        .enableFeelLegacyBehavior(true).buildEngine();
    return () -> new CamundaDmnRouter(engine, dmn);
  }

  @Override
  public String route(String category, String area) {
    DmnDecisionRuleResult first = engine.evaluateDecisionTable(decision,
        Variables.createVariables()
            .putValue(DmnCatalogueWriter.CATEGORY, category)
            .putValue(DmnCatalogueWriter.AREA, area))
        .getFirstResult();
    return first == null ? null : first.getSingleEntry();
  }
}
