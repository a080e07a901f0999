package org.hotline12345.rules.knowledge;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.hotline12345.persistence.Keys;

/**
 * Reads a question-and-answer file (see {@link QaKnowledgeBase}) with the SDK's shared reader,
 * and its {@code #@} directives; package-private.
 */
final class QaFile {

  /** The most characters a line may have: an answer of 5,000 and the rest. */
  static final int MAX_LINE_LENGTH = 16_384;

  private static final int MAX_QUESTION = 500;
  private static final int MAX_ANSWER = 5_000;

  private static final CsvReader READER = CsvReader.withColumns(
      List.of("id", "question", "answer", "keywords", "owner", "reviewed_on"), List.of("category"))
      .withMaxLineLength(MAX_LINE_LENGTH);

  private static final List<String> DIRECTIVES = List.of("id", "version", "review-interval");

  private QaFile() {}

  /**
   * Reads a whole file; nothing of it is kept when it fails.
   *
   * @throws FileFormatException naming the source, the line and the column of the first problem
   */
  static QaKnowledgeBase read(QaLoad load, byte[] content, String source,
      QaKnowledgeBase.Format format) {
    List<CsvReader.Row> rows = READER.withSeparator(format.separator())
        .read(new ByteArrayInputStream(content), source);
    Map<String, String> directives =
        directives(new String(content, StandardCharsets.UTF_8), source, format.separator());
    if (rows.isEmpty()) {
      throw new FileFormatException(source, 0, "no entries: expected lines of"
          + " id,question,answer,keywords,owner,reviewed_on after the header");
    }
    if (rows.size() > QaKnowledgeBase.MAX_ENTRIES) {
      throw new FileFormatException(source, rows.get(QaKnowledgeBase.MAX_ENTRIES).line(),
          "more than " + QaKnowledgeBase.MAX_ENTRIES + " entries");
    }
    QaLoad.Accepted accepted = new QaLoad.Accepted(load);
    for (CsvReader.Row row : rows) {
      Optional<QaLoad.Problem> problem =
          accepted.add(entry(row), index -> "line " + rows.get(index).line());
      if (problem.isPresent()) {
        throw row.error(problem.get().column(), problem.get().reason());
      }
    }
    QaLoad.keywordCountProblem(accepted.entries()).ifPresent(problem -> {
      throw new FileFormatException(source, 0, "the entries " + problem);
    });
    return load.finish(accepted, defaultId(source), Optional.ofNullable(directives.get("id")),
        Optional.ofNullable(directives.get("version")),
        Optional.ofNullable(directives.get("review-interval")).map(Period::parse));
  }

  private static KnowledgeEntry entry(CsvReader.Row row) {
    String id = required(row, "id", "every entry needs one");
    try {
      Keys.requireId("id", id);
    } catch (IllegalArgumentException e) {
      throw row.error("id", "id " + Texts.quote(id) + " must be 1 to " + Keys.MAX_KEY_LENGTH
          + " characters of A-Z a-z 0-9 . _ : -");
    }
    String question = bounded(row, "question", MAX_QUESTION, "every entry needs the question as"
        + " citizens ask it");
    String answer = bounded(row, "answer", MAX_ANSWER, "every entry needs the answer given to"
        + " the citizen");
    List<String> keywords = List.copyOf(new LinkedHashSet<>(CsvReader.items(row.get("keywords"))));
    DepartmentId owner;
    String ownerText = required(row, "owner", "every entry needs the department that keeps it"
        + " true (维护单位)");
    try {
      owner = DepartmentId.of(ownerText);
    } catch (IllegalArgumentException e) {
      throw row.error("owner", "owner " + Texts.quote(ownerText) + " is not a department id: "
          + e.getMessage());
    }
    String reviewedText = required(row, "reviewed_on", "every entry needs the day it was last"
        + " reviewed");
    LocalDate reviewedOn;
    try {
      reviewedOn = LocalDate.parse(reviewedText);
    } catch (DateTimeParseException e) {
      throw row.error("reviewed_on", "reviewed_on " + Texts.quote(reviewedText)
          + " is not a date of the form 2025-06-30");
    }
    Optional<CategoryCode> category = Optional.empty();
    String categoryText = row.get("category");
    if (!categoryText.isEmpty()) {
      try {
        category = Optional.of(CategoryCode.of(categoryText));
      } catch (IllegalArgumentException e) {
        throw row.error("category", e.getMessage());
      }
    }
    for (String keyword : keywords) {
      Optional<String> problem = QaLoad.keywordProblem(keyword);
      if (problem.isPresent()) {
        throw row.error("keywords", problem.get());
      }
    }
    try {
      return new KnowledgeEntry(id, question, answer, keywords, category, owner, reviewedOn);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static String required(CsvReader.Row row, String column, String why) {
    String value = row.get(column);
    if (Texts.isBlank(value)) {
      throw row.error(column, column + " is blank; " + why);
    }
    return value;
  }

  private static String bounded(CsvReader.Row row, String column, int max, String why) {
    String value = required(row, column, why);
    if (value.length() > max) {
      throw row.error(column, column + " has " + value.length() + " characters; at most " + max
          + " are allowed");
    }
    return value;
  }

  /** The source's file name without its extension, if that makes an id. */
  private static String defaultId(String source) {
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return QaLoad.nameProblem(id).isEmpty() ? id : QaKnowledgeBase.DEFAULT_ID;
  }

  /**
   * The {@code #@name value} comment lines, by name. The text is known to be well-formed: the
   * reader has read it; lines are numbered as the reader numbers them.
   */
  private static Map<String, String> directives(String text, String source, char separator) {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      int hash = firstVisible(line, 0);
      if (hash < 0 || line.charAt(hash) != '#') {
        continue;
      }
      int at = firstVisible(line, hash + 1);
      if (at < 0 || line.charAt(at) != '@') {
        continue;
      }
      int number = i + 1;
      int nameEnd = at + 1;
      while (nameEnd < line.length() && !Character.isWhitespace(line.charAt(nameEnd))
          && line.charAt(nameEnd) != ':' && line.charAt(nameEnd) != separator) {
        nameEnd++;
      }
      String name = line.substring(at + 1, nameEnd).toLowerCase(Locale.ROOT);
      if (!DIRECTIVES.contains(name)) {
        throw new FileFormatException(source, number, column(line, at), "directive "
            + Texts.quote(line.substring(at, nameEnd)) + " is not one of @id, @version,"
            + " @review-interval");
      }
      int valueStart = nameEnd < line.length() && line.charAt(nameEnd) == ':' ? nameEnd + 1 : nameEnd;
      int valueEnd = line.length();
      while (valueEnd > valueStart && (line.charAt(valueEnd - 1) == separator
          || Character.isWhitespace(line.charAt(valueEnd - 1)))) {
        valueEnd--;
      }
      String value = line.substring(valueStart, valueEnd).strip();
      int valueAt = firstVisible(line, valueStart);
      int valueColumn = column(line, valueAt >= 0 && valueAt < valueEnd ? valueAt : valueEnd);
      Integer first = lines.putIfAbsent(name, number);
      if (first != null) {
        throw new FileFormatException(source, number, column(line, at), "directive @" + name
            + " is already given at line " + first);
      }
      Optional<String> problem = name.equals("review-interval") ? intervalProblem(value)
          : QaLoad.nameProblem(value).map(p -> "@" + name + " " + p);
      if (problem.isPresent()) {
        throw new FileFormatException(source, number, valueColumn, problem.get());
      }
      values.put(name, value);
    }
    return values;
  }

  private static Optional<String> intervalProblem(String value) {
    try {
      return QaLoad.intervalProblem(Period.parse(value)).map(p -> "@review-interval " + p);
    } catch (DateTimeParseException e) {
      return Optional.of("@review-interval " + Texts.quote(value) + " is not an ISO-8601 period"
          + " such as P1Y or P6M");
    }
  }

  /**
   * The index of the first character from {@code from} that is not white space (as
   * {@link String#strip} takes it, as the reader does to find comments), or -1.
   */
  private static int firstVisible(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The 1-based column, in code points, of a char index. */
  private static int column(String line, int index) {
    return line.codePointCount(0, index) + 1;
  }
}
