package org.hotline12345.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;

/** The words of a deadline's explanation in Chinese (中文). */
final class ChineseWords extends Words {

  private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  ChineseWords(int year) {
    super(year, new Phrases("挂起", "：", "非办公时间", "（", "）", "计入", "，其中", "，", "；不计入", "小时", "分钟", "秒",
        ""));
  }

  @Override
  String date(LocalDate d) {
    return (d.getYear() == year ? "" : d.getYear() + "年") + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String weekday(LocalDate d) {
    return WEEKDAYS[d.getDayOfWeek().getValue() - 1];
  }

  private static String fullDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + weekday(d) + "）";
  }

  private String at(ZonedDateTime t) {
    return date(t.toLocalDate()) + "（" + weekday(t.toLocalDate()) + "）" + ExplanationText.clock(t);
  }

  private static String limit(TimeLimit limit) {
    return limit.amount() + switch (limit.unit()) {
      case HOURS -> "小时";
      case WORKING_HOURS -> "个工作小时";
      case WORKING_DAYS -> "个工作日";
      case CALENDAR_DAYS -> "个自然日";
    };
  }

  @Override
  String started(ZonedDateTime start, TimeLimit limit, TimeLimit extendedTo, boolean dayBased) {
    return "自" + fullDate(start.toLocalDate()) + ExplanationText.clock(start) + "起算，时限为" + limit(limit)
        + (extendedTo == null ? "" : "，延期后共" + limit(extendedTo))
        + (dayBased ? "，起算当日不计入（《民法典》第二百零一条）" : "");
  }

  @Override
  String timeOn(Duration time, LocalDate[] range, boolean perDay) {
    return range(range) + (perDay ? "每日" : "") + duration(time);
  }

  @Override
  String makeUps(List<LocalDate> dates, String festival) {
    return dates(dates) + "为" + festival + "调休上班日";
  }

  @Override
  String festival(String name) {
    return name;
  }

  @Override
  String weekend(LocalDate single, int length) {
    return single != null ? weekday(single) : length == 2 ? "周末" : "休息日";
  }

  @Override
  String holiday(String festival) {
    return festival + "放假";
  }

  @Override
  String rollOver(LocalDate lastCounted, LocalDate lastDay) {
    return "最后一个计入日" + date(lastCounted) + "（" + weekday(lastCounted) + "）为休息日，期限顺延至其后第一个工作日"
        + date(lastDay) + "（" + weekday(lastDay) + "）（《民法典》第二百零三条）";
  }

  @Override
  String extension(TimeLimit amount, Optional<String> reason, String added) {
    return "延期" + limit(amount) + reason.map(r -> "（" + r + "）").orElse("") + (added == null ? "" : "，增加" + added);
  }

  @Override
  String extensions(List<String> parts) {
    return String.join("；", parts);
  }

  @Override
  String pause(ZonedDateTime from, ZonedDateTime to, Optional<String> reasons, boolean dayBased, Duration skipped) {
    String when = at(from) + "至" + (from.toLocalDate().equals(to.toLocalDate()) ? ExplanationText.clock(to) : at(to))
        + reasons.map(r -> "（" + r + "）").orElse("");
    if (dayBased) {
      return "挂起时段" + when + "未覆盖完整的计入日，不影响期限";
    }
    return "计时于" + when + "挂起，" + (skipped.isZero() ? "不在计时范围内，不影响期限" : "不计时长" + duration(skipped));
  }

  @Override
  String provisional(List<Integer> years) {
    List<String> names = new ArrayList<>();
    years.forEach(y -> names.add(y + "年"));
    return "本期限为暂定：" + list(names) + "官方节假日安排尚未载入，暂按每周工作日计算，安排公布后应重新计算";
  }

  @Override
  String due(ZonedDateTime dueAt, LocalDate lastDay, Due kind) {
    return switch (kind) {
      case END_OF_DAY -> "截止时间为" + fullDate(lastDay) + "24:00";
      case CLOSE_OF_BUSINESS -> "截止时间为" + fullDate(lastDay) + ExplanationText.clock(dueAt) + "（下班时间）";
      case INSTANT -> "截止时间为" + fullDate(dueAt.toLocalDate()) + ExplanationText.clock(dueAt);
    };
  }

  @Override
  String fullDateTime(ZonedDateTime t) {
    return fullDate(t.toLocalDate()) + ExplanationText.clock(t);
  }

  @Override
  String sentences(List<String> sentences) {
    return String.join("。", sentences) + "。";
  }

  @Override
  String list(List<String> parts) {
    return String.join("、", parts);
  }

  @Override
  String range(LocalDate[] r) {
    LocalDate a = r[0];
    LocalDate b = r[1];
    if (a.equals(b)) {
      return date(a);
    }
    if (a.getYear() != b.getYear()) {
      return a.getYear() + "年" + a.getMonthValue() + "月" + a.getDayOfMonth() + "日至" + b.getYear() + "年"
          + b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
    }
    return date(a) + "至" + (a.getMonth() == b.getMonth() ? "" : b.getMonthValue() + "月") + b.getDayOfMonth() + "日";
  }

  @Override
  String sameMonth(List<LocalDate[]> group) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      LocalDate[] r = group.get(i);
      String first = i == 0 ? date(r[0]) : r[0].getDayOfMonth() + "日";
      parts.add(r[0].equals(r[1]) ? first : first + "至" + r[1].getDayOfMonth() + "日");
    }
    return list(parts);
  }
}
