/**
 * Triage (分拨研判) of a registered appeal: the port a rules engine, a host's own classifier or a
 * vendor's service fills, and what it may decide: accept (受理), not accept for a configured
 * reason (不予受理), refer to an emergency line (转紧急热线), answer directly from the
 * knowledge base (直接办结), merge into an open case (并案), or hand to a person. Every outcome
 * carries its {@link org.hotline12345.core.casefile.Explanation}. A triage may look back through
 * the {@link org.hotline12345.core.triage.AppealHistory} (诉求历史) it is given: how often the same
 * caller or the same place appealed within a window, and the open cases a repeat could merge
 * into. The
 * {@link org.hotline12345.core.service.HotlineService} runs it on intake, automatically or as a
 * proposal a clerk confirms.
 */
package org.hotline12345.core.triage;
