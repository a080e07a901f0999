/**
 * The rules module's presets (预置): the reference data (a Nanjing-like department directory,
 * area hierarchy and category taxonomy) that the preset tables are written against. The
 * decisions live in the sub-packages: {@code table} (the decision-table engine, 决策表),
 * {@code dmn} (reading DMN 1.3), {@code inputs} (the standard columns over a case),
 * {@code triage} (acceptance 受理, emergency referral, incomplete elements, direct answers),
 * {@code duplicates} (merge 并案), {@code routing} (dispatch 派单), {@code timelimit} (time limits
 * 办理时限), {@code catalogue} (a catalogue mined from history), {@code impact} (rule-change
 * impact), {@code knowledge} (the knowledge base 知识库) and {@code text} (keywords and n-grams).
 */
package org.hotline12345.rules;
