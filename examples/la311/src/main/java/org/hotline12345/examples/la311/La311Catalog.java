package org.hotline12345.examples.la311;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;

/**
 * What an export names, gathered from its rows before the import: the agencies (Owner) with
 * their sub-units (AssignTo) as children, the request types as categories, and the areas: the
 * city, its council districts ({@code CD-13}, "Council District 13") and, under each, the
 * neighbourhood councils met in it ({@code CD-13:NC-44}, named as the export names them; a
 * neighbourhood council that spans districts appears under each). The first spelling met of a
 * name is kept; spellings differing in case or spaces are one agency, sub-unit or type.
 */
public final class La311Catalog {

  /** The root of the areas. */
  public static final Area CITY = new Area("LA", "City of Los Angeles");

  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, DepartmentId> departmentIds = new HashMap<>();
  private final Map<String, CategoryCode> categories = new HashMap<>();
  private final Map<String, Category> categoryList = new LinkedHashMap<>();
  private final Map<String, AreaHierarchy.Entry> areas = new LinkedHashMap<>();

  /** An empty catalog. */
  public La311Catalog() {
    areas.put(CITY.code(), new AreaHierarchy.Entry(CITY, Optional.empty()));
  }

  /**
   * Adds what a row names.
   *
   * @param r the row
   */
  public void add(La311Request r) {
    lead(r);
    category(r);
    area(r);
  }

  /**
   * The department that led a request: its sub-unit, or the agency when none is named.
   *
   * @param r the row, {@linkplain #add added} before
   * @return the department
   */
  public DepartmentId lead(La311Request r) {
    DepartmentId agency = department(La311Mapping.key(r.owner()), null, r.owner().trim());
    if (r.assignTo().isEmpty()) {
      return agency;
    }
    return department(La311Mapping.key(r.owner()) + "\u0000" + La311Mapping.key(r.assignTo().get()), agency,
        r.assignTo().get());
  }

  private static String agencyName(String code) {
    String full = La311Mapping.agencyName(code);
    return full.equals(code) ? code : full + " (" + code + ")";
  }

  private DepartmentId department(String key, DepartmentId parent, String name) {
    DepartmentId known = departmentIds.get(key);
    if (known != null) {
      return known;
    }
    // 24 + 7 for a hash, twice, and a dot: within a department id's 64 characters.
    String slug = La311Mapping.slug(name, false, 24);
    String value = parent == null ? slug : parent.value() + "." + slug;
    if (departments.containsKey(value)) {
      value = La311Mapping.withHash(value, key);
    }
    DepartmentId id = DepartmentId.of(value);
    departments.put(value, Department.builder().id(id)
        .name(parent == null ? agencyName(name) : name)
        .kind(parent == null ? La311Mapping.agencyKind(name) : DepartmentKind.OTHER)
        .parent(Optional.ofNullable(parent)).calendarId(UsFederalHolidays.CALENDAR_ID).build());
    departmentIds.put(key, id);
    return id;
  }

  /**
   * The category of a request's type.
   *
   * @param r the row
   * @return the category
   */
  public CategoryCode category(La311Request r) {
    String key = La311Mapping.key(r.requestType());
    CategoryCode known = categories.get(key);
    if (known != null) {
      return known;
    }
    String code = La311Mapping.slug(r.requestType(), true, 40);
    if (categoryList.containsKey(code)) {
      code = La311Mapping.withHash(code, key);
    }
    CategoryCode c = CategoryCode.of(code);
    categoryList.put(code, Category.builder().code(c).name(r.requestType().trim()).build());
    categories.put(key, c);
    return c;
  }

  /**
   * The area of a request: its neighbourhood council within its council district, the district
   * alone, the council alone (under the city) or none.
   *
   * @param r the row
   * @return the area, or empty when neither is given
   */
  public Optional<Area> area(La311Request r) {
    Optional<Area> district = r.councilDistrict().map(cd -> put(new Area("CD-" + cd, "Council District " + cd), CITY));
    if (r.neighbourhoodCouncil().isEmpty()) {
      return district;
    }
    int nc = r.neighbourhoodCouncil().get();
    Area parent = district.orElse(CITY);
    String code = (district.isPresent() ? parent.code() + ":" : "") + "NC-" + nc;
    String name = r.neighbourhoodCouncilName().orElse("Neighborhood Council " + nc);
    return Optional.of(put(new Area(code, name), parent));
  }

  private Area put(Area area, Area parent) {
    AreaHierarchy.Entry known = areas.get(area.code());
    if (known != null) {
      return known.area();
    }
    areas.put(area.code(), new AreaHierarchy.Entry(area, Optional.of(parent.code())));
    return area;
  }

  /**
   * The agencies and sub-units met.
   *
   * @return the directory
   */
  public DepartmentDirectory directory() {
    return DepartmentDirectory.of(new ArrayList<>(departments.values()));
  }

  /**
   * The request types met.
   *
   * @return the taxonomy
   */
  public CategoryTaxonomy taxonomy() {
    return CategoryTaxonomy.of(new ArrayList<>(categoryList.values()));
  }

  /**
   * The areas met, under the city.
   *
   * @return the hierarchy
   */
  public AreaHierarchy areas() {
    return AreaHierarchy.of(new ArrayList<>(areas.values()));
  }

  /**
   * The agency a department belongs to: itself for an agency.
   *
   * @param department a department of the directory
   * @return the agency
   */
  public DepartmentId agencyOf(DepartmentId department) {
    Department d = departments.get(department.value());
    return d == null || d.getParent().isEmpty() ? department : d.getParent().get();
  }

  /**
   * The agencies, in the order met.
   *
   * @return the agencies
   */
  public List<Department> agencies() {
    return departments.values().stream().filter(d -> d.getParent().isEmpty()).toList();
  }
}
