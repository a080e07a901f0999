package org.hotline12345.benchmarks.rules.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evrete.KnowledgeService;
import org.evrete.api.FactHandle;
import org.evrete.api.Knowledge;
import org.evrete.api.StatefulSession;
import org.evrete.api.ValuesPredicate;
import org.evrete.api.builders.LhsBuilder;
import org.evrete.api.builders.RuleSetBuilder;
import org.hotline12345.benchmarks.rules.CatalogueRouter;
import org.hotline12345.benchmarks.rules.CatalogueRow;
import org.hotline12345.benchmarks.rules.CatalogueSource;
import org.hotline12345.benchmarks.rules.DispatchCatalogue;

/**
 * Evrete ({@code org.evrete:evrete-core}), a forward-chaining engine: one rule per row, named by
 * the row's id, over a {@link RoutedAppeal} fact, with conditions on {@code $a.category} and
 * {@code $a.area} as Java predicates (one predicate instance per distinct code, so that rows
 * naming the same code share a condition) and salience by row order, the first row highest.
 *
 * <p>FIRST: the rules fire in salience order and the first to fire sets the department ({@link
 * RoutedAppeal#decide}); the few later rows that also match (at most a correction and the
 * fallback here) fire without effect. One stateful session is kept and reused: each decision
 * inserts the appeal, fires, and deletes it again.
 */
public final class EvreteRouter implements CatalogueRouter {

  private static final String FACT = "$a";

  private final KnowledgeService service;
  private final StatefulSession session;

  private EvreteRouter(List<CatalogueRow> rows) {
    this.service = new KnowledgeService();
    Knowledge knowledge = service.newKnowledge();
    RuleSetBuilder<Knowledge> builder = knowledge.builder();
    Map<String, ValuesPredicate> equalTo = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      CatalogueRow row = rows.get(i);
      LhsBuilder<Knowledge> lhs = builder.newRule(row.id()).salience(rows.size() - i)
          .forEach(FACT, RoutedAppeal.class)
          .where(equalTo.computeIfAbsent(row.category(), EvreteRouter::equalTo),
              FACT + ".category");
      if (row.area().isPresent()) {
        lhs.where(equalTo.computeIfAbsent(row.area().get(), EvreteRouter::equalTo),
            FACT + ".area");
      }
      String lead = row.lead();
      lhs.execute(context -> context.<RoutedAppeal>get(FACT).decide(lead));
    }
    this.session = builder.build().newStatefulSession();
  }

  private static ValuesPredicate equalTo(String code) {
    return values -> code.equals(values.get(0));
  }

  /**
   * The catalogue's rows, from which the rules are built when loaded.
   *
   * @param catalogue the catalogue
   * @return the source
   */
  public static CatalogueSource source(DispatchCatalogue catalogue) {
    List<CatalogueRow> rows = catalogue.rows();
    return () -> new EvreteRouter(rows);
  }

  @Override
  public String route(String category, String area) {
    RoutedAppeal appeal = new RoutedAppeal(category, area);
    FactHandle handle = session.insert(appeal);
    session.fire();
    session.delete(handle);
    return appeal.getLead();
  }
}
