/**
 * Assessment (考核): every department scored each period from the facts of its cases, ranked
 * within its group, with every number traceable to the cases behind it.
 *
 * <ul>
 *   <li>{@link org.hotline12345.core.assessment.Indicator}: the indicators (考核指标) counted from
 *       the case facts: response (响应率), resolution (解决率), satisfaction (满意率), the fair
 *       on-time rate (按时办结率, open overdue cases counted), returns and wrong returns (退单,
 *       错误退单), extensions (延期), reopens (重办), and the knowledge-base upkeep (知识库维护).</li>
 *   <li>{@link org.hotline12345.core.assessment.AssessmentScheme}: a city's scheme (考核方案) as
 *       data, from code or a small file; {@link org.hotline12345.core.assessment.AssessmentSchemes}
 *       has the presets (Beijing-style 三率, a county's 30/35/35, a Shandong-style base of
 *       100).</li>
 *   <li>{@link org.hotline12345.core.assessment.AssessmentLedger}: the audited entries of a
 *       period (考核台账): deductions and bonuses (扣分项, 加分项), one-vote vetoes (一票否决),
 *       assessment appeals (考核申诉) and their decisions, and the published scorecards; a value
 *       the host keeps, written and read as text.</li>
 *   <li>{@link org.hotline12345.core.assessment.Assessment}: one period scored in one pass over
 *       the facts ({@link org.hotline12345.core.assessment.AssessedCases} streams them from the
 *       store), giving {@link org.hotline12345.core.assessment.Scorecards}; a drill-down from a
 *       number to its cases, and from a case to why it counted; a restatement
 *       ({@link org.hotline12345.core.assessment.Restatement}) when a published period
 *       changes.</li>
 * </ul>
 */
package org.hotline12345.core.assessment;
