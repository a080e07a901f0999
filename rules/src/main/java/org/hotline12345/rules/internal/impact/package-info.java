/**
 * Implementation of the rule-change impact (规则变更影响评估): cutting a stored case's events at the
 * points where rules decided, taking each decision both ways, tallying the differences and
 * writing the report. Not exported; hosts use {@link org.hotline12345.rules.impact}.
 */
package org.hotline12345.rules.internal.impact;
