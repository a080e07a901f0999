/**
 * Hotline SDK rules (规则): the decisions that fill the core's ports (triage 分流, classification
 * 分类, duplicate merge 合并, routing 派单, time limits 办理时限) and the text tools they share.
 * Depends on the core only (and, through it, on the calendar's shared text rules); adds no
 * runtime dependency of its own.
 */
module org.hotline12345.rules {
  requires transitive org.hotline12345.core;
  requires java.xml;

  // Each public package is exported here when its first type arrives; .internal never is.
  exports org.hotline12345.rules.text;
  exports org.hotline12345.rules.table;
  exports org.hotline12345.rules.catalogue;
  exports org.hotline12345.rules.knowledge;
  exports org.hotline12345.rules.triage;
  exports org.hotline12345.rules.duplicates;
  exports org.hotline12345.rules.impact;
  exports org.hotline12345.rules.dmn;
  exports org.hotline12345.rules;
  exports org.hotline12345.rules.inputs;
  exports org.hotline12345.rules.routing;
  exports org.hotline12345.rules.timelimit;
  exports org.hotline12345.rules.classification;
}
