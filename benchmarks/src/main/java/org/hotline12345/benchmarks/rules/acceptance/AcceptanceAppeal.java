package org.hotline12345.benchmarks.rules.acceptance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One appeal (诉求) as the acceptance table sees it: its type, category, channel, free text,
 * whether an enterprise appeals, and how many appeals the same caller and the same place made in
 * the window; with the decision a dispatcher expects of the preset table, so that a test can
 * check the mix is what it says.
 *
 * <p>The texts are written for the benchmark in the manner of 12345 appeals (no real person's
 * appeal); {@link #toString()} still leaves the text out, as every appeal text is left out of
 * logs in this project.
 *
 * @param type the appeal type's name ({@code COMPLAINT}, {@code HELP}, ...)
 * @param category the category code of the preset taxonomy, or empty when uncategorised
 * @param channel the channel's name ({@code PHONE}, {@code WEB}, ...)
 * @param text the free text
 * @param enterprise whether an enterprise appeals
 * @param callerCount the caller's appeals in the window
 * @param placeCount the place's appeals in the window
 * @param expected the preset table's decision: {@code REFER}, {@code NOT_ACCEPT},
 *     {@code PERSON} or {@code ACCEPT}
 */
public record AcceptanceAppeal(String type, Optional<String> category, String channel,
    String text, boolean enterprise, int callerCount, int placeCount, String expected) {

  /**
   * Checks that no part is missing.
   *
   * @throws NullPointerException naming the part that is null
   */
  public AcceptanceAppeal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expected, "expected");
  }

  private static AcceptanceAppeal of(String type, String category, String channel, String text,
      String expected) {
    return new AcceptanceAppeal(type, Optional.ofNullable(category), channel, text, false, 0, 0,
        expected);
  }

  private AcceptanceAppeal fromEnterprise() {
    return new AcceptanceAppeal(type, category, channel, text, true, callerCount, placeCount,
        expected);
  }

  private AcceptanceAppeal callerCalled(int count) {
    return new AcceptanceAppeal(type, category, channel, text, enterprise, count, placeCount,
        expected);
  }

  /**
   * The benchmark's mix, 38 appeals: 8 emergencies (fire, a lift, a fight, medical, a traffic
   * accident), 8 the preset declines (in court or arbitration, the army, promotions, customs,
   * a consumer dispute in mediation, an empty call), 2 from frequent callers, and 20 ordinary
   * appeals of 26 to 76 characters that are accepted.
   *
   * @return the appeals, unmodifiable
   */
  public static List<AcceptanceAppeal> mix() {
    return List.of(
        of("COMPLAINT", "0102", "PHONE",
            "我们小区3栋楼道里着火了，楼上还有老人，烟很大，快派人来！", "REFER"),
        of("HELP", null, "PHONE", "厂房后面的仓库冒烟了，闻到很重的焦味，担心是电线起火。", "REFER"),
        of("HELP", "0102", "PHONE",
            "我家孩子放学回来被困电梯里半个小时了，物业电话一直打不通，请帮忙联系救援。", "REFER"),
        of("HELP", "0102", "WECHAT",
            "小区5号楼电梯突然停在两层之间，里面有人出不来，物业说维保人员还在路上。", "REFER"),
        of("REPORT", null, "PHONE", "菜市场门口有两个人正在打架，其中一个拿着刀，围观的人很多。",
            "REFER"),
        of("HELP", null, "PHONE", "公交站台有位老人突然晕倒了，叫不醒，旁边没有家属。", "REFER"),
        of("HELP", "020101", "APP",
            "中山路和北京西路路口刚发生车祸，一辆电动车倒在路中间，路口已经堵死了。", "REFER"),
        of("COMPLAINT", null, "WEB",
            "单位食堂中午吃完饭后十几个同事上吐下泻，怀疑是食物中毒，请有关部门来查。", "REFER"),
        of("COMPLAINT", null, "WEB",
            "我和开发商的房屋质量纠纷已起诉到区法院，想问问12345能不能帮忙催一下开庭时间。",
            "NOT_ACCEPT"),
        of("CONSULTATION", null, "WEB", "想咨询一下驻地部队营区旁边的道路能不能对外开放通行。",
            "NOT_ACCEPT"),
        of("COMPLAINT", null, "APP", "我们单位这次提拔干部的程序不公开，希望上级查一查。",
            "NOT_ACCEPT"),
        of("CONSULTATION", null, "WEB", "从国外寄来的包裹被海关扣了，想问问需要补交什么材料。",
            "NOT_ACCEPT"),
        of("COMPLAINT", null, "WECHAT",
            "在商场买的冰箱坏了要求退货，商家不同意，现在消协正在调解，但是进度太慢。",
            "NOT_ACCEPT"),
        of("CONSULTATION", null, "PHONE", "不好意思，刚才打错了。", "NOT_ACCEPT"),
        of("HELP", null, "PHONE", "问题已经解决了，没事了，谢谢。", "NOT_ACCEPT"),
        of("COMPLAINT", null, "WEB", "劳动争议仲裁中，公司一直拖延不出材料，想反映一下。",
            "NOT_ACCEPT"),
        of("COMPLAINT", "030101", "PHONE",
            "隔壁工地又在夜里施工，噪音很大，这周已经第六次反映了。", "PERSON").callerCalled(6),
        of("COMPLAINT", "010301", "APP",
            "小区门口早上又有流动摊贩占道摆摊，上次反映后只管了两天。", "PERSON").callerCalled(5),
        of("COMPLAINT", "030102", "WEB",
            "鼓楼区湖南路某小区东门外的烧烤店每天晚上油烟很大，窗户都不敢开，家里老人有哮喘，"
                + "多次向物业反映没有结果，希望环保部门尽快上门检查并督促安装油烟净化设备。",
            "ACCEPT").callerCalled(1),
        of("COMPLAINT", "030101", "PHONE",
            "楼下商铺装修每天早上七点就开始电钻施工，周末也不停，严重影响休息，请城管和环保部门处理。",
            "ACCEPT"),
        of("CONSULTATION", "0101", "WEB",
            "请问公租房申请需要准备哪些材料，外地户籍在本市缴纳社保满三年可以申请吗？", "ACCEPT"),
        of("HELP", "040101", "PHONE",
            "我们小区从昨天下午开始停水，到现在还没来水，也没有看到停水通知，家里有小孩和老人，很不方便。",
            "ACCEPT"),
        of("COMPLAINT", "040102", "APP",
            "最近一周自来水有点发黄，烧开后有沉淀，怀疑二次供水水箱没有清洗，请供水公司检测一下水质。",
            "ACCEPT"),
        of("COMPLAINT", "020101", "WECHAT",
            "汉中路靠近地铁站出口的人行道上有一个井盖松动，踩上去会晃，晚上看不清很危险，希望尽快维修。",
            "ACCEPT"),
        of("SUGGESTION", "020201", "WEB",
            "建议增加34路公交早高峰的班次，现在七点半左右每辆车都挤不上去，等车要二十多分钟。",
            "ACCEPT"),
        of("COMPLAINT", "010302", "APP",
            "小区垃圾桶已经三天没人清运了，气味很大，苍蝇很多，请环卫部门尽快处理。", "ACCEPT"),
        of("COMPLAINT", "0102", "PHONE",
            "物业公司今年物业费涨了三成，没有召开业主大会，也没有公示收支，业主们意见很大。",
            "ACCEPT").callerCalled(2),
        of("REPORT", null, "WEB",
            "有一家无证幼儿园在居民楼里办学，楼道里堆满杂物，消防通道被堵，存在安全隐患。",
            "ACCEPT"),
        of("PRAISE", null, "WECHAT",
            "感谢街道工作人员上周帮我们修好了路灯，晚上出行安全多了，特此表扬。", "ACCEPT"),
        of("CONSULTATION", null, "PHONE",
            "想问一下今年新生入学报名的时间和需要带的证件，孩子户口在外区。", "ACCEPT"),
        of("COMPLAINT", "020102", "APP",
            "中央路和新模范马路交叉口的红绿灯坏了两天了，高峰期车辆乱成一团，请交管部门尽快修复。",
            "ACCEPT"),
        of("HELP", null, "WEB",
            "我是外卖骑手，公司拖欠了两个月工资，一直说下个月发，想问问应该去哪里维权。", "ACCEPT"),
        of("COMPLAINT", "010301", "WEB",
            "我公司门前人行道被附近饭店占用摆放桌椅，影响员工进出和货车装卸，请城管部门协调。",
            "ACCEPT").fromEnterprise(),
        of("CONSULTATION", null, "APP",
            "新开办的小微企业申请稳岗补贴需要满足什么条件，在哪个平台上提交？", "ACCEPT")
            .fromEnterprise(),
        of("COMPLAINT", "030101", "WECHAT",
            "凌晨两点还有人在广场上跳舞放音乐，音响声音特别大，附近居民都睡不着。", "ACCEPT")
            .callerCalled(3),
        of("SUGGESTION", null, "WEB",
            "建议在小区周边增设几处电动自行车集中充电桩，避免居民从楼上拉线充电。", "ACCEPT"),
        of("COMPLAINT", null, "SMS", "共享单车乱停乱放，把盲道都占满了，视障人士没法通行。",
            "ACCEPT"),
        of("HELP", "040101", "APP",
            "老旧小区水管爆裂，整栋楼停水，物业说要等自来水公司来修，请帮忙协调。", "ACCEPT"));
  }

  /**
   * The appeal without its text.
   *
   * @return for example {@code AcceptanceAppeal[COMPLAINT 0102 PHONE, 29 characters, callers 0,
   *     expected REFER]}
   */
  @Override
  public String toString() {
    return "AcceptanceAppeal[" + type + " " + category.orElse("-") + " " + channel + ", "
        + text.length() + " characters, callers " + callerCount + ", expected " + expected + "]";
  }
}
