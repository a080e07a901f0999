package org.hotline12345.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department (承办单位) of the directory, as the store keeps it.
 *
 * @param id the department id, unique: a directory key of {@link Keys}
 * @param name its name: well-formed text
 * @param kind its kind, for example {@code STREET}: well-formed text
 * @param parent its parent's id (a directory key), or empty for a root
 * @param active whether it takes cases
 * @param calendarId the id of the working calendar it uses: well-formed text
 * @param aliases other names citizens use for it: well-formed text each
 */
public record StoredDepartment(String id, String name, String kind, Optional<String> parent,
    boolean active, String calendarId, List<String> aliases) {

  /**
   * Checks the fields and copies the aliases.
   *
   * @throws NullPointerException if a field or alias is null
   * @throws IllegalArgumentException if the id or parent is not a directory key, or a text
   *     holds an unpaired surrogate
   */
  public StoredDepartment {
    Keys.requireDirectoryKey("id", id);
    Keys.requireWellFormed("name", name);
    Keys.requireWellFormed("kind", kind);
    Objects.requireNonNull(parent, "parent").ifPresent(p -> Keys.requireDirectoryKey("parent", p));
    Keys.requireWellFormed("calendarId", calendarId);
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    aliases.forEach(alias -> Keys.requireWellFormed("alias", alias));
  }
}
