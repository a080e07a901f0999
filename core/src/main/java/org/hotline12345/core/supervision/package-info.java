/**
 * Supervision (督办): the lights of a case's deadlines (绿灯, 黄灯, 红灯) and the escalation ladder
 * (逐级督办) the platform climbs when a department is late: an online reminder (提醒), urging
 * (催办), a formal supervision notice (督办单), an interview of the department's leader (约谈),
 * a report to the city leadership (报市领导).
 *
 * <ul>
 *   <li>{@link org.hotline12345.core.supervision.SupervisionPolicy}: the port, for each stage the
 *       yellow threshold and the ladder's {@link org.hotline12345.core.supervision.Rung rungs};
 *       {@link org.hotline12345.core.supervision.SupervisionTable} the table-driven default, read
 *       from a CSV file, with the {@linkplain org.hotline12345.core.supervision.SupervisionTable#standard()
 *       standard} preset.</li>
 *   <li>{@link org.hotline12345.core.supervision.SupervisionPlan}: what the policy makes of one
 *       case: each watched deadline's light and yellow instant, the trigger of each rung, the
 *       steps due, and the next alarm the sweep ({@code HotlineService.sweep}) wakes the case by.
 *       A step taken is recorded on the case as a {@code case.supervision-step} event.</li>
 *   <li>{@link org.hotline12345.core.supervision.SupervisionBoard},
 *       {@link org.hotline12345.core.supervision.BoardQuery} and
 *       {@link org.hotline12345.core.supervision.BoardEntry}: the board (督办看板) of a department
 *       or the whole platform, open cases by stage and light, computed from the case rows.</li>
 * </ul>
 *
 * <p>See {@code docs/supervision.md}.
 */
package org.hotline12345.core.supervision;
