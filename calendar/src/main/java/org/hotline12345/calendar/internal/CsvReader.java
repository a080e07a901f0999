package org.hotline12345.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hotline12345.calendar.FileFormatException;

/**
 * The one CSV reader of the SDK's data files (calendars, category taxonomies, department
 * directories). Shared with the modules named in {@code module-info.java}; not public API.
 *
 * <p>The format:
 * <ul>
 *   <li>UTF-8, strictly: bytes that are not UTF-8 fail naming the line and column; a byte-order
 *       mark at the start is ignored. Text given as a {@link Reader} must not hold unpaired
 *       surrogates.</li>
 *   <li>One record a line; blank lines and lines whose first non-blank character is {@code #}
 *       are skipped. A record may not span lines.</li>
 *   <li>Fields separated by commas, or by tabs for a reader made {@link #withSeparator
 *       withSeparator('\t')} (TSV, as spreadsheets save "text, tab separated"). A field may be
 *       enclosed in double quotes (RFC 4180), with {@code ""} for a quote inside; it may then
 *       hold the separator. Spaces around a field are dropped, and around the quotes of a quoted
 *       one, but the quoted text is kept as it is. A quote inside an unquoted field is refused,
 *       as are control characters (tab included, unless it is the separator) and line or
 *       paragraph separators anywhere in a line.</li>
 *   <li>The first record is the header: column names, matched ignoring case, in any order.
 *       Every required column must be there, optional ones may be, no other and none twice.
 *       Every later record has as many fields as the header.</li>
 *   <li>At most {@link #maxLineLength()} characters a line and {@link #maxFields()} fields a
 *       record.</li>
 * </ul>
 * Every refusal is a {@link FileFormatException} with the source, the line and, for a problem
 * at a position, the column; {@link Row#error(String, String)} makes one for a field.
 *
 * <pre>{@code
 * CsvReader csv = CsvReader.withColumns(List.of("date", "kind", "name"), List.of());
 * for (CsvReader.Row row : csv.read(file)) {
 *   String kind = row.get("kind");
 *   if (!kind.equals("holiday")) {
 *     throw row.error("kind", "kind " + Texts.quote(kind) + " is not 'holiday'");
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; every read is independent.
 */
public final class CsvReader {

  /** The longest line read unless set otherwise, in characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 8192;

  /** The most fields a record may have unless set otherwise. */
  public static final int DEFAULT_MAX_FIELDS = 64;

  /** The largest line-length cap that can be set. */
  private static final int LARGEST_LINE_LENGTH = 1 << 20;

  private final List<String> required;
  private final List<String> optional;
  private final int maxLineLength;
  private final int maxFields;
  private final char separator;

  private CsvReader(List<String> required, List<String> optional, int maxLineLength, int maxFields,
      char separator) {
    this.required = required;
    this.optional = optional;
    this.maxLineLength = maxLineLength;
    this.maxFields = maxFields;
    this.separator = separator;
  }

  /**
   * A reader of files whose header names the given columns.
   *
   * @param required the columns every file must have, at least one
   * @param optional the columns a file may have
   * @return the reader, with the default caps
   * @throws NullPointerException if a list or a name is null
   * @throws IllegalArgumentException if there is no required column, or a name is blank,
   *     holds a comma, quote or control character, or appears twice
   */
  public static CsvReader withColumns(List<String> required, List<String> optional) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(optional, "optional");
    if (required.isEmpty()) {
      throw new IllegalArgumentException("required must name at least one column");
    }
    List<String> names = new ArrayList<>();
    for (List<String> list : List.of(required, optional)) {
      for (String name : list) {
        Objects.requireNonNull(name, "column names must not be null");
        String key = key(name);
        if (key.isEmpty() || key.contains(",") || key.contains("\"") || Texts.firstNonPlain(key) >= 0) {
          throw new IllegalArgumentException("column name " + Texts.quote(name)
              + " must be plain text without commas or quotes");
        }
        if (names.contains(key)) {
          throw new IllegalArgumentException("column " + Texts.quote(name) + " is named twice");
        }
        names.add(key);
      }
    }
    return new CsvReader(List.copyOf(names.subList(0, required.size())),
        List.copyOf(names.subList(required.size(), names.size())), DEFAULT_MAX_LINE_LENGTH,
        DEFAULT_MAX_FIELDS, ',');
  }

  /**
   * This reader with another cap on the length of a line.
   *
   * @param characters the most characters a line may have, 1 to 1,048,576
   * @return the reader
   * @throws IllegalArgumentException if the cap is out of that range
   */
  public CsvReader withMaxLineLength(int characters) {
    if (characters < 1 || characters > LARGEST_LINE_LENGTH) {
      throw new IllegalArgumentException("characters must be from 1 to " + LARGEST_LINE_LENGTH
          + ", was " + characters);
    }
    return new CsvReader(required, optional, characters, maxFields, separator);
  }

  /**
   * This reader with another cap on the fields of a record.
   *
   * @param fields the most fields a record may have, at least the number of columns named
   * @return the reader
   * @throws IllegalArgumentException if the cap is smaller than the number of columns named
   */
  public CsvReader withMaxFields(int fields) {
    if (fields < required.size() + optional.size()) {
      throw new IllegalArgumentException("fields must be at least the " + (required.size()
          + optional.size()) + " columns named, was " + fields);
    }
    return new CsvReader(required, optional, maxLineLength, fields, separator);
  }

  /**
   * This reader with another field separator: {@code ','} (CSV, the default) or {@code '\t'}
   * (TSV). The quoting rules are the same for both.
   *
   * @param separator {@code ','} or {@code '\t'}
   * @return the reader
   * @throws IllegalArgumentException if the separator is another character
   */
  public CsvReader withSeparator(char separator) {
    if (separator != ',' && separator != '\t') {
      throw new IllegalArgumentException("separator must be ',' or '\\t', was "
          + Texts.escape(String.valueOf(separator)));
    }
    return new CsvReader(required, optional, maxLineLength, maxFields, separator);
  }

  /**
   * The field separator.
   *
   * @return {@code ','} or {@code '\t'}
   */
  public char separator() {
    return separator;
  }

  /**
   * The cap on the length of a line.
   *
   * @return characters
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * The cap on the fields of a record.
   *
   * @return fields
   */
  public int maxFields() {
    return maxFields;
  }

  /**
   * Reads a file as UTF-8; the source in messages is the path.
   *
   * @param file the file
   * @return the records after the header, in file order; empty if there is none
   * @throws NullPointerException if file is null
   * @throws FileFormatException if the file breaks the format
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Row> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Texts.escape(file.toString(), 200), e);
    }
  }

  /**
   * Reads UTF-8 bytes.
   *
   * @param bytes the bytes; not closed
   * @param source the name for messages, for example the file name
   * @return the records after the header, in order; empty if there is none
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format
   * @throws UncheckedIOException if the stream fails
   */
  public List<Row> read(InputStream bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    return read(TextLines.of(bytes, source, maxLineLength));
  }

  /**
   * Reads characters.
   *
   * @param text the text; not closed
   * @param source the name for messages, for example the file name
   * @return the records after the header, in order; empty if there is none
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format
   * @throws UncheckedIOException if the reader fails
   */
  public List<Row> read(Reader text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return read(TextLines.of(text, source, maxLineLength));
  }

  /**
   * Splits a field holding a list separated by {@code ;} into its items, stripped, dropping
   * empty ones.
   *
   * @param field the field
   * @return the items, unmodifiable
   * @throws NullPointerException if field is null
   */
  public static List<String> items(String field) {
    Objects.requireNonNull(field, "field");
    List<String> items = new ArrayList<>();
    for (String item : field.split(";", -1)) {
      String stripped = item.strip();
      if (!stripped.isEmpty()) {
        items.add(stripped);
      }
    }
    return List.copyOf(items);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private String headerText() {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return String.join(",", all);
  }

  private List<Row> read(TextLines lines) {
    String source = lines.source();
    String expected = headerText();
    Header header = null;
    List<Row> rows = new ArrayList<>();
    String line;
    while ((line = lines.next()) != null) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int number = lines.number();
      CsvFields fields = CsvFields.split(line, source, number, maxFields, expected, separator);
      if (header == null) {
        header = header(fields, source, number);
        continue;
      }
      if (fields.values().size() != header.names.size()) {
        throw new FileFormatException(source, number, "expected " + header.names.size()
            + " fields " + String.join(",", header.names) + " but found " + fields.values().size());
      }
      rows.add(new Row(source, number, header, List.copyOf(fields.values()), fields.columns()));
    }
    if (header == null) {
      throw new FileFormatException(source, 0, "the file is empty; expected the header "
          + headerText());
    }
    return Collections.unmodifiableList(rows);
  }

  private Header header(CsvFields fields, String source, int number) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < fields.values().size(); i++) {
      String name = key(fields.values().get(i));
      if (!required.contains(name) && !optional.contains(name)) {
        boolean none = fields.values().stream().map(CsvReader::key).noneMatch(required::contains);
        throw new FileFormatException(source, number, none ? 0 : fields.columns()[i],
            none ? "expected the header " + headerText() + " before the records"
                : "column " + Texts.quote(fields.values().get(i)) + " is not one of " + headerText());
      }
      if (index.putIfAbsent(name, i) != null) {
        throw new FileFormatException(source, number, fields.columns()[i],
            "the header names column " + Texts.quote(name) + " twice");
      }
      names.add(name);
    }
    for (String name : required) {
      if (!index.containsKey(name)) {
        throw new FileFormatException(source, number, "the header lacks column '" + name
            + "'; expected " + headerText());
      }
    }
    List<String> declared = new ArrayList<>(required);
    declared.addAll(optional);
    return new Header(List.copyOf(names), Map.copyOf(index), List.copyOf(declared));
  }


  /** The columns of a file's header, in file order, and those the reader was made with. */
  private record Header(List<String> names, Map<String, Integer> index, List<String> declared) {}

  /**
   * One record: its source and line, and its fields by column name.
   *
   * <p>Immutable.
   */
  public static final class Row {
    private final String source;
    private final int line;
    private final Header header;
    private final List<String> fields;
    private final int[] columns;

    private Row(String source, int line, Header header, List<String> fields, int[] columns) {
      this.source = source;
      this.line = line;
      this.header = header;
      this.fields = fields;
      this.columns = columns;
    }

    /**
     * The source name.
     *
     * @return the source
     */
    public String source() {
      return source;
    }

    /**
     * The 1-based line of the record.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * The fields in file order.
     *
     * @return the fields, unmodifiable
     */
    public List<String> fields() {
      return fields;
    }

    /**
     * Whether the file's header has the column: always for a required one.
     *
     * @param column a column the reader was made with, any case
     * @return true if the file has it
     * @throws NullPointerException if column is null
     * @throws IllegalArgumentException if the reader was not made with the column
     */
    public boolean has(String column) {
      return position(column) >= 0;
    }

    /**
     * The field of a column; empty for an optional column the file does not have.
     *
     * @param column a column the reader was made with, any case
     * @return the field: stripped if unquoted, as written if quoted
     * @throws NullPointerException if column is null
     * @throws IllegalArgumentException if the reader was not made with the column
     */
    public String get(String column) {
      int i = position(column);
      return i < 0 ? "" : fields.get(i);
    }

    /**
     * The 1-based column in the line where the field starts; 0 for an optional column the
     * file does not have.
     *
     * @param column a column the reader was made with, any case
     * @return the column
     * @throws NullPointerException if column is null
     * @throws IllegalArgumentException if the reader was not made with the column
     */
    public int columnOf(String column) {
      int i = position(column);
      return i < 0 ? 0 : columns[i];
    }

    /**
     * A refusal of the whole record.
     *
     * @param reason what is wrong; quote tokens with {@link Texts#quote}
     * @return the exception, with source and line, to throw
     * @throws NullPointerException if reason is null
     */
    public FileFormatException error(String reason) {
      return new FileFormatException(source, line, reason);
    }

    /**
     * A refusal of one field.
     *
     * @param column the field's column
     * @param reason what is wrong; quote tokens with {@link Texts#quote}
     * @return the exception, with source, line and the field's column, to throw
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reader was not made with the column
     */
    public FileFormatException error(String column, String reason) {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(reason, "reason");
      return new FileFormatException(source, line, columnOf(column), reason);
    }

    private int position(String column) {
      Objects.requireNonNull(column, "column");
      String key = key(column);
      Integer i = header.index().get(key);
      if (i != null) {
        return i;
      }
      if (header.declared().contains(key)) {
        return -1;
      }
      throw new IllegalArgumentException("column " + Texts.quote(column) + " is not one of "
          + String.join(",", header.declared()));
    }

    @Override
    public String toString() {
      return "Row[" + Texts.escape(source, 200) + ":" + line + ", " + fields.size() + " fields]";
    }
  }
}
