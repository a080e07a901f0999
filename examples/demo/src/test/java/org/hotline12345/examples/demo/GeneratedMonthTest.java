package org.hotline12345.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.examples.report.DayKind;
import org.junit.jupiter.api.Test;

/** The generated month before any of it is submitted: its days, its appeals, the progress bar. */
class GeneratedMonthTest {

  private static final City CITY = City.load();

  @Test
  void october_2025_shows_national_day_and_both_make_up_working_days() {
    List<SimulatedDay> days = Demo.days(CITY, YearMonth.of(2025, 10));
    Map<LocalDate, DayKind> kind = days.stream().collect(Collectors.toMap(SimulatedDay::date, SimulatedDay::kind));

    assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2025, 9, 22));
    assertThat(days.get(days.size() - 1).date()).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(kind.get(LocalDate.of(2025, 9, 28))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    assertThat(kind.get(LocalDate.of(2025, 10, 11))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    for (int d = 1; d <= 8; d++) {
      assertThat(kind.get(LocalDate.of(2025, 10, d))).as("October %d", d).isEqualTo(DayKind.HOLIDAY);
    }
    assertThat(kind.get(LocalDate.of(2025, 10, 12))).isEqualTo(DayKind.WEEKEND);
    assertThat(days.stream().filter(SimulatedDay::inPeriod).count()).isEqualTo(31);
  }

  @Test
  void the_same_seed_generates_the_same_appeals_with_phone_about_seventy_percent() {
    List<SimulatedDay> days = Demo.days(CITY, YearMonth.of(2025, 10));
    List<AppealSpec> a = new AppealGenerator(CITY, 7).generate(days, 2000);
    List<AppealSpec> b = new AppealGenerator(CITY, 7).generate(days, 2000);

    assertThat(a).hasSize(2000).isEqualTo(b);
    Map<Channel, Long> byChannel = a.stream().collect(Collectors.groupingBy(AppealSpec::channel, Collectors.counting()));
    assertThat(byChannel.get(Channel.PHONE) / 2000.0).isBetween(0.64, 0.78);
    Map<AppealSpec.Kind, Long> byKind = a.stream().collect(Collectors.groupingBy(AppealSpec::kind, Collectors.counting()));
    assertThat(byKind).containsKeys(AppealSpec.Kind.ORDINARY, AppealSpec.Kind.KNOWLEDGE, AppealSpec.Kind.REPEAT,
        AppealSpec.Kind.FREQUENT, AppealSpec.Kind.EMERGENCY);
    assertThat(a).isSortedAccordingTo(java.util.Comparator.comparing(AppealSpec::at));
  }

  @Test
  void a_working_day_gets_more_appeals_than_a_holiday() {
    List<SimulatedDay> days = Demo.days(CITY, YearMonth.of(2025, 10));
    Map<LocalDate, Long> perDay = new AppealGenerator(CITY, 7).generate(days, 3000).stream()
        .collect(Collectors.groupingBy(s -> s.at().atZone(City.ZONE).toLocalDate(), Collectors.counting()));

    assertThat(perDay.get(LocalDate.of(2025, 10, 9))).isGreaterThan(perDay.get(LocalDate.of(2025, 10, 3)));
    assertThat(perDay.get(LocalDate.of(2025, 10, 11))).as("a make-up Saturday is a working day")
        .isGreaterThan(perDay.get(LocalDate.of(2025, 10, 12)));
  }

  @Test
  void a_spec_shows_no_personal_data() {
    AppealSpec s = new AppealGenerator(CITY, 7).generate(Demo.days(CITY, YearMonth.of(2025, 10)), 50).stream()
        .filter(x -> x.phone().isPresent()).findFirst().orElseThrow();

    assertThat(s.toString()).doesNotContain(s.phone().get(), s.citizenName().get(), s.text());
  }

  @Test
  void off_a_terminal_the_progress_bar_prints_a_line_a_tenth() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress bar = Progress.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "simulating");

    for (double f : new double[] {0, 0.05, 0.12, 0.19, 0.5, 1.0, 1.0}) {
      bar.update(f, "day");
    }
    bar.done();

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "simulating: 0% day", "simulating: 10% day", "simulating: 50% day", "simulating: 100% day");
  }

  @Test
  void on_a_terminal_the_progress_bar_draws_the_library_bar_and_ends_its_line() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress bar = Progress.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "sim");

    bar.update(0.5, "2025-10-15");
    bar.done();

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("\rsim").contains(" 50%").contains("2025-10-15").contains("\n");
    assertThat(java.util.Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).count())
        .as("one line, redrawn in place with carriage returns").isEqualTo(1);
  }
}
