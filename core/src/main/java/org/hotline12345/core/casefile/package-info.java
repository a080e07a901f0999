/**
 * The case (工单) and its lifecycle: every step from registration (登记) and acceptance (受理)
 * through dispatch (派单), signing for (签收), return (退单), extension (延期), reply (办结反馈),
 * callback (回访), reopening (重办) and closing, as commands on an immutable case that yield
 * the new case and an event, or fail naming the rule they broke.
 */
package org.hotline12345.core.casefile;
