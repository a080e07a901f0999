package org.hotline12345.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hotline12345.rules.routing.TableRouter;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.LoadedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole table of docs/rules.md reads, verifies and routes as the page says: it cannot rot. */
class DocsTableExampleTest {

  @TempDir
  Path work;

  @Test
  void the_catalogue_of_the_rules_guide_loads_against_the_presets_and_routes_night_works() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    int section = page.indexOf("### A whole file");
    int start = page.indexOf("```\n", section) + 4;
    String csv = page.substring(start, page.indexOf("```", start));
    Path file = work.resolve("routing.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    LoadedTable loaded = TableRouter.readCsv(file, Presets.references());

    assertThat(loaded.verification().errors()).isEmpty();
    assertThat(loaded.table().version()).isEqualTo("2027-01-01");
    Inputs nightWorks = Inputs.builder().category("category", List.of("03", "0301", "030101"))
        .area("area", List.of("320100", "320106", "320106003")).text("type", "COMPLAINT")
        .keywords("text", "楼下工地半夜施工").build();
    assertThat(loaded.table().decide(nightWorks, LocalDate.of(2027, 1, 4)).first())
        .hasValueSatisfying(row -> assertThat(row.id()).isEqualTo("R-NIGHT-WORKS"));
    assertThat(loaded.table().decide(nightWorks, LocalDate.of(2026, 12, 31)).first()).isEmpty();
  }
}
