/**
 * The steps of triage (分拨研判) that the rules take on a registered case, each deciding one
 * kind of outcome of the core's {@link org.hotline12345.core.triage.TriageOutcome} or leaving
 * the case to the next step: so far
 * {@link org.hotline12345.rules.triage.DirectAnswerStep}, which answers a consultation (咨询)
 * directly (直接办结) from the knowledge base (知识库). Every outcome carries its
 * {@link org.hotline12345.core.casefile.Explanation}: rule set, version, row, reason.
 */
package org.hotline12345.rules.triage;
