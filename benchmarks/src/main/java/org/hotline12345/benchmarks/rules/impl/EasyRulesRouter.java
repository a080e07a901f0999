package org.hotline12345.benchmarks.rules.impl;

import java.util.List;
import org.hotline12345.benchmarks.rules.CatalogueRouter;
import org.hotline12345.benchmarks.rules.CatalogueRow;
import org.hotline12345.benchmarks.rules.CatalogueSource;
import org.hotline12345.benchmarks.rules.DispatchCatalogue;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Easy Rules ({@code org.jeasy:easy-rules-core}): one rule per row, named by the row's id, with
 * the row's index as its priority (Easy Rules fires lower numbers first) and a Java lambda as
 * its condition; a {@link DefaultRulesEngine} with {@code skipOnFirstAppliedRule}, which stops
 * after the first rule that fires: FIRST. The facts are {@code category} and {@code area}; the
 * firing rule puts {@code lead}.
 *
 * <p>Easy Rules core has no file format (YAML and JSON need its MVEL or SpEL modules), so its
 * loading builds the rule objects from the rows. The engine evaluates the rules one by one in
 * priority order until one fires.
 */
public final class EasyRulesRouter implements CatalogueRouter {

  private static final String CATEGORY = "category";
  private static final String AREA = "area";
  private static final String LEAD = "lead";

  private final Rules rules;
  private final RulesEngine engine =
      new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

  private EasyRulesRouter(List<CatalogueRow> rows) {
    this.rules = new Rules();
    for (int i = 0; i < rows.size(); i++) {
      CatalogueRow row = rows.get(i);
      String category = row.category();
      String lead = row.lead();
      RuleBuilder rule = new RuleBuilder().name(row.id()).priority(i);
      if (row.area().isPresent()) {
        String area = row.area().get();
        rule.when(facts -> category.equals(facts.get(CATEGORY)) && area.equals(facts.get(AREA)));
      } else {
        rule.when(facts -> category.equals(facts.get(CATEGORY)));
      }
      rules.register(rule.then(facts -> facts.put(LEAD, lead)).build());
    }
  }

  /**
   * The catalogue's rows, from which the rules are built when loaded.
   *
   * @param catalogue the catalogue
   * @return the source
   */
  public static CatalogueSource source(DispatchCatalogue catalogue) {
    List<CatalogueRow> rows = catalogue.rows();
    return () -> new EasyRulesRouter(rows);
  }

  @Override
  public String route(String category, String area) {
    Facts facts = new Facts();
    facts.put(CATEGORY, category);
    facts.put(AREA, area);
    engine.fire(rules, facts);
    return facts.get(LEAD);
  }
}
