/**
 * Views of a case by audience (按对象的视图): what the handling department (承办单位) sees, what
 * the citizen (诉求人) sees through the inquiry code (查询码), and what the public sees (what an
 * Open311 endpoint publishes). The platform's own staff read the {@link
 * org.hotline12345.core.casefile.Case} itself.
 *
 * <ul>
 *   <li>{@link org.hotline12345.core.view.HandlerView}: the case as assigned, every appeal
 *       masked when the case is sensitive (a report 举报, or a citizen who asked for
 *       confidentiality 保密), the departments, deadlines and requests; only for a department
 *       the case is or was assigned to.
 *   <li>{@link org.hotline12345.core.view.CitizenView}: the citizen's own appeal, the status,
 *       the resolution deadline and the department's replies; never another citizen's merged
 *       appeal.
 *   <li>{@link org.hotline12345.core.view.PublicView}: no personal data at all.
 * </ul>
 */
package org.hotline12345.core.view;
