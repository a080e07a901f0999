package org.hotline12345.examples.open311.internal;

import java.util.List;
import java.util.Objects;

/**
 * A request the endpoint answers with an Open311 error document ({@code errors}/{@code error},
 * each with {@code code} and {@code description}) and a 4xx status. Descriptions name the
 * parameter and the rule it broke, never the value a client sent (it may be personal data).
 */
public final class Open311Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One error of the document: its code (the HTTP status) and what was wrong. */
  public record Error(int code, String description) {
    /** Checks the fields. */
    public Error {
      Objects.requireNonNull(description, "description");
    }
  }

  private final int status;
  private final transient List<Error> errors;

  private Open311Failure(int status, List<Error> errors) {
    super(status + ": " + errors.get(0).description(), null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  /**
   * A failure with one error.
   *
   * @param status the HTTP status, 400 to 499
   * @param description the parameter and the rule
   * @return the failure
   */
  public static Open311Failure of(int status, String description) {
    return new Open311Failure(status, List.of(new Error(status, description)));
  }

  /**
   * A 400 with several errors, one per parameter and rule.
   *
   * @param descriptions at least one
   * @return the failure
   */
  public static Open311Failure badRequest(List<String> descriptions) {
    if (descriptions.isEmpty()) {
      throw new IllegalArgumentException("descriptions: at least one");
    }
    return new Open311Failure(400, descriptions.stream().map(d -> new Error(400, d)).toList());
  }

  /**
   * A 400 with one error.
   *
   * @param description the parameter and the rule
   * @return the failure
   */
  public static Open311Failure badRequest(String description) {
    return of(400, description);
  }

  /**
   * A 404 with one error.
   *
   * @param description what was not found
   * @return the failure
   */
  public static Open311Failure notFound(String description) {
    return of(404, description);
  }

  /**
   * The HTTP status.
   *
   * @return 400 to 499
   */
  public int status() {
    return status;
  }

  /**
   * The errors, at least one.
   *
   * @return the errors
   */
  public List<Error> errors() {
    return errors;
  }
}
