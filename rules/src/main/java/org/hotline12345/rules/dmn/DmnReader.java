package org.hotline12345.rules.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.dmn.DmnModel;
import org.hotline12345.rules.internal.dmn.DmnModelReader;
import org.hotline12345.rules.internal.dmn.DmnTableMapper;
import org.hotline12345.rules.internal.dmn.DmnVersion;
import org.hotline12345.rules.internal.dmn.XmlElement;
import org.hotline12345.rules.internal.dmn.XmlTreeReader;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.TableSchema;
import org.hotline12345.rules.table.TableVerificationException;
import org.hotline12345.rules.table.Verification;

/**
 * Reads the decision tables (决策表) of a DMN file (DMN 1.1 to 1.5, as Camunda, Flowable and
 * other modelers write them) into the engine's {@link DecisionTable}s, verified as a CSV table
 * is. Every {@code <decision>} with a {@code <decisionTable>} becomes one table; decisions of
 * other kinds (literal expressions, contexts...) are listed in {@link DmnTables#otherDecisions()}
 * and not read.
 *
 * <pre>{@code
 * DmnTables tables = DmnReader.of()
 *     .withVersion("2026-12-01")
 *     .withSchema(TableSchema.builder().input("category", ColumnType.CATEGORY)
 *         .output("lead", OutputType.DEPARTMENT).build())
 *     .withReferences(References.none().withDirectory(directory))
 *     .read(Path.of("routing.dmn"));
 * DecisionTable routing = tables.table("routing").table();
 * }</pre>
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>The decision's {@code id} is the rule set id; its {@code name} the table's name.</li>
 *   <li>The version: the one given to {@link #withVersion}, else the SDK's extension attribute
 *       {@code hl:version} on the {@code <decision>} or on {@code <definitions>}
 *       ({@code xmlns:hl="urn:hotline12345:dmn"}), else Camunda's {@code camunda:versionTag} on
 *       the decision; a decision without any is refused. ({@code exporterVersion} is the
 *       modeler's version, not the table's.)</li>
 *   <li>The hit policy: UNIQUE (the default), FIRST, PRIORITY, ANY, COLLECT (with SUM, MIN,
 *       MAX or COUNT), RULE ORDER, OUTPUT ORDER.</li>
 *   <li>Inputs: the input expression must be a variable's name, which becomes the column's name
 *       (the name {@link org.hotline12345.rules.table.Inputs} gives the value by). The column's
 *       type is the schema's for that name (so a host makes {@code category} a CATEGORY column
 *       and {@code area} an AREA column), else the SDK's {@code hl:type} attribute on the
 *       {@code <input>}, else the typeRef: string is TEXT; number, integer, long and double are
 *       NUMBER; boolean BOOLEAN; date DATE. A TEXT input's {@code inputValues} become its
 *       allowed values; other types' are checked but not kept.</li>
 *   <li>Outputs: by {@code name} (a single output may take the decision's {@code variable}
 *       name); typed by the schema, {@code hl:type} or the typeRef (string TEXT, numbers
 *       NUMBER, boolean BOOLEAN; without any, the kind of its entries); {@code outputValues}
 *       become the allowed values in priority order; {@code defaultOutputEntry} the value when
 *       no rule matches.</li>
 *   <li>Rules: the id is the row id; the {@code <description>}, else the annotation entries
 *       joined with {@code ; }, is the row's description (white space made single spaces).
 *       DMN has no effective dates: a rule is in effect always, unless the SDK's
 *       {@code hl:from} and {@code hl:to} attributes (ISO dates, inclusive) on the
 *       {@code <rule>} say otherwise.</li>
 *   <li>Input entries are FEEL simple unary tests: {@code -}, quoted strings ({@code "a"},
 *       with {@code \"}, {@code \\}, {@code \'} and {@code \}{@code uXXXX} escapes), numbers,
 *       {@code true}, {@code false}, {@code date("2026-01-01")}, comparisons {@code < <= > >=},
 *       intervals {@code [a..b]}, {@code (a..b]} or {@code ]a..b]}, {@code [a..b)} or
 *       {@code [a..b[}, lists of these, and {@code not(...)} around a list. Output entries are
 *       one literal, or empty or {@code null} for no value.</li>
 * </ul>
 *
 * <h2>What is refused</h2>
 * Everything else, with a {@link FileFormatException} naming the file, the line and column of
 * the element at fault and the reason: other FEEL (names of variables, function calls,
 * arithmetic, {@code ?} tests, {@code null} in a test), expression languages other than FEEL,
 * input expressions that are not a name, unknown typeRefs, an unknown hit policy or
 * aggregation, a missing {@code <inputExpression>} or {@code <text>}, a rule whose entries do
 * not match the table's columns, a duplicate rule id, elements DMN does not put in a decision
 * table, and any file with a document type declaration ({@code <!DOCTYPE}): no DTD, external
 * entity or entity expansion is ever read (XXE-safe). A table that reads but fails
 * {@linkplain DecisionTables#verify verification} throws {@link TableVerificationException}
 * naming the line of each error's rule. Nothing of a file that fails is kept.
 *
 * <p>Immutable and thread-safe; each {@code with...} returns a new reader.
 */
public final class DmnReader {

  private final Optional<String> version;
  private final TableSchema schema;
  private final References references;

  private DmnReader(Optional<String> version, TableSchema schema, References references) {
    this.version = version;
    this.schema = schema;
    this.references = references;
  }

  /**
   * A reader that takes each table's version from the file, its column types from the
   * typeRefs, and verifies against no references.
   *
   * @return the reader
   */
  public static DmnReader of() {
    return new DmnReader(Optional.empty(), TableSchema.builder().build(), References.none());
  }

  /**
   * This reader, giving every table of a file the version, whatever the file says.
   *
   * @param version the version, 1 to 100 characters of one-line text
   * @return the reader
   * @throws NullPointerException if version is null
   * @throws IllegalArgumentException if the version is blank
   */
  public DmnReader withVersion(String version) {
    Objects.requireNonNull(version, "version");
    if (Texts.isBlank(version)) {
      throw new IllegalArgumentException("version must not be blank");
    }
    return new DmnReader(Optional.of(version.strip()), schema, references);
  }

  /**
   * This reader, typing the columns the schema names as the schema says (ignoring case): the
   * way to make a DMN string input a CATEGORY, AREA or KEYWORDS column, or an output a
   * DEPARTMENT. Columns the schema does not name are typed by the file.
   *
   * @param schema the schema
   * @return the reader
   * @throws NullPointerException if schema is null
   */
  public DmnReader withSchema(TableSchema schema) {
    return new DmnReader(version, Objects.requireNonNull(schema, "schema"), references);
  }

  /**
   * This reader, verifying against the references (departments, categories).
   *
   * @param references the references
   * @return the reader
   * @throws NullPointerException if references is null
   */
  public DmnReader withReferences(References references) {
    return new DmnReader(version, schema, Objects.requireNonNull(references, "references"));
  }

  /**
   * Reads a DMN file.
   *
   * @param file the file
   * @return its decision tables, verified
   * @throws NullPointerException if file is null
   * @throws FileFormatException if the file is not a DMN file this reader reads
   * @throws TableVerificationException if a table fails verification
   * @throws UncheckedIOException if the file cannot be read
   */
  public DmnTables read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.size(file) > XmlTreeReader.MAX_BYTES) {
        throw new FileFormatException(file.toString(), 0, "the file has more than "
            + XmlTreeReader.MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Texts.escape(file.toString(), 200), e);
    }
    return tables(XmlTreeReader.read(bytes, file.toString()), file.toString());
  }

  /**
   * Reads a DMN file's bytes (a resource, an upload); the encoding is the XML declaration's,
   * UTF-8 by default.
   *
   * @param bytes the bytes; not closed
   * @param source the name for messages
   * @return its decision tables, verified
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the bytes are not a DMN file this reader reads
   * @throws TableVerificationException if a table fails verification
   * @throws UncheckedIOException if the stream fails
   */
  public DmnTables read(InputStream bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    byte[] read;
    try {
      read = bytes.readNBytes(XmlTreeReader.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Texts.escape(source, 200), e);
    }
    return tables(XmlTreeReader.read(read, source), source);
  }

  /**
   * Reads a DMN file's text (an encoding its XML declaration names is not used).
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @return its decision tables, verified
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text is not a DMN file this reader reads
   * @throws TableVerificationException if a table fails verification
   * @throws UncheckedIOException if the reader fails
   */
  public DmnTables read(Reader text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
        all.append(buffer, 0, n);
        if (all.length() > XmlTreeReader.MAX_BYTES) {
          throw new FileFormatException(source, 0, "the text has more than "
              + XmlTreeReader.MAX_BYTES + " characters");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Texts.escape(source, 200), e);
    }
    return tables(XmlTreeReader.read(all.toString(), source), source);
  }

  private DmnTables tables(XmlElement root, String source) {
    DmnModel.Definitions definitions = DmnModelReader.read(root, source);
    List<LoadedTable> tables = new ArrayList<>();
    for (DmnModel.Table table : definitions.tables()) {
      DecisionTable mapped = DmnTableMapper.map(table, versionOf(table, definitions, source),
          schema, source);
      Verification verification = DecisionTables.verify(mapped, references);
      if (!verification.isValid()) {
        Map<String, Integer> lines = new HashMap<>();
        table.rules().forEach(rule -> lines.put(rule.id(), rule.position().line()));
        throw new TableVerificationException(source + " decision "
            + Texts.quote(table.decisionId()), verification, lines);
      }
      tables.add(new LoadedTable(mapped, verification));
    }
    return new DmnTables(source, definitions.version().label(), definitions.id(),
        definitions.name(), tables, definitions.otherDecisions());
  }

  private String versionOf(DmnModel.Table table, DmnModel.Definitions definitions,
      String source) {
    Optional<String> found = version.or(table::versionAttribute)
        .or(definitions::versionAttribute).or(table::versionTag)
        .map(String::strip).filter(v -> !v.isEmpty());
    return found.orElseThrow(() -> new FileFormatException(source,
        table.decisionPosition().line(), table.decisionPosition().column(), "decision "
        + Texts.quote(table.decisionId()) + " has no version: give the reader one"
        + " (DmnReader.withVersion), or write hl:version=\"...\" (xmlns:hl=\""
        + DmnVersion.HOTLINE + "\") on <definitions> or <decision>, or camunda:versionTag on"
        + " <decision>"));
  }
}
