package org.hotline12345.rules.dmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Camunda 7's DMN engine on one DMN file, answering with the ids of the rules its hit policy
 * picked and, for an aggregating COLLECT table, the aggregate.
 *
 * <p>Camunda 7 does not implement the PRIORITY and OUTPUT ORDER hit policies: for those the
 * file is given to Camunda as RULE ORDER (every matching rule, in rule order), and DMN 1.3's
 * definition is applied to its answer here (the rule whose outputs come first in their
 * outputValues wins; OUTPUT ORDER sorts by the same key, ties in rule order).
 */
final class CamundaOracle {

  /**
   * What Camunda decided.
   *
   * @param ruleIds the rules picked, in the order the hit policy gives them
   * @param outputs each picked rule's outputs, by output name, as Camunda typed them
   * @param aggregate the aggregate of a COLLECT table with an aggregation; empty when no rule
   *     matched or there is no aggregation
   */
  record Answer(List<String> ruleIds, List<Map<String, Object>> outputs,
      Optional<Object> aggregate) {}

  /**
   * The priority order of one output: its outputValues, highest first.
   *
   * @param output the output's name
   * @param values the values
   */
  record Priority(String output, List<String> values) {}

  private final DmnEngine engine;
  private final List<DmnDecision> decisions;
  private final Map<String, List<Priority>> priorities;
  private DmnDecisionTableEvaluationEvent last;

  /**
   * Camunda on a file.
   *
   * @param xml the file's text
   * @param priorities for each decision under PRIORITY or OUTPUT ORDER, the outputValues of
   *     its outputs in output order
   */
  CamundaOracle(String xml, Map<String, List<Priority>> priorities) {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> last = event));
    engine = configuration.buildEngine();
    String supported = xml.replace("hitPolicy=\"PRIORITY\"", "hitPolicy=\"RULE ORDER\"")
        .replace("hitPolicy=\"OUTPUT ORDER\"", "hitPolicy=\"RULE ORDER\"");
    decisions = engine.parseDecisions(
        new ByteArrayInputStream(supported.getBytes(StandardCharsets.UTF_8)));
    this.priorities = Map.copyOf(priorities);
  }

  /**
   * Evaluates a decision.
   *
   * @param decisionId the decision's id (Camunda's key)
   * @param variables the inputs by variable name
   * @param policy the hit policy the file gives the decision
   * @return the answer
   */
  Answer evaluate(String decisionId, Map<String, Object> variables, String policy) {
    DmnDecision decision = decisions.stream().filter(d -> d.getKey().equals(decisionId))
        .findFirst().orElseThrow();
    last = null;
    engine.evaluateDecisionTable(decision, variables);
    List<DmnEvaluatedDecisionRule> rules = new ArrayList<>(last.getMatchingRules());
    if (policy.equals("PRIORITY") || policy.equals("OUTPUT ORDER")) {
      List<Priority> order = priorities.get(decisionId);
      rules.sort((a, b) -> compare(key(a, order), key(b, order)));
      if (policy.equals("PRIORITY") && !rules.isEmpty()) {
        rules = List.of(rules.get(0));
      }
    }
    List<String> ids = new ArrayList<>();
    List<Map<String, Object>> outputs = new ArrayList<>();
    for (DmnEvaluatedDecisionRule rule : rules) {
      ids.add(rule.getId());
      Map<String, Object> values = new java.util.LinkedHashMap<>();
      rule.getOutputEntries().values().forEach(o -> values.put(o.getOutputName(),
          o.getValue() == null ? null : o.getValue().getValue()));
      outputs.add(values);
    }
    TypedValue aggregate = last.getCollectResultValue();
    return new Answer(ids, outputs,
        aggregate == null ? Optional.empty() : Optional.ofNullable(aggregate.getValue()));
  }

  private static int[] key(DmnEvaluatedDecisionRule rule, List<Priority> order) {
    Map<String, Object> values = new java.util.HashMap<>();
    rule.getOutputEntries().values().forEach(o -> values.put(o.getOutputName(),
        o.getValue() == null ? null : o.getValue().getValue()));
    int[] key = new int[order.size()];
    for (int i = 0; i < order.size(); i++) {
      Object value = values.get(order.get(i).output());
      int at = value == null ? -1 : order.get(i).values().indexOf(String.valueOf(value));
      key[i] = at < 0 ? order.get(i).values().size() : at;
    }
    return key;
  }

  private static int compare(int[] a, int[] b) {
    return java.util.Arrays.compare(a, b);
  }
}
