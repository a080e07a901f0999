package org.hotline12345.rules.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;

/**
 * A decision table that verification refused (校验未通过): it lists every error, each with the
 * line of its first row when the table came from a file. Nothing of the table is kept.
 */
public class TableVerificationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most errors the message lists. */
  private static final int SHOWN = 20;

  /** The verification, whose errors caused the refusal. */
  private final transient Verification verification;
  /** The source, as given. */
  private final String source;

  /**
   * A refusal.
   *
   * @param source the file or other source name, for example a path
   * @param verification the verification, with at least one error
   * @param lines the line of each row id in the source; empty when the table was not read
   * @throws NullPointerException if an argument is null
   */
  public TableVerificationException(String source, Verification verification,
      Map<String, Integer> lines) {
    super(message(source, verification, lines));
    this.source = source;
    this.verification = verification;
  }

  private static String message(String source, Verification verification,
      Map<String, Integer> lines) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lines, "lines");
    List<Finding> errors = verification.errors();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < errors.size() && i < SHOWN; i++) {
      Finding error = errors.get(i);
      Integer line = error.rows().isEmpty() ? null : lines.get(error.rows().get(0));
      parts.add(Texts.escape(source, 200) + (line == null ? "" : ":" + line) + ": "
          + error.message());
    }
    return Texts.escape(source, 200) + ": " + errors.size() + (errors.size() == 1 ? " error"
        : " errors") + " in the decision table: " + Texts.escape(String.join("; ", parts), 20_000)
        + (errors.size() > SHOWN ? "; and " + (errors.size() - SHOWN) + " more" : "");
  }

  /**
   * The verification, with every error and warning.
   *
   * @return the verification
   */
  public Verification verification() {
    return verification;
  }

  /**
   * The source name, as given.
   *
   * @return the source
   */
  public String source() {
    return source;
  }
}
