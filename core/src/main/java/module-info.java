/**
 * Hotline SDK core: the domain model of a government service hotline (appeals 诉求, category
 * taxonomy, departments 承办单位, cases 工单 and their lifecycle, time-limit policies, supervision 督办, assessment 考核).
 * Depends on the calendar and persistence SPI modules and the Jakarta Validation API; Immutables annotations are
 * needed at compile time only.
 */
module org.hotline12345.core {
  requires transitive org.hotline12345.calendar;
  requires transitive org.hotline12345.persistence;
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;

  exports org.hotline12345.core.appeal;
  exports org.hotline12345.core.category;
  exports org.hotline12345.core.department;
  exports org.hotline12345.core.casefile;
  exports org.hotline12345.core.timelimit;
  exports org.hotline12345.core.service;
  exports org.hotline12345.core.view;
  exports org.hotline12345.core.triage;
  exports org.hotline12345.core.routing;
  exports org.hotline12345.core.classification;
  exports org.hotline12345.core.knowledge;
  exports org.hotline12345.core.assessment;
  exports org.hotline12345.core.supervision;
}
