package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.AreaHierarchy;

/** The codes of an area hierarchy with its own parents; a code it does not hold stands alone. */
final class AreaDomain implements PathDomain {

  private final AreaHierarchy hierarchy;

  AreaDomain(AreaHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  @Override
  public List<String> pathOf(String code) {
    return hierarchy.contains(code) ? hierarchy.pathOf(code) : List.of(code);
  }

  @Override
  public Optional<String> codeAvoiding(Collection<String> avoid) {
    return hierarchy.roots().stream().map(Area::code).filter(code -> !avoid.contains(code))
        .findFirst();
  }

  @Override
  public Optional<Collection<String>> allCodes() {
    List<String> codes = new ArrayList<>();
    hierarchy.all().forEach(area -> codes.add(area.code()));
    return Optional.of(codes);
  }
}
