package org.hotline12345.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hotline12345.rules.knowledge.Consultations.readCsv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question-and-answer file as a knowledge team saves it from a spreadsheet: what it reads,
 * and every mistake refused with the line and the column of the cell to fix.
 */
class QaFileTest {

  private static final String HEADER = "id,question,answer,keywords,owner,reviewed_on,category\n";
  private static final String WATER =
      "sw-001,家里突然停水了怎么办？,请拨打96889报修。,停水;没水,nj.water,2025-09-05,040101\n";
  private static final String FUND =
      "gjj-001,怎么提取住房公积金？,可在“南京公积金”App上申请提取。,公积金提取,nj.gjj,2025-08-01,\n";

  private static QaKnowledgeBase read(String text) {
    return readCsv(QaKnowledgeBase.builder(), text);
  }

  private static FileFormatException refusal(QaKnowledgeBase.Builder builder, String text) {
    return catchThrowableOfType(() -> readCsv(builder, text), FileFormatException.class);
  }

  private static FileFormatException refusal(String text) {
    return refusal(QaKnowledgeBase.builder(), text);
  }

  @Test
  void a_file_saved_from_a_spreadsheet_reads_into_entries() {
    QaKnowledgeBase kb = read("# 12345 知识库\n\n" + HEADER + WATER + FUND);

    assertThat(kb.entries()).containsExactly(
        new KnowledgeEntry("sw-001", "家里突然停水了怎么办？", "请拨打96889报修。", List.of("停水", "没水"),
            Optional.of(CategoryCode.of("040101")), DepartmentId.of("nj.water"), LocalDate.of(2025, 9, 5)),
        new KnowledgeEntry("gjj-001", "怎么提取住房公积金？", "可在“南京公积金”App上申请提取。", List.of("公积金提取"),
            Optional.empty(), DepartmentId.of("nj.gjj"), LocalDate.of(2025, 8, 1)));
    // without directives: the file's name, a digest of the entries, a yearly review
    assertThat(kb.id()).isEqualTo("qa");
    assertThat(kb.version()).matches("sha256:[0-9a-f]{12}");
    assertThat(kb.reviewInterval()).isEqualTo(Period.ofYears(1));
    assertThat(kb.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(kb).hasToString("QaKnowledgeBase[qa v" + kb.version() + ", 2 entries, review P1Y]");
  }

  @Test
  void columns_may_come_in_any_order_the_category_may_be_left_out_and_keywords_repeat_once() {
    QaKnowledgeBase kb = read("Owner,ID,Reviewed_On,Question,Keywords,Answer\n"
        + "nj.gjj,gjj-001,2025-08-01,怎么提取住房公积金？,\"公积金提取; 提取公积金;公积金提取\",可申请提取。\n");

    KnowledgeEntry entry = kb.entries().get(0);
    assertThat(entry.keywords()).containsExactly("公积金提取", "提取公积金");
    assertThat(entry.category()).isEmpty();
    assertThat(entry.owner()).isEqualTo(DepartmentId.of("nj.gjj"));
  }

  @Test
  void directives_name_the_knowledge_base_its_version_and_review_interval() {
    QaKnowledgeBase kb = read("#@id nanjing-qa,,,,,,\n# @version: 2025.2\n"
        + "  #@Review-Interval P6M\n" + HEADER + WATER);

    assertThat(kb.id()).isEqualTo("nanjing-qa");
    assertThat(kb.version()).isEqualTo("2025.2");
    assertThat(kb.reviewInterval()).isEqualTo(Period.ofMonths(6));
    // what the builder is given wins
    QaKnowledgeBase given = readCsv(QaKnowledgeBase.builder().id("jinan-qa").version("7")
        .reviewInterval(Period.ofMonths(3)), "#@id nanjing-qa\n#@version 2025.2\n" + HEADER + WATER);
    assertThat(given.id()).isEqualTo("jinan-qa");
    assertThat(given.version()).isEqualTo("7");
    assertThat(given.reviewInterval()).isEqualTo(Period.ofMonths(3));
  }

  @Test
  void the_digest_version_changes_with_an_entry_and_not_with_the_layout() {
    String version = read(HEADER + WATER + FUND).version();

    assertThat(read("# reordered columns, comments, spaces\n"
        + "category,id,question,answer,keywords,owner,reviewed_on\n"
        + "040101 , sw-001,家里突然停水了怎么办？,请拨打96889报修。,停水;没水,nj.water,2025-09-05\n"
        + ",gjj-001,怎么提取住房公积金？,可在“南京公积金”App上申请提取。,公积金提取,nj.gjj,2025-08-01\n")
        .version()).isEqualTo(version);
    assertThat(read(HEADER + WATER.replace("96889", "96888") + FUND).version()).isNotEqualTo(version);
    assertThat(read("#@review-interval P6M\n" + HEADER + WATER + FUND).version())
        .isNotEqualTo(version);
    assertThat(QaKnowledgeBase.builder().build(read(HEADER + WATER + FUND).entries()).version())
        .isEqualTo(version);
  }

  @Test
  void tsv_is_read_by_its_name_or_when_told_and_a_byte_order_mark_is_allowed(@TempDir Path dir)
      throws IOException {
    String tsv = "\uFEFF#@id tsv-qa\t\t\n" + HEADER.replace(',', '\t')
        + "sw-001\t家里突然停水了怎么办？\t请拨打96889报修，或关注“南京水务”公众号。\t停水;没水\tnj.water\t2025-09-05\t040101\n";
    Path file = dir.resolve("问答.tsv");
    Files.writeString(file, tsv, StandardCharsets.UTF_8);

    QaKnowledgeBase kb = QaKnowledgeBase.builder().read(file);
    assertThat(kb.id()).isEqualTo("tsv-qa");
    assertThat(kb.entries().get(0).answer()).isEqualTo("请拨打96889报修，或关注“南京水务”公众号。");
    Path txt = Files.copy(file, dir.resolve("问答.txt"));
    assertThat(QaKnowledgeBase.builder().read(txt, QaKnowledgeBase.Format.TSV).entries())
        .isEqualTo(kb.entries());
    assertThatThrownBy(() -> QaKnowledgeBase.builder().read(txt))
        .isInstanceOf(FileFormatException.class)
        .hasMessage(txt + ": the name says neither CSV nor TSV; name the file .csv or .tsv, or give"
            + " the format");
    Path csv = dir.resolve("qa.CSV");
    Files.writeString(csv, HEADER + WATER, StandardCharsets.UTF_8);
    assertThat(QaKnowledgeBase.builder().read(csv).id()).isEqualTo("qa");
  }

  @Test
  void the_header_must_name_the_columns() {
    assertThat(refusal("id,question,answers,keywords,owner,reviewed_on\n" + WATER))
        .hasMessage("qa.csv:1:13: column 'answers' is not one of"
            + " id,question,answer,keywords,owner,reviewed_on,category");
    assertThat(refusal("id,question,answer,keywords,reviewed_on\n"))
        .hasMessage("qa.csv:1: the header lacks column 'owner'; expected"
            + " id,question,answer,keywords,owner,reviewed_on,category");
    assertThat(refusal(WATER)).hasMessage("qa.csv:1: expected the header"
        + " id,question,answer,keywords,owner,reviewed_on,category before the records");
    assertThat(refusal("# only comments\n" + HEADER)).hasMessage("qa.csv: no entries: expected"
        + " lines of id,question,answer,keywords,owner,reviewed_on after the header");
  }

  @Test
  void a_blank_answer_or_question_and_a_bad_id_are_refused_at_their_cell() {
    FileFormatException blank = refusal(HEADER + WATER
        + "sw-002,停水后什么时候恢复供水？, ,恢复供水,nj.water,2025-09-05,\n");
    assertThat(blank.line()).isEqualTo(3);
    assertThat(blank.column()).isEqualTo(22);
    assertThat(blank).hasMessage("qa.csv:3:22: answer is blank; every entry needs the answer given"
        + " to the citizen");
    assertThat(refusal(HEADER + ",？,答,,nj.water,2025-09-05,\n"))
        .hasMessage("qa.csv:2:1: id is blank; every entry needs one");
    assertThat(refusal(HEADER + "水 001,问,答,,nj.water,2025-09-05,\n"))
        .hasMessage("qa.csv:2:1: id '水 001' must be 1 to 64 characters of A-Z a-z 0-9 . _ : -");
    assertThat(refusal(HEADER + "sw-9,？？！,答,,nj.water,2025-09-05,\n"))
        .hasMessage("qa.csv:2:6: question has nothing but spaces and punctuation to compare appeals"
            + " with");
    assertThat(refusal(HEADER + "sw-9," + "问".repeat(501) + ",答,,nj.water,2025-09-05,\n"))
        .hasMessage("qa.csv:2:6: question has 501 characters; at most 500 are allowed");
  }

  @Test
  void a_date_that_is_not_iso_is_refused_at_its_cell() {
    FileFormatException e = refusal(HEADER
        + "sw-001,家里突然停水了怎么办？,请拨打96889报修。,停水,nj.water,2025/9/5,040101\n");
    assertThat(e).hasMessage("qa.csv:2:44: reviewed_on '2025/9/5' is not a date of the form 2025-06-30");
    assertThat(refusal(HEADER + "sw-001,停水？,报修。,停水,nj.water,2025-02-30,\n"))
        .hasMessageEndingWith("reviewed_on '2025-02-30' is not a date of the form 2025-06-30");
  }

  @Test
  void a_repeated_id_or_question_names_the_first_line() {
    assertThat(refusal(HEADER + WATER + FUND + WATER.replace("家里突然", "楼里")))
        .hasMessage("qa.csv:4:1: id 'sw-001' is already used at line 2; ids must be unique");
    assertThat(refusal(HEADER + WATER + FUND.replace("怎么提取住房公积金？", "家里 突然停水了，怎么办")))
        .hasMessage("qa.csv:3:9: question is the same as that of entry 'sw-001' at line 2 once width,"
            + " case, spaces and punctuation are set aside; merge the two entries or tell their"
            + " questions apart");
  }

  @Test
  void keywords_are_separated_by_semicolons_only() {
    assertThat(refusal(HEADER + "gjj-001,怎么提取公积金？,可申请提取。,公积金、提取,nj.gjj,2025-08-01,\n"))
        .hasMessage("qa.csv:2:25: keyword '公积金、提取' holds '、'; separate keywords with ';'");
    assertThat(refusal(HEADER + "gjj-001,怎么提取公积金？,可申请提取。,\"公积金,提取\",nj.gjj,2025-08-01,\n"))
        .hasMessageEndingWith("keyword '公积金,提取' holds ','; separate keywords with ';'");
    assertThat(refusal(HEADER + "gjj-001,怎么提取公积金？,可申请提取。," + "长".repeat(101)
        + ",nj.gjj,2025-08-01,\n")).hasMessageContaining("must be 1 to 100 characters");
  }

  @Test
  void with_a_directory_every_owner_is_an_active_department_of_it() {
    QaKnowledgeBase.Builder checked = QaKnowledgeBase.builder().directory(Consultations.directory());
    assertThat(refusal(checked, HEADER + WATER.replace("nj.water", "nj.gjzx")))
        .hasMessage("qa.csv:2:38: owner 'nj.gjzx' is not in the department directory");
    assertThat(refusal(checked, HEADER + WATER.replace("nj.water", "nj.xiaguan")))
        .hasMessage("qa.csv:2:38: owner 'nj.xiaguan' is not active in the department directory;"
            + " give the entry to a department that is");
    assertThat(refusal(HEADER + WATER.replace("nj.water", "nj water")).getMessage())
        .startsWith("qa.csv:2:38: owner 'nj water' is not a department id");
    assertThat(readCsv(checked, HEADER + WATER).size()).isEqualTo(1);
    // without a directory, any well-formed id is taken
    assertThat(read(HEADER + WATER.replace("nj.water", "nj.gjzx")).entries().get(0).owner())
        .isEqualTo(DepartmentId.of("nj.gjzx"));
  }

  @Test
  void with_a_taxonomy_every_category_is_in_it() {
    QaKnowledgeBase.Builder checked = QaKnowledgeBase.builder().taxonomy(Consultations.taxonomy());
    assertThat(refusal(checked, HEADER + WATER.replace("040101", "049999")))
        .hasMessage("qa.csv:2:58: category '049999' is not in the taxonomy");
    assertThat(refusal(HEADER + WATER.replace("040101", "04 01")).getMessage())
        .startsWith("qa.csv:2:58: category code must be 1 to 64 letters");
  }

  @Test
  void a_bad_directive_is_refused_where_it_stands() {
    assertThat(refusal("#@name 南京\n" + HEADER + WATER))
        .hasMessage("qa.csv:1:2: directive '@name' is not one of @id, @version, @review-interval");
    assertThat(refusal("#@version 1\n#@version 2\n" + HEADER + WATER))
        .hasMessage("qa.csv:2:2: directive @version is already given at line 1");
    assertThat(refusal("#@review-interval 一年\n" + HEADER + WATER))
        .hasMessage("qa.csv:1:19: @review-interval '一年' is not an ISO-8601 period such as P1Y or P6M");
    assertThat(refusal(HEADER + WATER + "#@review-interval P0D\n"))
        .hasMessage("qa.csv:3:19: @review-interval P0D must be positive, as P1Y or P6M");
    assertThat(refusal("#@id ,,,\n" + HEADER + WATER)).hasMessage("qa.csv:1:5: @id '' must be 1 to"
        + " 100 characters of plain one-line text, not blank");
    // a comment that merely mentions a directive is a comment
    assertThat(read("# write #@version 2 to name a version\n" + HEADER + WATER).version())
        .startsWith("sha256:");
  }

  @Test
  void bytes_that_are_not_utf_8_are_refused_with_line_and_column() {
    byte[] gbk = (HEADER + WATER).getBytes(java.nio.charset.Charset.forName("GBK"));
    FileFormatException e = catchThrowableOfType(() -> QaKnowledgeBase.builder().read(
        new ByteArrayInputStream(gbk), "qa.csv", QaKnowledgeBase.Format.CSV), FileFormatException.class);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("qa.csv:2:8: the file is not valid UTF-8");
  }

  @Test
  void entries_given_directly_keep_the_same_rules() {
    KnowledgeEntry water = read(HEADER + WATER).entries().get(0);
    KnowledgeEntry again = new KnowledgeEntry("sw-002", "家里突然停水了，怎么办", "报修。", List.of(),
        Optional.empty(), DepartmentId.of("nj.water"), LocalDate.of(2025, 9, 5));

    QaKnowledgeBase kb = QaKnowledgeBase.builder().build(List.of(water));
    assertThat(kb.id()).isEqualTo("knowledge-base");
    assertThatThrownBy(() -> QaKnowledgeBase.builder().build(List.of(water, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("entries[1] (id 'sw-002'): question is the same as that of entry"
            + " 'sw-001' at entries[0]");
    assertThatThrownBy(() -> QaKnowledgeBase.builder().directory(Consultations.directory())
        .build(List.of(new KnowledgeEntry("x-1", "问题", "答", List.of("公积金|提取"), Optional.empty(),
            DepartmentId.of("nj.water"), LocalDate.of(2025, 1, 1)))))
        .hasMessage("entries[0] (id 'x-1'): keyword '公积金|提取' holds '|'; separate keywords with ';'");
    assertThatThrownBy(() -> QaKnowledgeBase.builder().build(List.of()))
        .hasMessage("entries must hold 1 to 100000 entries, held 0");
    assertThatThrownBy(() -> QaKnowledgeBase.builder().build(java.util.Arrays.asList(water, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("entries must not contain null");
  }

  @Test
  void the_builder_refuses_bad_settings_naming_them() {
    QaKnowledgeBase.Builder builder = QaKnowledgeBase.builder();
    assertThatThrownBy(() -> builder.id(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id ' ' must be 1 to 100 characters of plain one-line text, not blank");
    assertThatThrownBy(() -> builder.version("v\n2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("version 'v\\n2' must be");
    assertThatThrownBy(() -> builder.reviewInterval(Period.ofMonths(-1)))
        .hasMessage("interval P-1M must be positive, as P1Y or P6M");
    assertThatThrownBy(() -> builder.id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> builder.zone(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
    assertThatThrownBy(() -> builder.directory(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.read((Path) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThatThrownBy(() -> QaKnowledgeBase.Format.ofFileName(null))
        .isInstanceOf(NullPointerException.class).hasMessage("fileName");
  }
}
