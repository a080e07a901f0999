/**
 * The knowledge base (知识库) that answers consultations (咨询) directly (直接办结):
 * {@link org.hotline12345.rules.knowledge.QaKnowledgeBase}, the core's
 * {@link org.hotline12345.core.knowledge.KnowledgeBase} port over a question-and-answer file a
 * hotline's knowledge team keeps in a spreadsheet (CSV or TSV), found by keywords (关键词) and by
 * the character n-gram similarity (字符n元组相似度) of the appeal to each question, with a score
 * from 0 to 1 that explains itself. Every entry names the department that keeps it true
 * (维护单位) and the day it was last reviewed (复核), because the assessment (考核) of a
 * hotline's knowledge base counts its upkeep; an entry due for review is still found, and says
 * so, but does not answer a citizen by itself.
 *
 * <p>A sample file of a Nanjing-like city ships as a preset (预置) a city copies and edits:
 * {@link org.hotline12345.rules.knowledge.QaKnowledgeBase#preset()}. An appeal's text is
 * personal data: nothing here keeps it, and no explanation, message or {@code toString} quotes
 * it.
 */
package org.hotline12345.rules.knowledge;
