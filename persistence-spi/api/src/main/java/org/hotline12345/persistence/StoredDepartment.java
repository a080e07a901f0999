package org.hotline12345.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department (承办单位) of the directory, as the store keeps it.
 *
 * @param id the department id, unique
 * @param name its name
 * @param kind its kind, for example {@code STREET}
 * @param parent its parent's id, or empty for a root
 * @param active whether it takes cases
 * @param calendarId the id of the working calendar it uses
 * @param aliases other names citizens use for it
 */
public record StoredDepartment(String id, String name, String kind, Optional<String> parent,
    boolean active, String calendarId, List<String> aliases) {

  /**
   * Checks the fields and copies the aliases.
   *
   * @throws NullPointerException if a field is null
   */
  public StoredDepartment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(calendarId, "calendarId");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
  }
}
