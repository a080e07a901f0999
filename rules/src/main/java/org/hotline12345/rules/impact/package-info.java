/**
 * Rule-change impact (规则变更影响评估): before a new version of the rules goes live, replay the
 * cases of a period from the store against the rules in use and the candidate rules, and report
 * what would be decided differently (triage 分拨研判, routing 派单, time limits 办理时限): counts by
 * change, department (承办单位), category (分类) and area (区域), examples by case number (工单编号),
 * and how both compare with what really happened. {@link org.hotline12345.rules.impact.RuleChangeImpact}
 * runs it over the core's ports, so any rule set can be compared with any other;
 * {@link org.hotline12345.rules.impact.ImpactReport} holds the result as records and as text. The
 * report never holds personal data or an appeal's text.
 */
package org.hotline12345.rules.impact;
