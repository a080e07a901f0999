/**
 * Routing (派单) by a dispatch catalogue (派单目录): a decision table from category and area
 * (and any other standard column) to the lead department (主办单位) and the assisting ones
 * (协办单位). {@link org.hotline12345.rules.routing.TableRouter} fills core's
 * {@link org.hotline12345.core.routing.Router} port: the rows that match a case, in table order,
 * give the lead and the candidates a return falls back to, filtered by core's one eligibility
 * check, and a person (转人工) decides when none is left.
 */
package org.hotline12345.rules.routing;
