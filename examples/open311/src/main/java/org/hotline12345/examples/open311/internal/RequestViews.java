package org.hotline12345.examples.open311.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.view.PublicView;
import org.hotline12345.examples.open311.internal.Document.Fields;

/**
 * A case's {@link PublicView} as a GeoReport v2 {@code request}: every field of the spec, in its
 * order, those the public may not see left empty. No name, phone, e-mail, street address,
 * description or attachment of any citizen is ever written: {@code description},
 * {@code status_notes} and {@code media_url} stay empty; {@code address} is the name of the
 * administrative area (a community or street, 社区/街道) and {@code address_id} its code;
 * {@code lat}/{@code long} are the public view's coordinates, rounded to about a hundred metres
 * and absent for a report (举报) or a confidential (保密) case; they are written empty when
 * absent, so that every request carries both elements.
 */
public final class RequestViews {

  private final ServiceCatalog catalog;
  private final DepartmentDirectory directory;
  private final W3cTime time;

  /**
   * The views of an endpoint.
   *
   * @param catalog the services, for {@code service_name}
   * @param directory the departments, for {@code agency_responsible}
   * @param time the dates' zone
   */
  public RequestViews(ServiceCatalog catalog, DepartmentDirectory directory, W3cTime time) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.time = Objects.requireNonNull(time, "time");
  }

  /**
   * The dates' writer.
   *
   * @return the writer
   */
  public W3cTime time() {
    return time;
  }

  /**
   * A department's name (its published name is public).
   *
   * @param id the department
   * @return the name, or empty if not in the directory
   */
  public Optional<String> agencyName(DepartmentId id) {
    return directory.find(id).map(Department::getName);
  }

  /**
   * One {@code request} element.
   *
   * @param view the case's public view
   * @return the fields
   */
  public Fields request(PublicView view) {
    Optional<Coordinates> point = view.coordinates();
    return new Fields()
        .put("service_request_id", view.number().value())
        .put("status", view.open() ? "open" : "closed")
        .put("status_notes", null)
        .put("service_name", view.category().flatMap(catalog::name).orElse(null))
        .put("service_code", view.category().map(c -> c.value()).orElse(null))
        .put("description", null)
        .put("agency_responsible", view.agency().flatMap(this::agencyName).orElse(null))
        .put("service_notice", null)
        .put("requested_datetime", time.format(view.registeredAt()))
        .put("updated_datetime", time.format(view.updatedAt()))
        .put("expected_datetime", view.expectedAt().map(time::format).orElse(null))
        .put("address", view.area().map(Area::name).orElse(null))
        .put("address_id", view.area().map(Area::code).orElse(null))
        .put("zipcode", null)
        .put("lat", point.map(p -> BigDecimal.valueOf(p.latitude()).stripTrailingZeros()).orElse(null))
        .put("long", point.map(p -> BigDecimal.valueOf(p.longitude()).stripTrailingZeros()).orElse(null))
        .put("media_url", null);
  }
}
