package org.hotline12345.core.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.ClockPause;
import org.hotline12345.calendar.DeadlineExplanation;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.calendar.internal.ExplanationText;
import org.hotline12345.core.timelimit.Stage;

/**
 * Why a stage deadline of a case falls where it does (期限说明), for the dispute over an overdue
 * mark: the calendar's day-by-day {@link DeadlineExplanation} on the handling department's own
 * calendar, with the reasons the case's history gives for its pauses (挂起) and extensions
 * (延期), whether and when the stage was done, and whether the clock is paused now. Built by
 * {@link CaseLifecycle#explainDeadline}.
 *
 * <p>The explanation is computed on the calendar the lifecycle holds now. It agrees with the
 * recorded deadline ({@link #agreesWithRecord()}) unless that calendar changed since the
 * deadline was recorded: a provisional deadline before its year's schedule is recomputed, or a
 * deadline met before the schedule changed, which keeps the time it was judged against.
 *
 * <p>The reasons are free text written in handling the case, which may quote the citizen: they
 * are in {@link #explanation()} and {@link #toText(Locale)}, never in {@link #toString()}.
 *
 * @param stage the stage
 * @param recorded the deadline as the case records it
 * @param explanation the calendar's explanation, with the reasons from the history
 * @param pausedSince when the clock was paused, if it is paused now and stops this stage
 * @param pauseReason why it is paused now, if it is
 */
public record StageDeadlineExplanation(Stage stage, StageDeadline recorded, DeadlineExplanation explanation,
    Optional<Instant> pausedSince, Optional<String> pauseReason) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public StageDeadlineExplanation {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(pausedSince, "pausedSince");
    Objects.requireNonNull(pauseReason, "pauseReason");
  }

  /**
   * Explains a case's recorded stage deadline on a calendar, with the reasons of its history.
   *
   * @param history the case's events, in order
   * @param c the case they make
   * @param recorded its deadline of the stage
   * @param calendar the calendar its key names
   */
  static StageDeadlineExplanation of(List<CaseEvent> history, Case c, StageDeadline recorded,
      WorkingCalendar calendar) {
    Map<ClockPause, String> pauseReasons = new LinkedHashMap<>();
    List<String> extensionReasons = new ArrayList<>();
    Instant pausedAt = null;
    String pausedFor = null;
    String extensionAsked = null;
    for (CaseEvent event : history) {
      CaseChange change = event.change();
      switch (change.kind()) {
        case CLOCK_PAUSED -> {
          pausedAt = event.at();
          pausedFor = ((CaseChange.ClockPaused) change).reason().text();
        }
        case CLOCK_RESUMED -> {
          if (pausedAt != null && pausedFor != null && !pausedFor.isBlank()) {
            pauseReasons.put(new ClockPause(pausedAt, event.at()), pausedFor);
          }
          pausedAt = null;
        }
        case EXTENSION_REQUESTED -> extensionAsked = ((CaseChange.ExtensionRequested) change).reason().text();
        case EXTENSION_APPROVED -> extensionReasons.add(extensionAsked == null ? "" : extensionAsked);
        case DISPATCHED, REOPENED, RETURNED -> extensionReasons.clear();
        default -> {
          // Nothing else gives a reason for the clock.
        }
      }
    }
    int granted = recorded.extensions().size();
    List<String> reasons = extensionReasons.subList(Math.max(0, extensionReasons.size() - granted),
        extensionReasons.size());
    DeadlineExplanation explanation = recorded.toDeadline(calendar).explain()
        .withPauseReasons(pauseReasons)
        .withExtensionReasons(reasons);
    boolean pausedNow = c.pausedSince().isPresent() && recorded.stage().isPausable() && !recorded.isMet();
    return new StageDeadlineExplanation(recorded.stage(), recorded, explanation,
        pausedNow ? c.pausedSince() : Optional.empty(),
        pausedNow && pausedFor != null && !pausedFor.isBlank() ? Optional.of(pausedFor) : Optional.empty());
  }

  /**
   * Whether the explanation's due instant is the one the case records.
   *
   * @return true if they agree
   */
  public boolean agreesWithRecord() {
    return explanation.deadline().dueAt().equals(recorded.dueAt());
  }

  /**
   * One paragraph for the stage: its name, the calendar's explanation, when the stage was done
   * and whether on time (against the recorded deadline), whether the clock is paused now, and,
   * when the calendar changed since, the time the case records. Chinese for a Chinese locale,
   * English otherwise.
   *
   * @param locale the reader's locale
   * @return the paragraph
   * @throws NullPointerException if locale is null
   */
  public String toText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    boolean zh = "zh".equals(locale.getLanguage());
    ZoneId zone = explanation.start().getZone();
    StringBuilder s = new StringBuilder(zh ? stage.chinese() + "期限：" : english(stage) + " deadline (" + stage.chinese()
        + "). ").append(explanation.toText(locale));
    recorded.metAt().ifPresent(at -> {
      String when = ExplanationText.dateTime(at.atZone(zone), zh);
      boolean onTime = recorded.isMetOnTime();
      s.append(zh ? "已于" + when + "完成，" + (onTime ? "未超期。" : "已超期。")
          : " Done at " + when + (onTime ? ", on time." : ", after the deadline."));
    });
    pausedSince.ifPresent(since -> {
      String when = ExplanationText.dateTime(since.atZone(zone), zh);
      String why = pauseReason.map(ExplanationText::oneLine).map(r -> zh ? "（" + r + "）" : " (" + r + ")").orElse("");
      s.append(zh ? "计时自" + when + "起挂起" + why + "，恢复计时后期限相应顺延。"
          : " The clock has been paused since " + when + why + "; the deadline moves when it resumes.");
    });
    if (!agreesWithRecord()) {
      String due = ExplanationText.dateTime(recorded.dueAt().atZone(zone), zh);
      if (zh) {
        s.append("工单记录的截止时间为").append(due).append(recorded.provisional() ? "（暂定，按当时已知的节假日安排计算）" : "")
            .append("；").append(recorded.isMet() ? "已完成的环节按记录的时间评判。" : "重算暂定期限后将记录新的时间。");
      } else {
        s.append(" The case records it due at ").append(due)
            .append(recorded.provisional() ? " (provisional, on the schedule known then)" : "").append("; ")
            .append(recorded.isMet() ? "a step already done is judged against the recorded time."
                : "recomputing the provisional deadlines records the new time.");
      }
    }
    return s.toString();
  }

  private static String english(Stage stage) {
    return switch (stage) {
      case SIGN_FOR -> "Sign-for";
      case FIRST_CONTACT -> "First contact";
      case RESOLUTION -> "Resolution";
      case RETURN -> "Return";
      case CALLBACK -> "Callback";
    };
  }

  /** Shows the stage, the recorded due instant and the agreement, never a reason. */
  @Override
  public String toString() {
    return "StageDeadlineExplanation[" + stage + ", recorded due " + recorded.dueAt() + ", " + explanation
        + (agreesWithRecord() ? "" : ", differs from the record") + (pausedSince.isPresent() ? ", paused" : "") + "]";
  }
}
