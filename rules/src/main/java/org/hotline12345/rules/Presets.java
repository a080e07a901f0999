package org.hotline12345.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.TableSchema;

/**
 * The reference data of the SDK's presets (预置): a Nanjing-like department directory
 * (承办单位目录), area hierarchy (行政区划) and 12345 category taxonomy (诉求分类), against
 * which the preset tables (dispatch catalogue, acceptance rules, time limits, knowledge base)
 * are written and verified. A city starts from them and edits its own copies; the files are in
 * this module's resources under {@code org/hotline12345/rules/presets/}.
 */
public final class Presets {

  private static final String FOLDER = "presets/";

  private Presets() {}

  /**
   * The Nanjing-like department directory of the presets.
   *
   * @return the directory
   */
  public static DepartmentDirectory directory() {
    try (Reader text = reader("departments-nanjing.csv")) {
      return DepartmentDirectory.readCsv(text, "departments-nanjing.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Nanjing-like area hierarchy of the presets (GB/T 2260-style codes).
   *
   * @return the hierarchy
   */
  public static AreaHierarchy areas() {
    try (Reader text = reader("areas-nanjing.csv")) {
      return AreaHierarchy.readCsv(text, "areas-nanjing.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The 12345 category taxonomy of the presets, with its category attributes.
   *
   * @return the taxonomy
   */
  public static CategoryTaxonomy taxonomy() {
    try (Reader categories = reader("categories-cn.csv");
        Reader attributes = reader("attributes-cn.csv")) {
      return CategoryTaxonomy.readCsv(categories, attributes, "categories-cn.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The references the preset tables are verified against: the preset directory, taxonomy and
   * areas.
   *
   * @return the references
   */
  public static References references() {
    return References.none().withDirectory(directory()).withTaxonomy(taxonomy())
        .withAreas(areas());
  }

  /**
   * Reads a preset table of this module's resources against the preset references.
   *
   * @param name the file's name in the presets folder
   * @param schema the table's schema
   * @return the table and its warnings
   */
  public static LoadedTable table(String name, TableSchema schema) {
    try (InputStream in = open(name)) {
      return DecisionTables.readCsv(in, name, schema, references());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader reader(String name) {
    return new InputStreamReader(open(name), StandardCharsets.UTF_8);
  }

  private static InputStream open(String name) {
    InputStream in = Presets.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("the preset " + name + " is missing from the module");
    }
    return in;
  }
}
