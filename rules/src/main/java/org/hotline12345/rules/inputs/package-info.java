/**
 * The standard input columns (输入列) of the hotline's decision tables and how a case fills
 * them: the appeal's type, category, area, channel, text, enterprise flag, urgency, category
 * attributes, and how often the same caller or place appealed. Acceptance, routing and
 * time-limit tables share these names, so a dispatch office learns them once.
 */
package org.hotline12345.rules.inputs;
