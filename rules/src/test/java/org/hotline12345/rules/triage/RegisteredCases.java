package org.hotline12345.rules.triage;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.rules.knowledge.Consultations;

/**
 * Cases as the lifecycle registers them, for triage steps to decide: the directory with the
 * knowledge base's owners, the seeds' time limits and reasons, no appeal check.
 */
final class RegisteredCases {

  private static final AtomicLong IDS = new AtomicLong();

  /** The lifecycle the cases come from. */
  static final CaseLifecycle LIFECYCLE = CaseLifecycle.builder()
      .directory(Consultations.directory())
      .calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland()))
      .platformCalendar("cn-mainland")
      .timeLimits(TimeLimitPolicies.seeds())
      .notAcceptedReasons(NotAcceptedReason.SEEDS)
      .appealCheck(AppealCheck.none())
      .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"),
          WorkingCalendars.CHINA_ZONE))
      .ids(() -> CaseId.of("case-" + IDS.incrementAndGet()))
      .build();

  private RegisteredCases() {}

  /** The case an agent registers a minute after the appeal came in. */
  static Case registered(Appeal appeal) {
    return LIFECYCLE.register(appeal, Actor.agent("agent-7"), appeal.getReceivedAt().plusSeconds(60))
        .after();
  }
}
