package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.department;

import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.StoredDepartment;
import org.junit.jupiter.api.Test;

/**
 * The department directory (承办单位): a saved department is found as saved; saving one with
 * the same id replaces it; all of them come ordered by id.
 */
abstract class DepartmentsContract extends ContractGroup {

  DepartmentsContract(HotlineStoreContract contract) {
    super(contract);
  }

  @Test
  void aSavedDepartmentIsFoundAsSaved() {
    StoredDepartment street = new StoredDepartment("dept-hunan-road", "Hunan Road Street Office", "STREET",
        Optional.of("dept-gulou"), true, "cn-nanjing", List.of("Hunan Rd office", "HRSO"));
    StoredDepartment root = new StoredDepartment("dept-city", "City Government", "CITY", Optional.empty(), false,
        "cn", List.of());

    store().departments().save(street);
    store().departments().save(root);

    assertThat(store().departments().find("dept-hunan-road")).as("the street office").contains(street);
    assertThat(store().departments().find("dept-city")).as("a root department, inactive, without aliases")
        .contains(root);
    assertThat(store().departments().find("dept-404")).as("an unknown department").isEmpty();
  }

  @Test
  void savingADepartmentAgainReplacesIt() {
    store().departments().save(department("dept-gulou"));
    StoredDepartment renamed = new StoredDepartment("dept-gulou", "Gulou District Government", "DISTRICT",
        Optional.empty(), false, "cn-nanjing", List.of("Gulou"));

    store().departments().save(renamed);

    assertThat(store().departments().find("dept-gulou")).as("the department after it was saved again")
        .contains(renamed);
    assertThat(store().departments().all()).as("the directory").containsExactly(renamed);
  }

  @Test
  void theDirectoryIsOrderedById() {
    List<String> ids = List.of("dept-xuanwu", "dept-gulou", "dept-qinhuai", "dept-jianye", "dept-yuhuatai",
        "dept-qixia", "dept-jiangning", "dept-pukou", "dept-liuhe", "dept-lishui", "dept-gaochun", "dept-city",
        "dept-gulou-hunanlu", "dept-gulou-001", "dept-gulou-010", "dept-gulou-002");
    ids.forEach(id -> store().departments().save(department(id)));

    assertThat(store().departments().all()).extracting(StoredDepartment::id).as("the directory")
        .containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void aliasesKeepTheirOrder() {
    StoredDepartment department = new StoredDepartment("dept-water", "Water Authority", "BUREAU", Optional.empty(),
        true, "cn", List.of("Zulu", "Alpha", "Mike", "Alpha 2"));

    store().departments().save(department);

    assertThat(store().departments().find("dept-water")).map(StoredDepartment::aliases).as("the aliases")
        .contains(List.of("Zulu", "Alpha", "Mike", "Alpha 2"));
  }
}
