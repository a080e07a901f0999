package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.calendar.internal.Texts;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the calendar's API (the exported package, and the
 * reader and text rules shared with the other modules) refuses a null argument with a
 * {@link NullPointerException} whose message is the parameter's name. The types are found on
 * the class path, so a new public type or method is checked without touching this test; a new
 * parameter type needs a sample below, and the test says so.
 */
class NullArgumentsTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();

  /** A valid value of every parameter type, used for the arguments that are not null. */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new LinkedHashMap<>();
  /** An instance of every type with instance methods that take references. */
  private static final Map<Class<?>, Supplier<Object>> INSTANCES = new LinkedHashMap<>();

  static {
    SAMPLES.put(String.class, () -> "x");
    SAMPLES.put(CharSequence.class, () -> "x");
    SAMPLES.put(Instant.class, () -> Instant.parse("2025-03-03T02:00:00Z"));
    SAMPLES.put(ZonedDateTime.class, () -> ZonedDateTime.parse("2025-03-03T10:00+08:00[Asia/Shanghai]"));
    SAMPLES.put(LocalDate.class, () -> LocalDate.of(2025, 3, 3));
    SAMPLES.put(LocalTime.class, () -> LocalTime.of(9, 0));
    SAMPLES.put(Duration.class, () -> Duration.ofHours(1));
    SAMPLES.put(ZoneId.class, () -> WorkingCalendars.CHINA_ZONE);
    SAMPLES.put(DayOfWeek.class, () -> DayOfWeek.MONDAY);
    SAMPLES.put(DayOfWeek[].class, () -> new DayOfWeek[0]);
    SAMPLES.put(SpecialDay[].class, () -> new SpecialDay[0]);
    SAMPLES.put(SpecialDay.Kind.class, () -> SpecialDay.Kind.HOLIDAY);
    SAMPLES.put(TimeLimit.class, () -> TimeLimit.workingDays(1));
    SAMPLES.put(TimeLimit.Unit.class, () -> TimeLimit.Unit.WORKING_DAYS);
    SAMPLES.put(CalendarLayer.class, NullArgumentsTest::layer);
    SAMPLES.put(OfficeHours.class, () -> WorkingCalendars.CHINA_OFFICE_HOURS);
    SAMPLES.put(WorkingCalendar.class, () -> CN);
    SAMPLES.put(Collection.class, List::of);
    SAMPLES.put(List.class, List::of);
    SAMPLES.put(Path.class, () -> Path.of("no-such-dir", "no-such-file.csv"));
    SAMPLES.put(Reader.class, () -> new StringReader(""));
    SAMPLES.put(InputStream.class, () -> new ByteArrayInputStream(new byte[0]));
    SAMPLES.put(Map.class, Map::of);
    SAMPLES.put(Locale.class, () -> Locale.CHINESE);
    SAMPLES.put(Optional.class, Optional::empty);
    SAMPLES.put(Deadline.class, () -> CN.deadline(Instant.parse("2025-03-03T02:00:00Z"), TimeLimit.workingDays(5)));
    SAMPLES.put(ClockPause.class, () -> new ClockPause(Instant.parse("2025-03-03T02:00:00Z"),
        Instant.parse("2025-03-04T02:00:00Z")));
    SAMPLES.put(DeadlineExplanation.DayKind.class, () -> DeadlineExplanation.DayKind.COUNTED);

    INSTANCES.put(TimeLimit.class, () -> TimeLimit.workingDays(5));
    INSTANCES.put(Deadline.class, () -> CN.deadline(Instant.parse("2025-03-03T02:00:00Z"), TimeLimit.workingDays(5)));
    INSTANCES.put(WorkingCalendar.class, () -> CN);
    INSTANCES.put(DeadlineExplanation.class, () -> CN.deadline(Instant.parse("2025-03-03T02:00:00Z"),
        TimeLimit.workingDays(5)).explain());
    INSTANCES.put(WorkingCalendar.Builder.class, () -> WorkingCalendar.builder("x", WorkingCalendars.CHINA_ZONE));
    INSTANCES.put(OfficeHours.class, () -> WorkingCalendars.CHINA_OFFICE_HOURS);
    INSTANCES.put(MovableClock.class, () -> MovableClock.at(Instant.parse("2025-03-03T02:00:00Z"), WorkingCalendars.CHINA_ZONE));
    INSTANCES.put(CsvReader.class, () -> CsvReader.withColumns(List.of("a"), List.of("b")));
    INSTANCES.put(CsvReader.Row.class, () -> CsvReader.withColumns(List.of("a"), List.of("b"))
        .read(new StringReader("a\n1\n"), "s.csv").get(0));
  }

  private static CalendarLayer layer() {
    return CalendarLayer.of("layer", SpecialDay.holiday(LocalDate.of(2025, 1, 1), "元旦"));
  }

  /** The public types of the exported package, found among the compiled classes. */
  private static List<Class<?>> publicTypes() throws Exception {
    Path classes = Path.of(WorkingCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve("org/hotline12345/calendar");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("org.hotline12345.calendar." + name);
        if (Modifier.isPublic(type.getModifiers()) && !type.isSynthetic()
            && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
          types.add(type);
        }
      }
    }
    types.add(CsvReader.class);
    types.add(CsvReader.Row.class);
    types.add(Texts.class);
    return types;
  }

  private static boolean isEnumSynthetic(Class<?> type, Method method) {
    return type.isEnum() && (method.getName().equals("valueOf") || method.getName().equals("values"));
  }

  @Test
  void every_public_method_refuses_null_with_the_parameters_name() throws Exception {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      List<Executable> executables = new ArrayList<>();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          executables.add(constructor);
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
            && !isEnumSynthetic(type, method) && !method.getName().equals("equals")) {
          executables.add(method);
        }
      }
      for (Executable executable : executables) {
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          assertThat(parameters[i].isNamePresent())
              .as("parameter names are compiled in (-parameters)").isTrue();
          String where = type.getSimpleName() + "." + executable.getName() + "("
              + parameters[i].getName() + " = null)";
          Throwable thrown = call(type, executable, i, where);
          String expected = expectedMessage(type, executable, parameters[i]);
          if (thrown == null) {
            problems.add(where + ": accepted null");
          } else if (!(thrown instanceof NullPointerException)) {
            problems.add(where + ": threw " + thrown);
          } else if (!expected.equals(thrown.getMessage())) {
            problems.add(where + ": message '" + thrown.getMessage() + "', expected '" + expected + "'");
          }
          checked.add(where);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).hasSizeGreaterThan(60)
        .contains("TimeLimit.of(unit = null)", "Deadline.pausedBetween(to = null)",
            "WorkingCalendar.plusWorkingDays(date = null)", "CalendarLayer.readCsv(source = null)",
            "FileFormatException.org.hotline12345.calendar.FileFormatException(reason = null)",
            "Row.error(column = null)");
  }

  @Test
  void a_null_inside_a_list_or_varargs_is_refused_naming_the_parameter() {
    assertThatThrownBy(() -> CalendarLayer.of("x", (SpecialDay) null))
        .isInstanceOf(NullPointerException.class).hasMessage("days must not contain null");
    assertThatThrownBy(() -> WorkingCalendar.builder("x", ZoneId.of("UTC")).workingWeek(DayOfWeek.MONDAY, (DayOfWeek) null))
        .isInstanceOf(NullPointerException.class).hasMessage("rest[0]");
    assertThatThrownBy(() -> WorkingCalendar.builder("x", ZoneId.of("UTC")).scheduleKnownFor(Arrays.asList(2025, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("years must not contain null");
    assertThatThrownBy(() -> OfficeHours.of(Arrays.asList((OfficeHours.Session) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("sessions must not contain null");
  }

  /** Texts.requireName names the caller's field, given as its second argument. */
  private static String expectedMessage(Class<?> type, Executable executable, Parameter parameter) {
    if (type == Texts.class && executable.getName().equals("requireName")
        && parameter.getName().equals("text")) {
      return (String) SAMPLES.get(String.class).get();
    }
    return parameter.getName();
  }

  /** Calls with null at one position; the exception thrown, or null if none. */
  private static Throwable call(Class<?> type, Executable executable, int nullAt, String where)
      throws Exception {
    Class<?>[] types = executable.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int k = 0; k < types.length; k++) {
      if (k == nullAt) {
        continue;
      }
      if (types[k] == long.class) {
        args[k] = 1L;
      } else if (types[k] == int.class) {
        args[k] = 1;
      } else {
        Supplier<Object> sample = SAMPLES.get(types[k]);
        assertThat(sample).as("a sample value of %s, for %s", types[k], where).isNotNull();
        args[k] = sample.get();
      }
    }
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(args);
      } else {
        Method method = (Method) executable;
        Object target = null;
        if (!Modifier.isStatic(method.getModifiers())) {
          Supplier<Object> instance = INSTANCES.get(type);
          assertThat(instance).as("an instance of %s, for %s", type, where).isNotNull();
          target = instance.get();
        }
        method.invoke(target, args);
      }
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
    return null;
  }
}
