/**
 * Routing (派单): the port that chooses the lead department (主办), the assisting ones (协办) and
 * the candidates to try next if the lead returns the case, or hands the case to a person when
 * no eligible department is left. It sees the case's
 * {@link org.hotline12345.core.casefile.Eligibility} and must keep to it: the lifecycle refuses
 * a dispatch to an ineligible department whatever a router says.
 */
package org.hotline12345.core.routing;
