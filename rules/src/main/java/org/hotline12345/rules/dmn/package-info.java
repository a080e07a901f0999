/**
 * Decision tables (决策表) from DMN files (Decision Model and Notation 决策模型与表示法, DMN 1.1
 * to 1.5): the format Camunda, Flowable and other modelers write, read into the engine's
 * {@link org.hotline12345.rules.table.DecisionTable}s by
 * {@link org.hotline12345.rules.dmn.DmnReader}. The decision-table subset is read: hit
 * policies, FEEL simple unary tests (values, comparisons, intervals, lists, {@code not(...)})
 * and literal outputs; anything else is refused with the line and column of the element.
 */
package org.hotline12345.rules.dmn;
