/**
 * The steps of triage (分拨研判) that the rules take on a registered case, each deciding one
 * kind of outcome of the core's {@link org.hotline12345.core.triage.TriageOutcome} or leaving
 * the case to the next step, together filling the core's
 * {@link org.hotline12345.core.triage.Triage} port. {@link org.hotline12345.rules.triage.TriageStep}
 * is the shape of a step; steps that look back ask the
 * {@link org.hotline12345.core.triage.AppealHistory} (诉求历史) they are given. So far
 * {@link org.hotline12345.rules.triage.DirectAnswerStep}, which answers a consultation (咨询)
 * directly (直接办结) from the knowledge base (知识库), and, in its own package,
 * {@link org.hotline12345.rules.duplicates.DuplicateFinder}, which proposes the open case a repeat
 * merges into (并案). Every outcome carries its
 * {@link org.hotline12345.core.casefile.Explanation}: rule set, version, row, reason.
 */
package org.hotline12345.rules.triage;
