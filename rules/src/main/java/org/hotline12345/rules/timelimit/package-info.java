/**
 * Time limits (办理时限) as a decision table a city edits: stage, type, category, urgency, area,
 * channel and the lead department's level to the limit of the stage, with the presets of the
 * seeds (Nanjing), Shenyang and Shandong. {@link org.hotline12345.rules.timelimit.TableTimeLimits}
 * fills core's {@link org.hotline12345.core.timelimit.TimeLimitPolicy} port and explains each
 * limit by its row.
 */
package org.hotline12345.rules.timelimit;
