package org.hotline12345.benchmarks.rules.impl;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline12345.benchmarks.rules.CatalogueRouter;
import org.hotline12345.benchmarks.rules.CatalogueRow;
import org.hotline12345.benchmarks.rules.CatalogueSource;
import org.hotline12345.benchmarks.rules.DispatchCatalogue;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * Drools ({@code org.drools:drools-engine-classic}, the DRL compiler and the Rete/Phreak
 * engine) fed the catalogue as DRL: one rule per row, named by the row's id, whose salience is
 * the number of rows from it to the end, so that the first row has the highest; the fallback
 * rows have no area constraint.
 *
 * <pre>{@code
 * rule "R00001" salience 10000
 * when
 *   $a : RoutedAppeal(category == "C0817", area == "320133")
 * then
 *   $a.decide("D071");
 * end
 * }</pre>
 *
 * <p>FIRST: every decision fires at most one rule ({@code fireAllRules(1)}), the matching rule
 * of highest salience. Two ways a host would call Drools are measured: a {@link
 * StatelessKieSession} (a new session inside every {@code execute}), and one {@link KieSession}
 * kept and reused, the appeal inserted, fired and deleted again.
 */
public final class DroolsRouters {

  private static final AtomicInteger BUILDS = new AtomicInteger();

  private DroolsRouters() {}

  /**
   * The catalogue as DRL, routed through a stateless session per decision.
   *
   * @param catalogue the catalogue
   * @return the DRL text, ready to be compiled
   */
  public static CatalogueSource stateless(DispatchCatalogue catalogue) {
    String drl = drl(catalogue);
    return () -> new StatelessRouter(build(drl));
  }

  /**
   * The catalogue as DRL, routed through one session that is kept and reused.
   *
   * @param catalogue the catalogue
   * @return the DRL text, ready to be compiled
   */
  public static CatalogueSource reusedSession(DispatchCatalogue catalogue) {
    String drl = drl(catalogue);
    return () -> new SessionRouter(build(drl));
  }

  /**
   * The catalogue as a DRL file.
   *
   * @param catalogue the catalogue
   * @return the DRL text
   */
  static String drl(DispatchCatalogue catalogue) {
    StringBuilder drl = new StringBuilder(catalogue.size() * 120);
    drl.append("package org.hotline12345.benchmarks.rules.drl;\n\n")
        .append("import ").append(RoutedAppeal.class.getName()).append(";\n\n");
    List<CatalogueRow> rows = catalogue.rows();
    for (int i = 0; i < rows.size(); i++) {
      CatalogueRow row = rows.get(i);
      drl.append("rule \"").append(row.id()).append("\" salience ").append(rows.size() - i)
          .append("\nwhen\n  $a : RoutedAppeal(category == \"").append(row.category())
          .append('"');
      row.area().ifPresent(area -> drl.append(", area == \"").append(area).append('"'));
      drl.append(")\nthen\n  $a.decide(\"").append(row.lead()).append("\");\nend\n\n");
    }
    return drl.toString();
  }

  /**
   * Compiles the DRL into a rule base. Each build is a module of its own in Drools' repository
   * of modules, removed from it once built (the rule base keeps what it needs), so that builds
   * in one JVM neither meet nor pile up.
   */
  private static KieBase build(String drl) {
    KieServices services = KieServices.get();
    ReleaseId module = services.newReleaseId("org.hotline12345.benchmarks",
        "dispatch-catalogue-" + BUILDS.incrementAndGet(), "1.0.0");
    try {
      return new KieHelper().setReleaseId(module).addContent(drl, ResourceType.DRL).build();
    } finally {
      services.getRepository().removeKieModule(module);
    }
  }

  /** A stateless session: Drools creates and disposes of a session in every decision. */
  private static final class StatelessRouter implements CatalogueRouter {

    private final StatelessKieSession session;
    private final KieCommands commands = KieServices.get().getCommands();
    private final Command<?> fireFirst = commands.newFireAllRules(1);

    StatelessRouter(KieBase base) {
      this.session = base.newStatelessKieSession();
    }

    @Override
    public String route(String category, String area) {
      RoutedAppeal appeal = new RoutedAppeal(category, area);
      session.execute(commands.newBatchExecution(List.of(commands.newInsert(appeal), fireFirst)));
      return appeal.getLead();
    }
  }

  /** One session kept for every decision: insert, fire one rule, delete. */
  private static final class SessionRouter implements CatalogueRouter {

    private final KieSession session;

    SessionRouter(KieBase base) {
      this.session = base.newKieSession();
    }

    @Override
    public String route(String category, String area) {
      RoutedAppeal appeal = new RoutedAppeal(category, area);
      FactHandle handle = session.insert(appeal);
      session.fireAllRules(1);
      session.delete(handle);
      return appeal.getLead();
    }
  }
}
