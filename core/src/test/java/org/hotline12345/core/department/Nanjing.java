package org.hotline12345.core.department;

import static org.hotline12345.core.department.DepartmentKind.COMMUNITY;
import static org.hotline12345.core.department.DepartmentKind.DISTRICT;
import static org.hotline12345.core.department.DepartmentKind.ENTERPRISE;
import static org.hotline12345.core.department.DepartmentKind.MUNICIPAL_DEPARTMENT;
import static org.hotline12345.core.department.DepartmentKind.OTHER;
import static org.hotline12345.core.department.DepartmentKind.PUBLIC_UTILITY;
import static org.hotline12345.core.department.DepartmentKind.STREET;

import java.util.List;

/**
 * A Nanjing-like directory for tests, the same as {@code departments/nanjing.csv}: the city;
 * municipal departments, a public utility and an enterprise; 鼓楼区 with two streets and a
 * community; 玄武区 with a street; and 下关区, merged into 鼓楼区 in 2013, kept inactive.
 */
final class Nanjing {

  static final DepartmentId CITY = DepartmentId.of("nj");
  static final DepartmentId TRANSPORT = DepartmentId.of("nj.jtj");
  static final DepartmentId CITY_MANAGEMENT = DepartmentId.of("nj.cgj");
  static final DepartmentId WATER = DepartmentId.of("nj.water");
  static final DepartmentId BUS = DepartmentId.of("nj.bus");
  static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  static final DepartmentId SHIZIQIAO = DepartmentId.of("nj.gulou.hunanlu.shiziqiao");
  static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");
  static final DepartmentId XUANWU = DepartmentId.of("nj.xuanwu");
  static final DepartmentId XIAOLINGWEI = DepartmentId.of("nj.xuanwu.xiaolingwei");
  static final DepartmentId XIAGUAN = DepartmentId.of("nj.xiaguan");
  static final DepartmentId BAOTAQIAO = DepartmentId.of("nj.xiaguan.baotaqiao");

  private Nanjing() {}

  static List<Department> departments() {
    return List.of(
        department(CITY, OTHER, "南京市人民政府", null, "南京市政府"),
        department(TRANSPORT, MUNICIPAL_DEPARTMENT, "南京市交通运输局", CITY, "市交通局", "市交通运输局"),
        department(CITY_MANAGEMENT, MUNICIPAL_DEPARTMENT, "南京市城市管理局", CITY, "市城管局"),
        department(WATER, PUBLIC_UTILITY, "南京水务集团有限公司", CITY, "市自来水公司", "自来水公司"),
        department(BUS, ENTERPRISE, "南京公共交通（集团）有限公司", CITY, "公交集团"),
        department(GULOU, DISTRICT, "鼓楼区人民政府", CITY, "鼓楼区"),
        department(HUNANLU, STREET, "湖南路街道办事处", GULOU, "湖南路街道"),
        department(SHIZIQIAO, COMMUNITY, "狮子桥社区居民委员会", HUNANLU, "狮子桥社区"),
        department(NINGHAI, STREET, "宁海路街道办事处", GULOU, "宁海路街道"),
        department(XUANWU, DISTRICT, "玄武区人民政府", CITY, "玄武区"),
        department(XIAOLINGWEI, STREET, "孝陵卫街道办事处", XUANWU, "孝陵卫街道"),
        Department.builder().from(department(XIAGUAN, DISTRICT, "下关区人民政府", CITY, "下关区"))
            .active(false).build(),
        department(BAOTAQIAO, STREET, "宝塔桥街道办事处", XIAGUAN, "宝塔桥街道"));
  }

  static DepartmentDirectory directory() {
    return DepartmentDirectory.of(departments());
  }

  static Department department(DepartmentId id, DepartmentKind kind, String name,
      DepartmentId parent, String... aliases) {
    Department.Builder builder = Department.builder()
        .id(id).kind(kind).name(name).calendarId("cn-mainland").addAliases(aliases);
    if (parent != null) {
      builder.parent(parent);
    }
    return builder.build();
  }
}
