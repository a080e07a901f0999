package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.department.DepartmentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city writes its scheme as a small file; a bad file fails naming the line, the column and the rule. */
class SchemeFileTest {

  static final String COUNTY = """
      # 某县12345考核方案（2025版）
      kind,name,value,target,per_point
      setting,id,county-2025,,
      setting,name,"某县12345考核（响应30、解决35、满意35）",,
      setting,version,2025,,
      setting,assisting_weight,0.5,,
      setting,bonus_cap,5,,
      satisfaction,基本满意,0.8,,
      weight,响应率,30,,
      weight,RESOLUTION,35,,
      weight,satisfaction,35,,
      deduct,WRONG_RETURN_RATE,10,5%,1
      veto,FRAUD,,,
      veto,弄虚作假,,,
      veto,泄露诉求人信息或秘密,,,
      """;

  @TempDir
  Path dir;

  @Test
  void a_scheme_written_by_a_city_reads_as_the_one_built_in_code() {
    AssessmentScheme read = AssessmentScheme.readCsv(new StringReader(COUNTY), "county.csv");
    AssessmentScheme built = AssessmentScheme.builder().id("county-2025").name("某县12345考核（响应30、解决35、满意35）")
        .version("2025").assistingWeight(0.5).bonusCap(5).basicallySatisfiedWeight(0.8)
        .term(Term.weighted(Indicator.RESPONSE, 30)).term(Term.weighted(Indicator.RESOLUTION, 35))
        .term(Term.weighted(Indicator.SATISFACTION, 35))
        .term(Term.deduction(Indicator.WRONG_RETURN_RATE, 0.05, 1, 10))
        .vetoReasons(EnumSet.of(VetoReason.FRAUD, VetoReason.CONFIDENTIALITY_BREACH)).build();
    assertThat(read).isEqualTo(built);
    assertThat(read.weightOf(Satisfaction.BASICALLY_SATISFIED)).isEqualTo(0.8);
    assertThat(read.fullScore()).isEqualTo(100);
    // Wrong returns above 5 % cost a point each percentage point, at most 10: 8 % costs 3.
    assertThat(read.terms().get(3).pointsFor(0.08)).isEqualTo(3);
    assertThat(read.terms().get(3).pointsFor(0.04)).isZero();
  }

  @Test
  void every_preset_prints_as_a_file_that_reads_back_equal_in_csv_and_tsv() throws Exception {
    for (AssessmentScheme preset : new AssessmentScheme[] {AssessmentSchemes.beijing(), AssessmentSchemes.county(),
        AssessmentSchemes.shandong()}) {
      String csv = preset.toCsv();
      assertThat(AssessmentScheme.readCsv(new StringReader(csv), preset.id())).isEqualTo(preset);
      Path tsv = dir.resolve(preset.id() + ".tsv");
      Files.writeString(tsv, csv.replace(',', '\t'), StandardCharsets.UTF_8);
      assertThat(AssessmentScheme.readTsv(tsv)).isEqualTo(preset);
    }
  }

  @Test
  void the_schemes_of_docs_assessment_md_read_as_written() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "assessment.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("```csv\n(.*?)```", java.util.regex.Pattern.DOTALL)
        .matcher(doc);
    List<AssessmentScheme> schemes = new java.util.ArrayList<>();
    while (block.find()) {
      schemes.add(AssessmentScheme.readCsv(new StringReader(block.group(1)), "docs/assessment.md"));
    }
    assertThat(schemes).extracting(AssessmentScheme::id).containsExactly("county-2025", "shandong-2025");
    assertThat(schemes.get(0).terms()).extracting(Term::indicator).containsExactly(Indicator.RESPONSE,
        Indicator.RESOLUTION, Indicator.SATISFACTION, Indicator.WRONG_RETURN_RATE);
    assertThat(schemes.get(1).toBuilder().id("shandong-base100").name(AssessmentSchemes.shandong().name())
        .version("preset-1").bonusCap(5).vetoReasons(AssessmentSchemes.shandong().vetoReasons()).build())
        .isEqualTo(AssessmentSchemes.shandong());
  }

  private static FileFormatException refusal(String text) {
    try {
      AssessmentScheme.readCsv(new StringReader(text), "scheme.csv");
    } catch (FileFormatException e) {
      return e;
    }
    throw new AssertionError("expected a refusal of:\n" + text);
  }

  private static void assertRefused(String body, int line, int column, String reason) {
    FileFormatException e = refusal("kind,name,value,target,per_point\nsetting,id,x,,\nsetting,name,X,,\n"
        + "setting,version,1,,\n" + body);
    assertThat(e.line()).as(body).isEqualTo(line);
    assertThat(e.column()).as(body).isEqualTo(column);
    assertThat(e.reason()).as(body).contains(reason);
    assertThat(e.getMessage()).startsWith("scheme.csv" + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "")
        + ": ");
  }

  @Test
  void a_bad_scheme_file_fails_naming_line_column_and_rule() {
    assertRefused("bonus,x,1,,\n", 5, 1, "kind 'bonus' is not one of setting, satisfaction, weight, deduct, veto");
    assertRefused("weight,响应,30,,\n", 5, 8, "indicator '响应' is not one of");
    assertRefused("weight,RESPONSE,thirty,,\n", 5, 17, "value 'thirty' is not a number");
    assertRefused("weight,RESPONSE,0,,\n", 5, 17, "points: must be more than 0");
    assertRefused("weight,RESPONSE,30,90%,\n", 5, 20, "only a deduct row has a target and a per_point");
    assertRefused("weight,RESPONSE,30,,\nweight,响应率,10,,\n", 6, 8, "RESPONSE has a term already");
    assertRefused("deduct,ON_TIME,40,120%,0.4\n", 5, 19, "target '120%' is not a percentage from 0% to 100%");
    assertRefused("deduct,ON_TIME,40,1.5,0.4\n", 5, 19, "not a rate from 0 to 1");
    assertRefused("deduct,ON_TIME,40,95%,\n", 5, 23, "per_point '' is not a number");
    assertRefused("setting,base,-1,,\nweight,RESPONSE,1,,\n", 5, 14, "base: must be from 0 to 1000");
    assertRefused("setting,colour,red,,\n", 5, 9, "setting 'colour' is not one of id, name, version");
    assertRefused("setting,id,y,,\n", 5, 9, "setting 'id' is set twice");
    assertRefused("satisfaction,很满意,1,,\n", 5, 14, "neither SATISFIED");
    assertRefused("veto,GOSSIP,,,\n", 5, 6, "veto reason 'GOSSIP' is not one of");
    assertRefused("satisfaction,BASICALLY_SATISFIED,1,,\nsatisfaction,SATISFIED,0.5,,\nweight,RESPONSE,1,,\n", 0, 0,
        "basicallySatisfiedWeight (1.0) must not exceed satisfiedWeight (0.5)");
    FileFormatException noTerm = refusal("kind,name,value\nsetting,id,x\n");
    assertThat(noTerm.line()).isZero();
    assertThat(noTerm.reason()).isEqualTo("a scheme needs name, version, a term");
    FileFormatException header = refusal("kind,name,points\n");
    assertThat(header.line()).isEqualTo(1);
    assertThat(header.column()).isEqualTo(11);
  }

  @Test
  void a_host_groups_departments_for_ranking_in_a_file() {
    RankingGroups groups = RankingGroups.readCsv(new StringReader("""
        department,group
        nj.gulou,中心城区
        nj.xuanwu,中心城区
        nj.jiangning,郊区
        """), "groups.csv", "其他单位");
    assertThat(groups.groupOf(DepartmentId.of("nj.xuanwu"))).isEqualTo("中心城区");
    assertThat(groups.groupOf(DepartmentId.of("nj.water"))).isEqualTo("其他单位");
    assertThat(RankingGroups.of(Map.of(DepartmentId.of("a"), "A"), "B").groupOf(DepartmentId.of("a"))).isEqualTo("A");
    assertThatThrownBy(() -> RankingGroups.readCsv(new StringReader("department,group\nnj.gulou,A\nnj.gulou,B\n"),
        "groups.csv", "x")).isInstanceOf(FileFormatException.class)
        .hasMessage("groups.csv:3:1: department nj.gulou is named twice");
    assertThatThrownBy(() -> RankingGroups.readCsv(new StringReader("department,group\nnj gulou,A\n"),
        "groups.csv", "x")).isInstanceOf(FileFormatException.class).hasMessageStartingWith("groups.csv:2:1: department:");
  }
}
