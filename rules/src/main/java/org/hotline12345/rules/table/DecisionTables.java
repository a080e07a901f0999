package org.hotline12345.rules.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.TextLines;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.TableCsvReader;
import org.hotline12345.rules.internal.table.Verifier;

/**
 * Reading decision tables from the files a dispatch office edits, and verifying them.
 *
 * <p>The file format (CSV, or TSV with tabs; UTF-8, a byte-order mark allowed):
 * <pre>
 * # rule set: routing-nanjing
 * # version: 2026-12-01
 * # hit policy: FIRST
 * # name: 派单目录 dispatch catalogue
 * id,description,from,to,category,area,keywords,=lead,=assisting,=level
 * R1,噪音投诉到环保,2026-01-01,,C01,320106,,nj.gulou.env,,2
 * R9,兜底,,,-,-,-,nj.12345,,1
 * </pre>
 * <ul>
 *   <li>Lines starting with {@code #} before the header are directives {@code key: value}:
 *       {@code rule set}, {@code version} and {@code hit policy} (UNIQUE, FIRST, PRIORITY, ANY,
 *       COLLECT, RULE ORDER, OUTPUT ORDER) are required, {@code name} and {@code aggregation}
 *       (SUM, MIN, MAX, COUNT, with COLLECT) optional; another key is an error; a {@code #}
 *       line without a colon is a comment. After the header, {@code #} lines are comments.
 *       Blank lines are skipped.</li>
 *   <li>The header names {@code id} (required), optionally {@code description}, {@code from}
 *       and {@code to} (the row's effective dates, ISO {@code yyyy-MM-dd}, inclusive, empty for
 *       open), and columns of the {@link TableSchema}: inputs by name, outputs as {@code =name}
 *       (or by name). Names match ignoring case. An unknown column is an error.</li>
 *   <li>Fields follow RFC 4180: a field holding the separator or a quote is quoted, with
 *       {@code ""} for a quote; a field may not span lines. Input cells are
 *       {@link Condition}s; output cells values of their {@link OutputType}.</li>
 * </ul>
 * Every problem stops the load, and nothing of the file is kept: a
 * {@link FileFormatException} names the file, the line, the position in the line where the
 * field starts, and in its reason the column's name and spreadsheet letter, as in
 * {@code routing.csv:7:23: column 'area' (F): '3201 06' is not an area code ...}. A table that
 * reads but fails {@linkplain #verify verification} throws {@link TableVerificationException}
 * listing every error with its row's line. Thread-safe.
 */
public final class DecisionTables {

  private DecisionTables() {}

  /**
   * Reads and verifies a table file: tab-separated when the name ends in {@code .tsv} or
   * {@code .tab}, else comma-separated.
   *
   * @param file the file
   * @param schema the columns the header may name
   * @param references what cells and outputs may refer to
   * @return the table and its warnings
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the file breaks the format
   * @throws TableVerificationException if verification finds errors
   * @throws UncheckedIOException if the file cannot be read
   */
  public static LoadedTable readCsv(Path file, TableSchema schema, References references) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      String source = file.toString();
      return load(TextLines.of(in, source, TableCsvReader.MAX_LINE_LENGTH),
          TableCsvReader.separatorFor(source), schema, references);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Texts.escape(file.toString(), 200), e);
    }
  }

  /**
   * Reads and verifies a comma-separated table from UTF-8 bytes (a resource, an upload).
   *
   * @param bytes the bytes; not closed
   * @param source the name for messages
   * @param schema the columns the header may name
   * @param references what cells and outputs may refer to
   * @return the table and its warnings
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format
   * @throws TableVerificationException if verification finds errors
   * @throws UncheckedIOException if the stream fails
   */
  public static LoadedTable readCsv(InputStream bytes, String source, TableSchema schema,
      References references) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    return load(TextLines.of(bytes, source, TableCsvReader.MAX_LINE_LENGTH), ',', schema,
        references);
  }

  /**
   * Reads and verifies a comma-separated table from text.
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @param schema the columns the header may name
   * @param references what cells and outputs may refer to
   * @return the table and its warnings
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format
   * @throws TableVerificationException if verification finds errors
   * @throws UncheckedIOException if the reader fails
   */
  public static LoadedTable readCsv(Reader text, String source, TableSchema schema,
      References references) {
    return load(text, source, ',', schema, references);
  }

  /**
   * Reads and verifies a tab-separated table from text.
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @param schema the columns the header may name
   * @param references what cells and outputs may refer to
   * @return the table and its warnings
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format
   * @throws TableVerificationException if verification finds errors
   * @throws UncheckedIOException if the reader fails
   */
  public static LoadedTable readTsv(Reader text, String source, TableSchema schema,
      References references) {
    return load(text, source, '\t', schema, references);
  }

  private static LoadedTable load(Reader text, String source, char separator, TableSchema schema,
      References references) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return load(TextLines.of(text, source, TableCsvReader.MAX_LINE_LENGTH), separator, schema,
        references);
  }

  private static LoadedTable load(TextLines lines, char separator, TableSchema schema,
      References references) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(references, "references");
    TableCsvReader.Read read = TableCsvReader.read(lines, separator, schema);
    Verification verification = verify(read.table(), references);
    if (!verification.isValid()) {
      throw new TableVerificationException(lines.source(), verification, read.lines());
    }
    return new LoadedTable(read.table(), verification);
  }

  /**
   * Verifies a table: rows that never match, overlapping rows under UNIQUE (and, with different
   * outputs, under ANY), rows shadowed by an earlier row under FIRST, gaps in enumerated
   * columns, and references to departments, categories and areas the references do not hold
   * (an inactive department is a warning).
   *
   * @param table the table
   * @param references what cells and outputs may refer to
   * @return the findings
   * @throws NullPointerException if an argument is null
   */
  public static Verification verify(DecisionTable table, References references) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(references, "references");
    return Verifier.verify(table, table.engine(), references);
  }

  /**
   * Verifies a table and refuses it if verification finds errors.
   *
   * @param table the table
   * @param references what cells and outputs may refer to
   * @return the verification, without errors
   * @throws NullPointerException if an argument is null
   * @throws TableVerificationException if verification finds errors
   */
  public static Verification requireValid(DecisionTable table, References references) {
    Verification verification = verify(table, references);
    if (!verification.isValid()) {
      throw new TableVerificationException(table.ruleSetId() + " version " + table.version(),
          verification, Map.of());
    }
    return verification;
  }
}
