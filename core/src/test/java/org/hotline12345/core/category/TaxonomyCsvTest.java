package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading taxonomies as data; a bad line fails with file, line, column and reason. */
class TaxonomyCsvTest {

  private static final String CATEGORY_HEADER = "code,name,parent,keywords\n";
  private static final String ATTRIBUTE_HEADER =
      "category,code,type,required,description,values,order\n";
  private static final String CATEGORIES = CATEGORY_HEADER
      + "03,生态环境,,环境\n"
      + "0301,环境污染,03,污染\n"
      + "030101,噪音扰民,0301,噪音;扰民\n";

  @TempDir
  Path dir;

  private static CategoryTaxonomy read(String categories, String attributes) {
    return CategoryTaxonomy.readCsv(
        new StringReader(categories), new StringReader(attributes), "test");
  }

  private static FileFormatException failure(String categories, String attributes) {
    try {
      read(categories, attributes);
    } catch (FileFormatException e) {
      return e;
    }
    throw new AssertionError("expected a FileFormatException");
  }

  /** The refusal names the source, the line, the column (0: the whole record) and the reason. */
  private static void assertRefusal(FileFormatException e, String source, int line, int column,
      String reason) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e).hasMessage(source + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason);
  }

  @Test
  void the_12345_taxonomy_loads_with_its_attributes() {
    CategoryTaxonomy china = Taxonomies.china();
    Category noise = china.require(Taxonomies.NOISE);
    assertThat(noise.getName()).isEqualTo("噪音扰民");
    assertThat(noise.getParent()).contains(Taxonomies.POLLUTION);
    assertThat(noise.getKeywords()).containsExactly("噪音", "噪声", "扰民", "吵", "施工噪音");
    assertThat(noise.getAttributes()).extracting(AttributeDefinition::getCode)
        .containsExactly("noise_source", "time_of_day", "recurring");
    AttributeDefinition source = noise.getAttributes().get(0);
    assertThat(source.getType()).isEqualTo(AttributeType.SINGLE_VALUE_LIST);
    assertThat(source.isRequired()).isTrue();
    assertThat(source.getDescription()).isEqualTo("噪音来源");
    assertThat(source.getValues()).containsExactly("施工", "商铺", "娱乐场所", "其他");
    assertThat(source.getOrder()).isEqualTo(1);
    assertThat(china.require(Taxonomies.WATER_OUTAGE).getAttributes().get(1).getDescription())
        .isEqualTo("停水情况说明，如开始时间、范围");
    assertThat(china.require(Taxonomies.URBAN).getKeywords()).isEmpty();
  }

  @Test
  void the_la_taxonomy_uses_open311_type_names_and_quoted_descriptions() {
    CategoryTaxonomy la = Taxonomies.losAngeles();
    assertThat(la.size()).isEqualTo(8);
    Category graffiti = la.require(Taxonomies.GRAFFITI);
    assertThat(graffiti.getAttributes()).extracting(AttributeDefinition::getType)
        .containsExactly(AttributeType.SINGLE_VALUE_LIST, AttributeType.SINGLE_VALUE_LIST);
    assertThat(graffiti.getAttributes().get(1).getDescription())
        .isEqualTo("Is it offensive (racial, gang-related, obscene)?");
    assertThat(graffiti.getKeywords()).containsExactly("graffiti", "tagging", "spray paint");
    assertThat(la.require(Taxonomies.BULKY_ITEMS).getAttributes().get(1).getType())
        .isEqualTo(AttributeType.MULTI_VALUE_LIST);
  }

  @Test
  void an_attributes_file_with_only_its_header_gives_categories_without_attributes() {
    CategoryTaxonomy taxonomy = read(CATEGORIES, ATTRIBUTE_HEADER);
    assertThat(taxonomy.size()).isEqualTo(3);
    assertThat(taxonomy.attributesOf(CategoryCode.of("030101"))).isEmpty();
  }

  @Test
  void an_empty_order_means_zero_and_type_and_flags_ignore_case() {
    CategoryTaxonomy taxonomy = read(CATEGORIES, ATTRIBUTE_HEADER
        + "030101,noise_source,SingleValueList,TRUE,\"噪音来源，\"\"最主要的\"\"一种\",施工; 商铺 ,\n");
    AttributeDefinition source = taxonomy.attributesOf(CategoryCode.of("030101")).get(0);
    assertThat(source.getOrder()).isZero();
    assertThat(source.isRequired()).isTrue();
    assertThat(source.getDescription()).isEqualTo("噪音来源，\"最主要的\"一种");
    assertThat(source.getValues()).containsExactly("施工", "商铺");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      three fields     | 030102,油烟污染,0301                | 0  | expected 4 fields code,name,parent,keywords but found 3
      bad code         | 03 01 02,油烟污染,0301,油烟          | 1  | code: category code must be 1 to 64 letters, digits or . _ - (was '03 01 02')
      bad parent code  | 030102,油烟污染,03/01,油烟           | 13 | parent: category code must be 1 to 64 letters, digits or . _ - (was '03/01')
      empty name       | 030102,,0301,油烟                   | 8  | name is blank; every category needs a name
      invisible name   | 030102,\u200B\u3000,0301,油烟         | 8  | name is blank; every category needs a name
      own parent       | 030102,油烟污染,030102,油烟          | 0  | parent must not be the category itself (category '030102')
      repeated keyword | 030102,油烟污染,0301,油烟;油烟       | 0  | keywords must not repeat a keyword: '油烟' appears twice (category '030102')
      missing parent   | 030102,油烟污染,0302,油烟           | 13 | parent '0302' of category '030102' is not in the file; every parent must be present
      repeated code    | 0301,环境污染,03,污染               | 1  | code '0301' is already listed at line 3; codes must be unique
      tab in a name    | 030102,油烟\t污染,0301,油烟          | 10 | the control character \\t is not allowed in a CSV line; fields must be printable text
      """)
  void a_bad_category_line_fails_with_file_line_column_and_reason(String why, String line,
      int column, String reason) {
    FileFormatException e = failure(CATEGORIES + line + "\n", ATTRIBUTE_HEADER);
    assertRefusal(e, "test (categories)", 5, column, reason);
  }

  @Test
  void a_cycle_is_reported_at_the_line_of_its_first_category() {
    FileFormatException e = failure(CATEGORY_HEADER
        + "03,生态环境,,\n"
        + "0302,甲,0303,\n"
        + "0303,乙,0302,\n", ATTRIBUTE_HEADER);
    assertRefusal(e, "test (categories)", 3, 8,
        "category '0302' is its own ancestor (0302 → 0303 → 0302); the hierarchy must have no cycles");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      six fields        | 030101,noise_source,SINGLE_VALUE_LIST,true,噪音来源,施工;其他          | 0  | expected 7 fields category,code,type,required,description,values,order but found 6
      unknown category  | 0302,noise_source,SINGLE_VALUE_LIST,true,噪音来源,施工;其他,1          | 1  | category '0302' is not in the categories file
      bad category code | 03 02,noise_source,SINGLE_VALUE_LIST,true,噪音来源,施工;其他,1         | 1  | category: category code must be 1 to 64 letters, digits or . _ - (was '03 02')
      unknown type      | 030101,noise_source,CHOICE,true,噪音来源,施工;其他,1                  | 21 | type 'CHOICE' is not one of STRING, NUMBER, DATETIME, TEXT, SINGLE_VALUE_LIST, MULTI_VALUE_LIST (or their Open311 names)
      bad required flag | 030101,noise_source,SINGLE_VALUE_LIST,yes,噪音来源,施工;其他,1         | 39 | required 'yes' is neither 'true' nor 'false'
      bad order         | 030101,noise_source,SINGLE_VALUE_LIST,true,噪音来源,施工;其他,first    | 55 | order 'first' is not a whole number
      bad code          | 030101,噪音来源,SINGLE_VALUE_LIST,true,噪音来源,施工;其他,1            | 0  | code must be 1 to 64 ASCII letters, digits, _ or - (was '噪音来源')
      no description    | 030101,noise_source,SINGLE_VALUE_LIST,true,,施工;其他,1               | 0  | description must not be blank (attribute 'noise_source')
      list without values | 030101,noise_source,SINGLE_VALUE_LIST,true,噪音来源,,1              | 0  | values must list the allowed values of a SINGLE_VALUE_LIST (attribute 'noise_source')
      number with values | 030101,decibels,NUMBER,false,分贝,60;80,1                         | 0  | values are allowed only for SINGLE_VALUE_LIST and MULTI_VALUE_LIST, not for NUMBER (attribute 'decibels')
      repeated value    | 030101,noise_source,SINGLE_VALUE_LIST,true,噪音来源,施工;施工,1         | 0  | values must not repeat a value: '施工' appears twice (attribute 'noise_source')
      open quote        | 030101,noise_source,SINGLE_VALUE_LIST,true,"噪音来源,施工;其他,1       | 44 | a quoted field is not closed; a field may not span lines
      repeated attribute | 030101,time_of_day,DATETIME,false,噪音出现的时间,,2                 | 8  | attribute 'time_of_day' of category '030101' is already defined at line 3; codes must be unique within a category
      """)
  void a_bad_attribute_line_fails_with_file_line_column_and_reason(String why, String line,
      int column, String reason) {
    FileFormatException e = failure(CATEGORIES, ATTRIBUTE_HEADER
        + "# the time the noise is heard\n"
        + "030101,time_of_day,DATETIME,false,噪音出现的时间,,2\n"
        + line + "\n");
    assertRefusal(e, "test (attributes)", 4, column, reason);
  }

  @Test
  void a_file_without_its_header_or_without_categories_is_refused() {
    FileFormatException noHeader = failure("03,生态环境,,环境\n", ATTRIBUTE_HEADER);
    assertRefusal(noHeader, "test (categories)", 1, 0,
        "expected the header code,name,parent,keywords before the records");

    FileFormatException noCategories = failure(CATEGORY_HEADER, ATTRIBUTE_HEADER);
    assertThat(noCategories.line()).isZero();
    assertThat(noCategories).hasMessage("test (categories): no categories: expected lines of"
        + " code,name,parent,keywords after the header");

    FileFormatException emptyAttributes = failure(CATEGORIES, "");
    assertThat(emptyAttributes).hasMessage("test (attributes): the file is empty; expected the"
        + " header category,code,type,required,description,values,order");

    FileFormatException wrongHeader = failure(CATEGORIES,
        "category,code,datatype,required,description,values,order\n");
    assertRefusal(wrongHeader, "test (attributes)", 1, 15,
        "column 'datatype' is not one of category,code,type,required,description,values,order");

    FileFormatException missingColumn = failure(CATEGORY_HEADER.replace(",keywords", ""),
        ATTRIBUTE_HEADER);
    assertRefusal(missingColumn, "test (categories)", 1, 0,
        "the header lacks column 'keywords'; expected code,name,parent,keywords");
  }

  @Test
  void the_header_names_its_columns_in_any_order_and_any_case() {
    CategoryTaxonomy taxonomy = read("""
        Keywords, NAME ,code,Parent
        环境,生态环境,03,
        噪音;扰民,噪音扰民,030101,03
        """, """
        ORDER,values,description,required,type,code,category
        1,施工;商铺,噪音来源,true,singlevaluelist,noise_source,030101
        """);
    Category noise = taxonomy.require(CategoryCode.of("030101"));
    assertThat(noise.getName()).isEqualTo("噪音扰民");
    assertThat(noise.getParent()).contains(CategoryCode.of("03"));
    assertThat(noise.getKeywords()).containsExactly("噪音", "扰民");
    assertThat(noise.getAttributes()).singleElement().satisfies(source -> {
      assertThat(source.getCode()).isEqualTo("noise_source");
      assertThat(source.getValues()).containsExactly("施工", "商铺");
      assertThat(source.getOrder()).isEqualTo(1);
    });
  }

  @Test
  void files_on_disk_are_named_by_their_paths_and_a_missing_file_fails_to_read()
      throws Exception {
    Path categories = dir.resolve("categories.csv");
    Path attributes = dir.resolve("attributes.csv");
    Files.writeString(categories, CATEGORIES, StandardCharsets.UTF_8);
    Files.writeString(attributes, ATTRIBUTE_HEADER + "030101,noise_source,LIST,true,噪音来源,施工,1\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CategoryTaxonomy.readCsv(categories, attributes))
        .isInstanceOf(FileFormatException.class)
        .hasMessageStartingWith(attributes + ":2:21: type 'LIST' is not one of");
    assertThatThrownBy(() -> CategoryTaxonomy.readCsv(categories, dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void a_file_that_is_not_utf8_fails_at_its_line_and_column() throws Exception {
    Path categories = dir.resolve("categories.csv");
    Path attributes = dir.resolve("attributes.csv");
    byte[] gbk = "03,生态环境,,环境\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    Files.write(categories, concat(CATEGORY_HEADER.getBytes(StandardCharsets.UTF_8), gbk));
    Files.writeString(attributes, ATTRIBUTE_HEADER, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CategoryTaxonomy.readCsv(categories, attributes))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(categories.toString());
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(4);
        });
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
