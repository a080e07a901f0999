package org.hotline12345.examples.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.knowledge.KnowledgeEntry;

/**
 * Generates the simulated month's appeals (诉求), the same for the same seed: how many come in
 * each day (fewer at weekends and in the National Day holiday, as many on a make-up working day
 * as on a weekday), at what hour (peaks mid-morning and mid-afternoon), over which channel
 * (phone about 70 %), of which type and category, from where, and the few that test the rules
 * (emergencies, empty calls, repeats, frequent callers, incomplete elements).
 */
final class AppealGenerator {

  private static final String TEXTS = "/org/hotline12345/examples/demo/appeal-texts.csv";

  private static final Object[][] CHANNELS = {
      {Channel.PHONE, 70.0}, {Channel.WECHAT, 10.0}, {Channel.APP, 7.0}, {Channel.WEB, 6.0},
      {Channel.MINI_PROGRAM, 3.5}, {Channel.SMS, 1.5}, {Channel.WALK_IN, 1.2}, {Channel.EMAIL, 0.8}};
  private static final Object[][] CATEGORIES = {
      {"010301", 8.0}, {"010302", 7.0}, {"0102", 10.0}, {"0101", 3.0}, {"020101", 5.0}, {"020102", 2.0},
      {"020201", 5.0}, {"030101", 9.0}, {"030102", 4.0}, {"040101", 4.0}, {"040102", 2.0}, {"040201", 3.0},
      {"0403", 2.0}, {"0501", 5.0}, {"050201", 5.0}, {"0601", 3.0}, {"0701", 7.0}, {"0702", 3.0}};
  /** Streets and a community of the demo city, with how often appeals come from each. */
  private static final Object[][] AREAS = {
      {"320106003", "湖南路街道", 9.0}, {"320106003001", "狮子桥社区", 3.0}, {"320106001", "宁海路街道", 8.0},
      {"320106002", "华侨路街道", 7.0}, {"320102010", "孝陵卫街道", 7.0}, {"320102002", "玄武门街道", 6.0},
      {"320104001", "夫子庙街道", 9.0}, {"320104005", "中华门街道", 6.0}, {"320105002", "南苑街道", 8.0},
      {"320105003", "沙洲街道", 7.0}, {"320106", "鼓楼区", 2.0}, {"320102", "玄武区", 2.0}, {"320104", "秦淮区", 2.0},
      {"320105", "建邺区", 2.0}};
  private static final double[] HOURS = {
      0.15, 0.08, 0.05, 0.05, 0.06, 0.1, 0.3, 0.7, 1.3, 1.7, 1.7, 1.5, 1.0, 1.1, 1.5, 1.5, 1.4, 1.2, 0.9, 0.8,
      0.8, 0.6, 0.4, 0.25};
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰文辉";

  private final City city;
  private final SplittableRandom random;
  private final Map<String, List<String[]>> texts = new LinkedHashMap<>();
  private final List<KnowledgeEntry> knowledge;

  AppealGenerator(City city, long seed) {
    this.city = city;
    this.random = new SplittableRandom(seed);
    this.knowledge = city.knowledgeBase.entries();
    readTexts();
  }

  /**
   * The appeals of the simulated days, in the order they come in.
   *
   * @param days the simulated days, each with its volume weight
   * @param size how many appeals in all
   * @return the appeals
   */
  List<AppealSpec> generate(List<SimulatedDay> days, int size) {
    List<Instant> times = times(days, size);
    List<AppealSpec> out = new ArrayList<>(size);
    String[][] frequent = {citizen(), citizen(), citizen()};
    for (int i = 0; i < times.size(); i++) {
      out.add(next(i, times.get(i), out, frequent));
    }
    return out;
  }

  /** The instants: the size shared out over the days by weight, each at an hour drawn by weight. */
  private List<Instant> times(List<SimulatedDay> days, int size) {
    double total = days.stream().mapToDouble(SimulatedDay::weight).sum();
    long[] counts = new long[days.size()];
    double[] remainders = new double[days.size()];
    long given = 0;
    for (int i = 0; i < days.size(); i++) {
      double exact = size * days.get(i).weight() / total;
      counts[i] = (long) Math.floor(exact);
      remainders[i] = exact - counts[i];
      given += counts[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
    for (int k = 0; given < size; k++, given++) {
      counts[order.get(k % order.size())]++;
    }
    List<Instant> times = new ArrayList<>(size);
    for (int i = 0; i < days.size(); i++) {
      LocalDate date = days.get(i).date();
      for (long n = 0; n < counts[i]; n++) {
        int hour = pick(HOURS);
        ZonedDateTime at = date.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(City.ZONE);
        times.add(at.toInstant());
      }
    }
    times.sort(Comparator.naturalOrder());
    return times;
  }

  private AppealSpec next(int index, Instant at, List<AppealSpec> earlier, String[][] frequent) {
    double roll = random.nextDouble();
    Channel channel = (Channel) pickOf(CHANNELS);
    boolean agentCategorises = channel == Channel.PHONE || channel == Channel.WALK_IN;
    if (roll < 0.004) {
      Object[] area = pickArea();
      boolean fire = random.nextBoolean();
      String text = fire ? place("{place}一栋居民楼里起火了，楼道里有浓烟", area) : place("{place}小区电梯困人，有老人被困在电梯里", area);
      return spec(index, at, Channel.PHONE, AppealType.HELP, Optional.empty(), false, text, area, Map.of(),
          citizen(), AppealSpec.Kind.EMERGENCY);
    }
    if (roll < 0.008) {
      return spec(index, at, Channel.PHONE, AppealType.CONSULTATION, Optional.empty(), false, "不好意思，打错了，没事了",
          null, Map.of(), citizen(), AppealSpec.Kind.EMPTY);
    }
    if (roll < 0.011) {
      return spec(index, at, channel, AppealType.COMPLAINT, Optional.of("0502"), agentCategorises,
          "我和公司的劳动争议正在仲裁，还想再反映一下公司的问题", null, Map.of(), citizen(), AppealSpec.Kind.IN_PROCEEDINGS);
    }
    if (roll < 0.23) {
      KnowledgeEntry entry = knowledge.get(random.nextInt(knowledge.size()));
      return spec(index, at, channel, AppealType.CONSULTATION, Optional.empty(), false, entry.question(), null,
          Map.of(), citizen(), AppealSpec.Kind.KNOWLEDGE);
    }
    if (roll < 0.27) {
      Optional<AppealSpec> first = recentOrdinary(earlier, at);
      if (first.isPresent()) {
        AppealSpec f = first.get();
        return new AppealSpec(index, at, Channel.PHONE, f.type(), f.category(), true, f.text(), f.areaCode(),
            f.areaName(), f.attributes(), f.citizenName(), f.phone(), AppealSpec.Kind.REPEAT);
      }
    }
    String[] who = roll > 0.985 ? frequent[random.nextInt(frequent.length)] : citizen();
    AppealSpec.Kind kind = roll > 0.985 ? AppealSpec.Kind.FREQUENT : AppealSpec.Kind.ORDINARY;
    String category = (String) pickOf(CATEGORIES);
    Object[] area = random.nextDouble() < 0.05 ? null : pickArea();
    String[] template = template(category);
    AppealType type = AppealType.valueOf(template[1]);
    Map<String, String> attributes = new LinkedHashMap<>();
    if (category.equals("030101")) {
      if (random.nextDouble() < 0.1 && kind == AppealSpec.Kind.ORDINARY) {
        kind = AppealSpec.Kind.INCOMPLETE;
      } else {
        attributes.put("noise_source", random.nextBoolean() ? "施工" : "商铺");
        attributes.put("recurring", random.nextBoolean() ? "是" : "否");
      }
    } else if (category.equals("020101")) {
      attributes.put("damage_type", random.nextBoolean() ? "坑洞" : "井盖缺失");
    }
    boolean given = kind == AppealSpec.Kind.INCOMPLETE || agentCategorises && random.nextDouble() < 0.97;
    return spec(index, at, channel, type, Optional.of(category), given, place(template[2], area), area,
        attributes, who, kind);
  }

  private AppealSpec spec(int index, Instant at, Channel channel, AppealType type, Optional<String> category,
      boolean categoryGiven, String text, Object[] area, Map<String, String> attributes, String[] who,
      AppealSpec.Kind kind) {
    boolean anonymous = who == null;
    return new AppealSpec(index, at, channel, type, category, categoryGiven, text,
        area == null ? Optional.empty() : Optional.of((String) area[0]),
        area == null ? Optional.empty() : Optional.of((String) area[1]), Map.copyOf(attributes),
        anonymous ? Optional.empty() : Optional.of(who[0]), anonymous ? Optional.empty() : Optional.of(who[1]), kind);
  }

  /** An ordinary appeal of the last day and a half, to be repeated by its caller. */
  private Optional<AppealSpec> recentOrdinary(List<AppealSpec> earlier, Instant at) {
    for (int i = earlier.size() - 1; i >= 0 && i >= earlier.size() - 200; i--) {
      AppealSpec e = earlier.get(i);
      if (e.at().isBefore(at.minusSeconds(36 * 3600))) {
        break;
      }
      if (e.kind() == AppealSpec.Kind.ORDINARY && e.phone().isPresent() && random.nextDouble() < 0.2) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** A citizen: a made-up name and mobile number, or null (5 %) for an anonymous appeal. */
  private String[] citizen() {
    if (random.nextDouble() < 0.05) {
      return null;
    }
    String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
        + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
    String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    return new String[] {name, phone};
  }

  private Object[] pickArea() {
    double total = 0;
    for (Object[] a : AREAS) {
      total += (Double) a[2];
    }
    double r = random.nextDouble() * total;
    for (Object[] a : AREAS) {
      r -= (Double) a[2];
      if (r < 0) {
        return a;
      }
    }
    return AREAS[AREAS.length - 1];
  }

  /** A template of the category: one of its own, or (4 %) praise or a general suggestion. */
  private String[] template(String category) {
    List<String[]> own = texts.getOrDefault(category, List.of());
    if (own.isEmpty() || random.nextDouble() < 0.04) {
      List<String[]> general = texts.get("*");
      return general.get(random.nextInt(general.size()));
    }
    return own.get(random.nextInt(own.size()));
  }

  private static String place(String template, Object[] area) {
    return template.replace("{place}", area == null ? "我家附近" : (String) area[1]);
  }

  private int pick(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private Object pickOf(Object[][] table) {
    double[] weights = new double[table.length];
    for (int i = 0; i < table.length; i++) {
      weights[i] = (Double) table[i][1];
    }
    return table[pick(weights)][0];
  }

  private void readTexts() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        AppealGenerator.class.getResourceAsStream(TEXTS), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] parts = line.split(",", 3);
        if (parts.length != 3) {
          throw new IllegalStateException("appeal-texts.csv: a line needs category,type,text: " + line);
        }
        AppealType.valueOf(parts[1]);
        texts.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Object[] c : CATEGORIES) {
      if (city.taxonomy.find(org.hotline12345.core.category.CategoryCode.of((String) c[0])).isEmpty()) {
        throw new IllegalStateException("the generator's category " + c[0] + " is not in the city's taxonomy");
      }
    }
    for (Object[] a : AREAS) {
      Area known = city.areas.require((String) a[0]);
      if (!known.name().equals(a[1])) {
        throw new IllegalStateException("the generator's area " + a[0] + " is " + known.name() + " in the city");
      }
    }
  }
}
