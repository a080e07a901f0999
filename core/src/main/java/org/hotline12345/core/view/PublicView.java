package org.hotline12345.core.view;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * A case as the public may see it (what an Open311 endpoint publishes): no name, phone, ID
 * number, address or free text of any appeal. The place is the area and, unless the case is
 * sensitive (a report 举报, or a citizen who asked for confidentiality 保密), coordinates
 * rounded to three decimals (about a hundred metres), so a home cannot be pinpointed.
 *
 * @param number the case number
 * @param status the status
 * @param open whether open (Open311 {@code open}/{@code closed})
 * @param type the appeal type
 * @param channel the channel
 * @param category the category, if known
 * @param area the area, if known
 * @param coordinates rounded coordinates, absent for a sensitive case
 * @param agency the lead department, if assigned
 * @param registeredAt when registered (Open311 {@code requested_datetime})
 * @param updatedAt when last changed ({@code updated_datetime})
 * @param expectedAt when the resolution is due ({@code expected_datetime})
 * @param closedAt when closed
 */
public record PublicView(CaseNumber number, CaseStatus status, boolean open, AppealType type, Channel channel,
    Optional<CategoryCode> category, Optional<Area> area, Optional<Coordinates> coordinates,
    Optional<DepartmentId> agency, Instant registeredAt, Instant updatedAt, Optional<Instant> expectedAt,
    Optional<Instant> closedAt) {

  /** Checks the fields. */
  public PublicView {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(coordinates, "coordinates");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(expectedAt, "expectedAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /**
   * The public view of a case.
   *
   * @param c the case
   * @return the view
   * @throws NullPointerException if c is null
   */
  public static PublicView of(Case c) {
    Objects.requireNonNull(c, "c");
    Optional<Coordinates> coordinates = c.isSensitive() ? Optional.empty()
        : c.appeal().getLocation().getCoordinates().map(PublicView::rounded);
    return new PublicView(c.number(), c.status(), c.isOpen(), c.appeal().getType(), c.appeal().getChannel(),
        c.category(), c.appeal().getLocation().getArea(), coordinates, c.lead(), c.registeredAt(),
        c.lastEventAt(), c.isOpen() ? c.deadline(Stage.RESOLUTION).map(d -> d.dueAt()) : Optional.empty(),
        c.closedAt());
  }

  private static Coordinates rounded(Coordinates c) {
    return new Coordinates(Math.round(c.latitude() * 1000) / 1000.0, Math.round(c.longitude() * 1000) / 1000.0);
  }

  @Override
  public String toString() {
    return "PublicView[" + number + ", " + status + "]";
  }
}
